module example.test/rootmutation

go 1.24

require github.com/dogmatiq/dogma v0.15.0
