// Package appwide tests the rules that compare the handlers of one
// application on dogma v0.18.0, whose application registers its handlers
// with c.Routes(dogma.ViaAggregate(h), …), and whose keys are
// case-insensitive: two spellings of one UUID are one key (and, unlike
// v0.15.0, an upper-case key is no finding of its own).
package appwide

import (
	"context"

	"github.com/dogmatiq/dogma"
)

type root struct{ dogma.NoSnapshotBehavior }

func (*root) AggregateInstanceDescription() string { return "root" }
func (*root) ApplyEvent(dogma.Event)               {}

type aggregate struct{}

func (aggregate) New() dogma.AggregateRoot                                                      { return &root{} }
func (aggregate) RouteCommandToInstance(dogma.Command) string                                   { return "a" }
func (aggregate) HandleCommand(dogma.AggregateRoot, dogma.AggregateCommandScope, dogma.Command) {}

type integration struct{}

func (integration) HandleCommand(context.Context, dogma.IntegrationCommandScope, dogma.Command) error {
	return nil
}

type projection struct {
	dogma.NoCompactBehavior
	dogma.NoResetBehavior
}

func (projection) HandleEvent(_ context.Context, s dogma.ProjectionEventScope, _ dogma.Event) (uint64, error) {
	return s.Offset() + 1, nil
}
func (projection) CheckpointOffset(context.Context, string) (uint64, error) { return 0, nil }

// appKey is the application's key.
const appKey = "d6a3c9eb-6d8b-4fa0-b1e2-5b6c7d8e9f01"

// Account handles *OpenAccount and records *AccountOpened.
type Account struct{ aggregate }

func (Account) Configure(c dogma.AggregateConfigurer) {
	c.Identity("account", "e6a3c9eb-6d8b-4fa0-b1e2-5b6c7d8e9f02")
	c.Routes(dogma.HandlesCommand[*OpenAccount](), dogma.RecordsEvent[*AccountOpened]())
}

// Opener also handles *OpenAccount and records *AccountOpened.
type Opener struct{ integration }

func (Opener) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("opener", "f6a3c9eb-6d8b-4fa0-b1e2-5b6c7d8e9f03")
	c.Routes(dogma.HandlesCommand[*OpenAccount](), dogma.RecordsEvent[*AccountOpened]())
}

// SameName shares Account's name.
type SameName struct{ integration }

func (SameName) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("account", "06a3c9eb-6d8b-4fa0-b1e2-5b6c7d8e9f04")
	c.Routes(dogma.HandlesCommand[*CloseAccount]())
}

// SameKey shares Account's key.
type SameKey struct{ integration }

func (SameKey) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("same-key", "e6a3c9eb-6d8b-4fa0-b1e2-5b6c7d8e9f02")
	c.Routes(dogma.HandlesCommand[*CloseAccount]())
}

// UpperKey spells Account's key in upper case: the same key on v0.18.0.
// The spelling itself is no finding here.
type UpperKey struct{ integration }

func (UpperKey) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("upper-key", "E6A3C9EB-6D8B-4FA0-B1E2-5B6C7D8E9F02")
	c.Routes(dogma.HandlesCommand[*CloseAccount]())
}

// AppKeyed uses the application's key.
type AppKeyed struct{ integration }

func (AppKeyed) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("app-keyed", appKey)
	c.Routes(dogma.HandlesCommand[*CloseAccount]())
}

// Report handles *AccountOpened, which many handlers may: silent.
type Report struct{ projection }

func (Report) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("report", "16a3c9eb-6d8b-4fa0-b1e2-5b6c7d8e9f05")
	c.Routes(dogma.HandlesEvent[*AccountOpened]())
}

// AppNamed shares the application's name, which dogma allows: silent.
type AppNamed struct{ projection }

func (AppNamed) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("bank", "26a3c9eb-6d8b-4fa0-b1e2-5b6c7d8e9f06")
	c.Routes(dogma.HandlesEvent[*AccountOpened]())
}

type ConflictingApp struct{}

func (ConflictingApp) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("bank", appKey)
	c.Routes(
		dogma.ViaAggregate(Account{}),
		dogma.ViaIntegration(Opener{}),   // want `both handle the command \*appwide\.OpenAccount` `both record the event \*appwide\.AccountOpened`
		dogma.ViaIntegration(SameName{}), // want `handler name "account" of integration appwide\.SameName \(account\) is already used by aggregate appwide\.Account \(account\)`
		dogma.ViaIntegration(SameKey{}),  // want `handler key "e6a3c9eb-6d8b-4fa0-b1e2-5b6c7d8e9f02" of integration appwide\.SameKey \(same-key\) is already used by aggregate appwide\.Account` `both handle the command \*appwide\.CloseAccount`
		dogma.ViaIntegration(UpperKey{}), // want `handler key "E6A3C9EB-6D8B-4FA0-B1E2-5B6C7D8E9F02" \(the same UUID as "e6a3c9eb-6d8b-4fa0-b1e2-5b6c7d8e9f02"\) of integration appwide\.UpperKey \(upper-key\) is already used by aggregate appwide\.Account` `both handle the command \*appwide\.CloseAccount`
		dogma.ViaIntegration(AppKeyed{}), // want `is the application's key` `both handle the command \*appwide\.CloseAccount`
		dogma.ViaProjection(Report{}),
		dogma.ViaProjection(AppNamed{}),
		dogma.ViaAggregate(nil), // want `ViaAggregate is passed a nil handler`
	)
}

// ValidApp registers handlers that share no name, key or command: silent.
type ValidApp struct{}

func (ValidApp) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("valid", "36a3c9eb-6d8b-4fa0-b1e2-5b6c7d8e9f07")
	c.Routes(
		dogma.ViaAggregate(Account{}),
		dogma.ViaIntegration(Closer{}),
		dogma.ViaProjection(Report{}),
	)
}

// TwiceApp registers one handler twice, which is rejected.
type TwiceApp struct{}

func (TwiceApp) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("twice", "46a3c9eb-6d8b-4fa0-b1e2-5b6c7d8e9f08")
	c.Routes(
		dogma.ViaProjection(Report{}),
		dogma.ViaProjection(&Report{}), // want `handler name "report" of projection \*appwide\.Report \(report\) is already used` `handler key "16a3c9eb-6d8b-4fa0-b1e2-5b6c7d8e9f05" of projection \*appwide\.Report \(report\) is already used by projection appwide\.Report`
	)
}

// Closer has its own name and key and handles another command.
type Closer struct{ integration }

func (Closer) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("closer", "56a3c9eb-6d8b-4fa0-b1e2-5b6c7d8e9f09")
	c.Routes(dogma.HandlesCommand[*CloseAccount]())
}

// PtrReport's Configure has a pointer receiver and reads no field, so a nil
// *PtrReport configures without a crash.
type PtrReport struct{ projection }

func (*PtrReport) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("ptr-report", "e91f1c5f-5ac6-429e-ada3-cf9d158f2f5a")
	c.Routes(dogma.HandlesEvent[*AccountOpened]())
}

// NilPointerApp registers nil pointers.
type NilPointerApp struct{}

func (NilPointerApp) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("nil-pointers", "5fc90a8c-dcc8-4cf5-82a4-63a15879ea0c")
	var account *Account
	var report *PtrReport
	c.Routes(
		dogma.ViaAggregate(account), // want `ViaAggregate is passed a nil \*appwide\.Account, whose Configure dereferences it`
		dogma.ViaProjection(report), // a pointer receiver: silent
	)
}
