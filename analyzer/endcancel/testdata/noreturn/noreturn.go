package noreturn

import (
	"context"
	"log"
	"os"
	"runtime"
	"testing"

	"github.com/dogmatiq/dogma"
)

type Ship struct{}

func (Ship) MessageDescription() string                  { return "ship" }
func (Ship) Validate(dogma.CommandValidationScope) error { return nil }

// process ends and then stops the goroutine or program in ways that never
// return, so the ExecuteCommand after each stop is never reached.
type process struct {
	dogma.StatelessProcessBehavior
	dogma.NoTimeoutMessagesBehavior
	logger *log.Logger
	t      *testing.T
}

func (process) Configure(dogma.ProcessConfigurer) {}

func (process) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "x", true, nil
}

func (p process) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, m dogma.Event) error {
	switch m.MessageDescription() {
	case "fatal":
		s.End()
		log.Fatal("stop")
		s.ExecuteCommand(Ship{})
	case "fatalf":
		s.End()
		log.Fatalf("stop %d", 1)
		s.ExecuteCommand(Ship{})
	case "fatalln":
		s.End()
		log.Fatalln("stop")
		s.ExecuteCommand(Ship{})
	case "panicf":
		s.End()
		log.Panicf("stop %d", 1)
		s.ExecuteCommand(Ship{})
	case "logger":
		s.End()
		p.logger.Fatal("stop")
		s.ExecuteCommand(Ship{})
	case "exit":
		s.End()
		os.Exit(1)
		s.ExecuteCommand(Ship{})
	case "panic":
		s.End()
		panic("stop")
		s.ExecuteCommand(Ship{})
	case "goexit":
		s.End()
		runtime.Goexit()
		s.ExecuteCommand(Ship{})
	case "test":
		s.End()
		p.t.FailNow()
		s.ExecuteCommand(Ship{})
	case "skip":
		s.End()
		p.t.Skipf("skip %d", 1)
		s.ExecuteCommand(Ship{})
	}
	return nil
}

// logs ends, then calls functions that do return, so the End() is
// cancelled.
type logs struct {
	dogma.StatelessProcessBehavior
	dogma.NoTimeoutMessagesBehavior
	t *testing.T
}

func (logs) Configure(dogma.ProcessConfigurer) {}

func (logs) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "x", true, nil
}

func (l logs) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, m dogma.Event) error {
	if m.MessageDescription() == "print" {
		s.End()
		log.Print("ended")
		l.t.Log("ended")
		exit(1)
	}
	s.ExecuteCommand(Ship{}) // want `s.ExecuteCommand after s.End\(\) cancels the End\(\)`
	return nil
}

// exit is a function of this package named like os.Exit; it returns.
func exit(int) {}
