module github.com/dogmavet/dogmavet

go 1.24.0

require (
	github.com/dogmatiq/configkit v0.16.0
	github.com/dogmatiq/dogma v0.15.0
	github.com/golangci/plugin-module-register v0.1.2
	golang.org/x/tools v0.40.0
)

require (
	github.com/dogmatiq/enginekit v0.16.1 // indirect
	github.com/dogmatiq/iago v0.4.0 // indirect
	golang.org/x/mod v0.31.0 // indirect
	golang.org/x/sync v0.19.0 // indirect
	golang.org/x/text v0.19.0 // indirect
	google.golang.org/protobuf v1.34.2 // indirect
)
