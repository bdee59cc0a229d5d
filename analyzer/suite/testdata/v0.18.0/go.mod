module example.test/rules

go 1.24

require github.com/dogmatiq/dogma v0.18.0
