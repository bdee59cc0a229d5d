package benchcmp

import (
	"context"
	"fmt"
	"time"

	"github.com/dogmatiq/configkit"
	"github.com/dogmatiq/dogma"
	"github.com/dogmatiq/testkit/engine"
	"github.com/dogmavet/dogmavet/runtime"
	"github.com/dogmavet/dogmavet/testdata/example/app"
	"github.com/dogmavet/dogmavet/testdata/example/messages"
)

// Accounts is the number of accounts the hot workloads spread over.
const Accounts = 100

// Start is the engine time of both engines.
var Start = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// Executor runs one command to completion, everything it causes included.
type Executor interface {
	Execute(ctx context.Context, c dogma.Command) error
}

// Workload is one benchmark: setup commands, then command i of the run.
type Workload struct {
	Name    string
	Setup   []dogma.Command
	Command func(i int) dogma.Command
}

// Workloads are run against both engines.
var Workloads = []Workload{
	{
		// Every command opens a new account: no instance has history.
		Name: "open-account",
		Command: func(i int) dogma.Command {
			return messages.OpenAccount{AccountID: fmt.Sprint("new-", i), CustomerName: "C"}
		},
	},
	{
		// Credits spread over 100 open accounts, whose history grows.
		Name:  "credit-account",
		Setup: openAccounts(),
		Command: func(i int) dogma.Command {
			return messages.CreditAccount{AccountID: fmt.Sprint("acc-", i%Accounts), TransactionID: fmt.Sprint("tx-", i), Amount: 1}
		},
	},
	{
		// Small transfers between the 100 accounts: eight messages per
		// command through both aggregates, the transfer process and both
		// projections.
		Name:  "transfer",
		Setup: append(openAccounts(), fund()...),
		Command: func(i int) dogma.Command {
			return messages.StartTransfer{
				TransferID:    fmt.Sprint("t-", i),
				FromAccountID: fmt.Sprint("acc-", i%Accounts),
				ToAccountID:   fmt.Sprint("acc-", (i+1)%Accounts),
				Amount:        1,
			}
		},
	},
}

func openAccounts() []dogma.Command {
	var cs []dogma.Command
	for i := range Accounts {
		cs = append(cs, messages.OpenAccount{AccountID: fmt.Sprint("acc-", i), CustomerName: "C"})
	}
	return cs
}

func fund() []dogma.Command {
	var cs []dogma.Command
	for i := range Accounts {
		cs = append(cs, messages.CreditAccount{AccountID: fmt.Sprint("acc-", i), TransactionID: fmt.Sprint("fund-", i), Amount: 1_000_000_00})
	}
	return cs
}

// Dogmavet is dogmavet's reference engine with every handler kind enabled.
type Dogmavet struct{ E *runtime.Engine }

// NewDogmavet returns a dogmavet engine for a fresh example application.
func NewDogmavet(a *app.App) (*Dogmavet, error) {
	e, err := runtime.New(a, runtime.StartTime(Start))
	return &Dogmavet{e}, err
}

func (d *Dogmavet) Execute(ctx context.Context, c dogma.Command) error {
	return d.E.ExecuteCommand(ctx, c)
}

// Testkit is testkit v0.18.1's engine with every handler kind enabled (by
// default it disables integrations and projections) and a fixed time.
type Testkit struct {
	E    *engine.Engine
	opts []engine.OperationOption
}

// NewTestkit returns a testkit engine for a fresh example application.
func NewTestkit(a *app.App) (*Testkit, error) {
	e, err := engine.New(configkit.FromApplication(a))
	return &Testkit{e, []engine.OperationOption{
		engine.EnableIntegrations(true),
		engine.EnableProjections(true),
		engine.WithCurrentTime(Start),
	}}, err
}

func (t *Testkit) Execute(ctx context.Context, c dogma.Command) error {
	return t.E.Dispatch(ctx, c, t.opts...)
}
