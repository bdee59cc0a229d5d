module example.test/configcheck

go 1.24

require github.com/dogmatiq/dogma v0.16.0
