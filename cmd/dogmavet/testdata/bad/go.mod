module example.com/bad

go 1.24.0

require github.com/dogmatiq/dogma v0.15.0
