package projections

import (
	"context"

	"github.com/dogmatiq/dogma"
)

// DailyTotals was meant to sum each day's deposits and withdrawals.
//
// CONFIGURATION DEFECTS: the name contains a byte that is not valid UTF-8,
// and Configure declares no HandlesEvent route, so the projection receives
// nothing.
type DailyTotals struct {
	dogma.NoCompactBehavior
}

// Configure declares the handler's identity.
func (*DailyTotals) Configure(c dogma.ProjectionConfigurer) { // defect: missing-handles-event
	c.Identity("daily\xfftotals", "ffc8bcab-5996-4b66-89d4-b57d6d86ab48") // defect: identity-name-utf8
}

// HandleEvent panics: the projection routes no events, so none are expected.
func (*DailyTotals) HandleEvent(
	context.Context,
	[]byte, []byte, []byte,
	dogma.ProjectionEventScope,
	dogma.Event,
) (bool, error) {
	panic(dogma.UnexpectedMessage)
}

// ResourceVersion returns an empty version: the projection stores nothing.
func (*DailyTotals) ResourceVersion(context.Context, []byte) ([]byte, error) {
	return nil, nil
}

// CloseResource does nothing: the projection stores nothing.
func (*DailyTotals) CloseResource(context.Context, []byte) error {
	return nil
}
