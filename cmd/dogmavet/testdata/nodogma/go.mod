module example.com/nodogma

go 1.24.0
