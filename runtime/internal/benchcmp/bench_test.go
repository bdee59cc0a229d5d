package benchcmp

import (
	"context"
	"strconv"
	"testing"

	"github.com/dogmatiq/dogma"

	"github.com/dogmavet/dogmavet/testdata/example/app"
)

var engines = []struct {
	name string
	new  func(*app.App) (Executor, error)
}{
	{"dogmavet", func(a *app.App) (Executor, error) { return NewDogmavet(a) }},
	{"testkit", func(a *app.App) (Executor, error) { return NewTestkit(a) }},
}

func BenchmarkEngines(b *testing.B) {
	ctx := context.Background()
	for _, w := range Workloads {
		for _, en := range engines {
			b.Run(w.Name+"/"+en.name, func(b *testing.B) {
				a := app.New()
				e, err := en.new(a)
				if err != nil {
					b.Fatal(err)
				}
				for _, c := range w.Setup {
					if err := e.Execute(ctx, c); err != nil {
						b.Fatal(err)
					}
				}
				// The commands are built before the timer starts: formatting
				// their IDs is the harness's work, not the engine's.
				cmds := make([]dogma.Command, b.N)
				for i := range cmds {
					cmds[i] = w.Command(i)
				}
				b.ReportAllocs()
				b.ResetTimer()
				cpu := cpuTime()
				for _, c := range cmds {
					if err := e.Execute(ctx, c); err != nil {
						b.Fatal(err)
					}
				}
				cpu = cpuTime() - cpu
				b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "cmds/s")
				b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/cmd")
			})
		}
	}
}

// TestEnginesAgree checks that both engines do the same work: after each
// workload the read models hold the same balances.
func TestEnginesAgree(t *testing.T) {
	ctx := context.Background()
	for _, w := range Workloads {
		var balances [2]string
		for k, en := range engines {
			a := app.New()
			e, err := en.new(a)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range w.Setup {
				if err := e.Execute(ctx, c); err != nil {
					t.Fatal(err)
				}
			}
			for i := range 300 {
				if err := e.Execute(ctx, w.Command(i)); err != nil {
					t.Fatal(err)
				}
			}
			for _, acc := range a.Balances.Accounts() {
				balances[k] += acc.AccountID + "=" + strconv.FormatInt(acc.Balance, 10) + " "
			}
			if len(balances[k]) == 0 {
				t.Fatalf("%s %s: no balances", w.Name, en.name)
			}
		}
		if balances[0] != balances[1] {
			t.Errorf("%s: dogmavet %s\ntestkit %s", w.Name, balances[0], balances[1])
		}
	}
}
