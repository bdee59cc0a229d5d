// Package appwide tests the rules that compare the handlers of one
// application on dogma v0.15.0, whose application registers each handler
// with a RegisterX method.
package appwide

import (
	"context"

	"github.com/dogmatiq/dogma"
)

type root struct{}

func (*root) ApplyEvent(dogma.Event) {}

type aggregate struct{}

func (aggregate) New() dogma.AggregateRoot                                                      { return &root{} }
func (aggregate) RouteCommandToInstance(dogma.Command) string                                   { return "a" }
func (aggregate) HandleCommand(dogma.AggregateRoot, dogma.AggregateCommandScope, dogma.Command) {}

type integration struct{}

func (integration) HandleCommand(context.Context, dogma.IntegrationCommandScope, dogma.Command) error {
	return nil
}

type projection struct{ dogma.NoCompactBehavior }

func (projection) HandleEvent(context.Context, []byte, []byte, []byte, dogma.ProjectionEventScope, dogma.Event) (bool, error) {
	return true, nil
}
func (projection) ResourceVersion(context.Context, []byte) ([]byte, error) { return nil, nil }
func (projection) CloseResource(context.Context, []byte) error             { return nil }

// appKey is the application's key.
const appKey = "0c8a4b6d-bf3e-4a05-89d7-5e4f3a2b1c01"

// Account handles OpenAccount and records AccountOpened.
type Account struct{ aggregate }

func (Account) Configure(c dogma.AggregateConfigurer) {
	c.Identity("account", "1c8a4b6d-bf3e-4a05-89d7-5e4f3a2b1c02")
	c.Routes(dogma.HandlesCommand[OpenAccount](), dogma.RecordsEvent[AccountOpened]())
}

// Opener also handles OpenAccount and records AccountOpened.
type Opener struct{ integration }

func (Opener) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("opener", "2c8a4b6d-bf3e-4a05-89d7-5e4f3a2b1c03")
	c.Routes(dogma.HandlesCommand[OpenAccount](), dogma.RecordsEvent[AccountOpened]())
}

// SameName shares Account's name.
type SameName struct{ integration }

func (SameName) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("account", "3c8a4b6d-bf3e-4a05-89d7-5e4f3a2b1c04")
	c.Routes(dogma.HandlesCommand[CloseAccount]())
}

// SameKey shares Account's key.
type SameKey struct{ integration }

func (SameKey) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("same-key", "1c8a4b6d-bf3e-4a05-89d7-5e4f3a2b1c02")
	c.Routes(dogma.HandlesCommand[CloseAccount]())
}

// UpperKey spells Account's key in upper case: the same UUID, so the same
// key to dogmavet.
type UpperKey struct{ integration }

func (UpperKey) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("upper-key", "1C8A4B6D-BF3E-4A05-89D7-5E4F3A2B1C02") // want `handler key "1C8A4B6D-BF3E-4A05-89D7-5E4F3A2B1C02" is not in canonical form`
	c.Routes(dogma.HandlesCommand[CloseAccount]())
}

// AppKeyed uses the application's key.
type AppKeyed struct{ integration }

func (AppKeyed) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("app-keyed", appKey)
	c.Routes(dogma.HandlesCommand[CloseAccount]())
}

// Report handles AccountOpened, which many handlers may: silent.
type Report struct{ projection }

func (Report) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("report", "4c8a4b6d-bf3e-4a05-89d7-5e4f3a2b1c05")
	c.Routes(dogma.HandlesEvent[AccountOpened]())
}

// AppNamed shares the application's name, which dogma allows: silent.
type AppNamed struct{ projection }

func (AppNamed) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("bank", "5c8a4b6d-bf3e-4a05-89d7-5e4f3a2b1c06")
	c.Routes(dogma.HandlesEvent[AccountOpened]())
}

type ConflictingApp struct{}

func (ConflictingApp) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("bank", appKey)
	c.RegisterAggregate(Account{})
	c.RegisterIntegration(Opener{})   // want `both handle the command appwide\.OpenAccount` `both record the event appwide\.AccountOpened`
	c.RegisterIntegration(SameName{}) // want `handler name "account" of integration appwide\.SameName \(account\) is already used by aggregate appwide\.Account \(account\)`
	c.RegisterIntegration(SameKey{})  // want `handler key "1c8a4b6d-bf3e-4a05-89d7-5e4f3a2b1c02" of integration appwide\.SameKey \(same-key\) is already used by aggregate appwide\.Account` `both handle the command appwide\.CloseAccount`
	c.RegisterIntegration(UpperKey{}) // want `handler key "1C8A4B6D-BF3E-4A05-89D7-5E4F3A2B1C02" \(the same UUID as "1c8a4b6d-bf3e-4a05-89d7-5e4f3a2b1c02"\) of integration appwide\.UpperKey \(upper-key\) is already used by aggregate appwide\.Account` `both handle the command appwide\.CloseAccount`
	c.RegisterIntegration(AppKeyed{}) // want `is the application's key` `both handle the command appwide\.CloseAccount`
	c.RegisterProjection(Report{})
	c.RegisterProjection(AppNamed{})
	c.RegisterAggregate(nil) // want `RegisterAggregate is passed a nil handler`
}

// ValidApp registers handlers that share no name, key or command: silent.
type ValidApp struct{}

func (ValidApp) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("valid", "6c8a4b6d-bf3e-4a05-89d7-5e4f3a2b1c07")
	c.RegisterAggregate(Account{})
	c.RegisterIntegration(SameName2{})
	c.RegisterProjection(Report{})
}

// TwiceApp registers one handler twice, which configkit rejects.
type TwiceApp struct{}

func (TwiceApp) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("twice", "8c8a4b6d-bf3e-4a05-89d7-5e4f3a2b1c09")
	c.RegisterProjection(Report{})
	c.RegisterProjection(&Report{}) // want `handler name "report" of projection \*appwide\.Report \(report\) is already used` `handler key "4c8a4b6d-bf3e-4a05-89d7-5e4f3a2b1c05" of projection \*appwide\.Report \(report\) is already used by projection appwide\.Report`
}

// SameName2 has its own name and key and handles another command.
type SameName2 struct{ integration }

func (SameName2) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("closer", "7c8a4b6d-bf3e-4a05-89d7-5e4f3a2b1c08")
	c.Routes(dogma.HandlesCommand[CloseAccount]())
}

// PtrReport's Configure has a pointer receiver and reads no field, so a nil
// *PtrReport configures without a crash.
type PtrReport struct{ projection }

func (*PtrReport) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("ptr-report", "9c8a4b6d-bf3e-4a05-89d7-5e4f3a2b1c0a")
	c.Routes(dogma.HandlesEvent[AccountOpened]())
}

// NilPointerApp registers nil pointers.
type NilPointerApp struct{}

func (NilPointerApp) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("nil-pointers", "ac8a4b6d-bf3e-4a05-89d7-5e4f3a2b1c0b")
	var account *Account
	c.RegisterAggregate(account) // want `RegisterAggregate is passed a nil \*appwide\.Account, whose Configure dereferences it`
	var report *PtrReport
	c.RegisterProjection(report) // a pointer receiver: silent
}
