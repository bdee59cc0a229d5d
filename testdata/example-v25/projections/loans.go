package projections

import (
	"context"
	"strings"

	"github.com/dogmatiq/dogma"

	"example.test/lending/messages/events"
	"example.test/lending/readstore"
)

// LoansProjectionHandler lists the copies each member has on loan, as rows
// "card/<member>" holding the copy IDs, comma-separated.
type LoansProjectionHandler struct{}

var _ readstore.Handler = LoansProjectionHandler{}

func (LoansProjectionHandler) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("loans", "c150e37e-9364-467b-aec5-722e93d9c052")
	c.Routes(
		dogma.HandlesEvent[*events.CopyLent](),
		dogma.HandlesEvent[*events.CopyReturned](),
	)
}

func (LoansProjectionHandler) Apply(_ context.Context, tx *readstore.Tx, _ dogma.ProjectionEventScope, e dogma.Event) error {
	switch e := e.(type) {
	case *events.CopyLent:
		key := "card/" + e.MemberID
		copies, _ := tx.Get(key)
		tx.Put(key, strings.Trim(copies+","+e.CopyID, ","))
	case *events.CopyReturned:
		key := "card/" + e.MemberID
		copies, _ := tx.Get(key)
		var kept []string
		for _, id := range strings.Split(copies, ",") {
			if id != "" && id != e.CopyID {
				kept = append(kept, id)
			}
		}
		if len(kept) == 0 {
			tx.Delete(key)
		} else {
			tx.Put(key, strings.Join(kept, ","))
		}
	default:
		panic(dogma.UnexpectedMessage)
	}
	return nil
}
