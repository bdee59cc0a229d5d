// Package lending is a lending library on dogma v0.25.0: members borrow
// copies of titles, are reminded and fined while a loan is overdue, and pay
// their fines at the desk. dogmavet must report nothing here.
package lending

import (
	"github.com/dogmatiq/dogma"

	"example.test/lending/domain"
	"example.test/lending/integrations"
	"example.test/lending/projections"
	"example.test/lending/readstore"
)

// AppKey is the application's identity key.
const AppKey = "f965d026-a30c-44eb-9d7d-543753edbc97"

// App is the lending library application.
type App struct {
	Members domain.MemberHandler
	Copies  domain.CopyHandler

	Loans   domain.LoanProcessHandler
	Welcome domain.WelcomeProcessHandler

	Notifier integrations.NotifierHandler

	LoanCards projections.LoansProjectionHandler
	Fines     projections.FinesProjectionHandler
}

func (a *App) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("lending", AppKey)
	c.Routes(
		dogma.ViaAggregate(a.Members),
		dogma.ViaAggregate(a.Copies),
		dogma.ViaProcess(a.Loans),
		dogma.ViaProcess(a.Welcome),
		dogma.ViaIntegration(a.Notifier),
		dogma.ViaProjection(readstore.New(a.LoanCards)),
		dogma.ViaProjection(&a.Fines),
	)
}
