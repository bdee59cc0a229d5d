module github.com/dogmatiq/dogma

go 1.24
