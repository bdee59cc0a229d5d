module github.com/dogmavet/dogmavet/runtime/internal/benchcmp

go 1.24.0

replace github.com/dogmavet/dogmavet => ../../..

require (
	github.com/dogmatiq/configkit v0.16.0
	github.com/dogmatiq/dogma v0.15.0
	github.com/dogmatiq/testkit v0.18.1
	github.com/dogmavet/dogmavet v0.0.0-00010101000000-000000000000
)

require (
	github.com/dogmatiq/cosyne v0.2.0 // indirect
	github.com/dogmatiq/dapper v0.6.0 // indirect
	github.com/dogmatiq/enginekit v0.16.1 // indirect
	github.com/dogmatiq/iago v0.4.0 // indirect
	github.com/dogmatiq/jumble v0.1.0 // indirect
	github.com/dogmatiq/linger v1.1.0 // indirect
	github.com/sergi/go-diff v1.3.1 // indirect
	go.uber.org/multierr v1.11.0 // indirect
	golang.org/x/text v0.19.0 // indirect
	google.golang.org/protobuf v1.34.2 // indirect
)
