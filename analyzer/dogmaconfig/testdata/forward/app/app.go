// want package:`^\{package [^\n]*?(\n[^\n]*)*\nprojection \*app.Accounts identity<"accounts"/"3e1f6c6e-5c38-4f4b-9a57-0d6a8c7c2f11"> routes<HandlesEvent:msgs.EvtA>(\n[^\n]*)*\}$`
// Package app registers projections through kit's adaptors, on every path
// and inside a condition, as dogmatiq/example does at dogma v0.15.0.
package app

import (
	"example.test/forward/kit"
	"example.test/msgs"
	"github.com/dogmatiq/dogma"
)

type Accounts struct{}

func (*Accounts) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("accounts", "3e1f6c6e-5c38-4f4b-9a57-0d6a8c7c2f11")
	c.Routes(dogma.HandlesEvent[msgs.EvtA]())
}

// want +1 App:`application \*app.App identity<"app"/"4e1f6c6e-5c38-4f4b-9a57-0d6a8c7c2f11"> handlers<\*app.Accounts partial> maybe:\*app.Accounts$`
type App struct {
	ReadDB   *int
	Accounts Accounts
}

func (a *App) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("app", "4e1f6c6e-5c38-4f4b-9a57-0d6a8c7c2f11")
	c.RegisterProjection(kit.Unbound(&a.Accounts))
	if a.ReadDB != nil {
		c.RegisterProjection(kit.New(a.ReadDB, &a.Accounts))
	}
}
