//go:build !unix

package benchcmp

import "time"

// cpuTime is not measured outside Unix; the cpu-ns/cmd metric is then 0.
func cpuTime() time.Duration { return 0 }
