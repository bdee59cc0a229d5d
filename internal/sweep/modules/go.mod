module github.com/dogmavet/dogmavet/internal/sweep/modules

go 1.24.0

require (
	github.com/dogmatiq/configkit v0.16.0
	github.com/dogmatiq/testkit v0.18.1
	golang.org/x/tools v0.40.0
)

require (
	github.com/aws/aws-sdk-go-v2 v1.31.0 // indirect
	github.com/aws/aws-sdk-go-v2/internal/configsources v1.3.18 // indirect
	github.com/aws/aws-sdk-go-v2/internal/endpoints/v2 v2.6.18 // indirect
	github.com/aws/aws-sdk-go-v2/service/dynamodb v1.35.2 // indirect
	github.com/aws/aws-sdk-go-v2/service/internal/accept-encoding v1.11.5 // indirect
	github.com/aws/aws-sdk-go-v2/service/internal/endpoint-discovery v1.9.19 // indirect
	github.com/aws/smithy-go v1.21.0 // indirect
	github.com/dogmatiq/cosyne v0.2.0 // indirect
	github.com/dogmatiq/dapper v0.6.0 // indirect
	github.com/dogmatiq/dogma v0.15.0 // indirect
	github.com/dogmatiq/enginekit v0.16.2 // indirect
	github.com/dogmatiq/iago v0.4.0 // indirect
	github.com/dogmatiq/jumble v0.1.0 // indirect
	github.com/dogmatiq/linger v1.1.0 // indirect
	github.com/dogmatiq/primo v0.3.1 // indirect
	github.com/dogmatiq/projectionkit v0.7.5 // indirect
	github.com/emicklei/dot v1.6.2 // indirect
	github.com/fsnotify/fsnotify v1.4.9 // indirect
	github.com/google/go-cmp v0.7.0 // indirect
	github.com/jmespath/go-jmespath v0.4.0 // indirect
	github.com/nxadm/tail v1.4.8 // indirect
	github.com/onsi/ginkgo v1.16.5 // indirect
	github.com/onsi/gomega v1.34.2 // indirect
	github.com/sergi/go-diff v1.3.1 // indirect
	github.com/yuin/goldmark v1.7.0 // indirect
	go.etcd.io/bbolt v1.3.11 // indirect
	go.uber.org/multierr v1.11.0 // indirect
	golang.org/x/mod v0.31.0 // indirect
	golang.org/x/net v0.48.0 // indirect
	golang.org/x/sync v0.19.0 // indirect
	golang.org/x/sys v0.39.0 // indirect
	golang.org/x/telemetry v0.0.0-20251203150158-8fff8a5912fc // indirect
	golang.org/x/text v0.32.0 // indirect
	google.golang.org/genproto/googleapis/rpc v0.0.0-20250324211829-b45e905df463 // indirect
	google.golang.org/grpc v1.73.0 // indirect
	google.golang.org/protobuf v1.36.6 // indirect
	gopkg.in/tomb.v1 v1.0.0-20141024135613-dd632973f1e7 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)
