package b // want package:`registry\(2 registrations, incomplete=true\)`

// b registers a type on some paths only: its fact carries a's
// registrations and the incomplete flag.

import (
	"os"

	"github.com/dogmatiq/dogma"

	"example.test/dogmaconfig/registryfact/a"
)

func init() {
	if os.Getenv("Z") != "" {
		dogma.RegisterEvent[*a.Z]("913780d8-f2fd-4f30-aab9-5292c43f1cd8")
	}
}
