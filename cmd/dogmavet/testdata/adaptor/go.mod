module example.com/adaptor

go 1.24.0

require github.com/dogmatiq/dogma v0.15.0
