module example.test/warehouse

go 1.24

require github.com/dogmatiq/dogma v0.17.0
