module example.test/dogmaconfig

go 1.24

require github.com/dogmatiq/dogma v0.16.0
