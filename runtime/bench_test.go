package runtime_test

import (
	"fmt"
	"testing"

	"github.com/dogmavet/dogmavet/runtime"
)

// Benchmarks of the engine alone; runtime/internal/benchcmp compares it with
// testkit on the example application.

func benchmark(b *testing.B, e *runtime.Engine, ids int) {
	cmds := make([]*Cmd, ids)
	for i := range cmds {
		cmds[i] = &Cmd{ID: fmt.Sprint("i", i), N: 1}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		if err := e.ExecuteCommand(ctx, cmds[i%ids]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "cmds/s")
}

// BenchmarkAggregate: one command, one event, no consumer.
func BenchmarkAggregate(b *testing.B) {
	benchmark(b, mustNew(b, app(newAgg())), 100)
}

// BenchmarkAggregateProjection: the event also goes through a projection's
// OCC probes.
func BenchmarkAggregateProjection(b *testing.B) {
	benchmark(b, mustNew(b, app(newAgg(), newProj())), 100)
}

// BenchmarkChain: each command fans out through a process, an integration
// and a projection, and schedules timeouts (see chain).
func BenchmarkChain(b *testing.B) {
	a, _ := chain()
	benchmark(b, mustNew(b, a), 100)
}
