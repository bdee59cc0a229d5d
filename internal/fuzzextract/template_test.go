package fuzzextract

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
)

// preamble is shared by every kind: messages of each kind (one with pointer
// receivers), identity constants, and uses of every import so that bodies
// may use them or not.
const preamble = `package p

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"time"

	"github.com/dogmatiq/dogma"
)

var (
	_ = context.Background
	_ = errors.New
	_ = fmt.Sprint
	_ = reflect.TypeOf
	_ = strings.ToUpper
	_ = time.Now
)

type Cmd struct{ ID string }

func (Cmd) MessageDescription() string                   { return "cmd" }
func (Cmd) Validate(dogma.CommandValidationScope) error { return nil }

type Cmd2 struct{ ID string }

func (*Cmd2) MessageDescription() string                   { return "cmd2" }
func (*Cmd2) Validate(dogma.CommandValidationScope) error { return nil }

type Evt struct{ ID string }

func (Evt) MessageDescription() string                 { return "evt" }
func (Evt) Validate(dogma.EventValidationScope) error { return nil }

type Evt2 struct{ ID string }

func (Evt2) MessageDescription() string                 { return "evt2" }
func (Evt2) Validate(dogma.EventValidationScope) error { return nil }

type Tmo struct{ ID string }

func (Tmo) MessageDescription() string                   { return "tmo" }
func (Tmo) Validate(dogma.TimeoutValidationScope) error { return nil }

const (
	Name = "handler"
	Key  = "5195fe85-eb3f-4121-84b0-be72cbc5722f"
)

var names = []string{"a", "b"}

func ident(c interface{ Identity(string, string) }, n, k string) { c.Identity(n, k) }
`

// kinds holds, per handler kind, the configurer type and the methods the
// handler needs besides Configure.
var kinds = [4]struct{ configurer, methods, register string }{
	{"dogma.AggregateConfigurer", `
type root struct{}

func (*root) ApplyEvent(dogma.Event) {}
func (H) New() dogma.AggregateRoot { return &root{} }
func (H) RouteCommandToInstance(dogma.Command) string { return "id" }
func (H) HandleCommand(dogma.AggregateRoot, dogma.AggregateCommandScope, dogma.Command) {}
`, "RegisterAggregate"},
	{"dogma.ProcessConfigurer", `
func (H) New() dogma.ProcessRoot { return dogma.StatelessProcessRoot }
func (H) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) { return "id", true, nil }
func (H) HandleEvent(context.Context, dogma.ProcessRoot, dogma.ProcessEventScope, dogma.Event) error { return nil }
func (H) HandleTimeout(context.Context, dogma.ProcessRoot, dogma.ProcessTimeoutScope, dogma.Timeout) error { return nil }
`, "RegisterProcess"},
	{"dogma.IntegrationConfigurer", `
func (H) HandleCommand(context.Context, dogma.IntegrationCommandScope, dogma.Command) error { return nil }
`, "RegisterIntegration"},
	{"dogma.ProjectionConfigurer", `
func (H) HandleEvent(context.Context, []byte, []byte, []byte, dogma.ProjectionEventScope, dogma.Event) (bool, error) { return true, nil }
func (H) ResourceVersion(context.Context, []byte) ([]byte, error) { return nil, nil }
func (H) CloseResource(context.Context, []byte) error { return nil }
func (H) Compact(context.Context, dogma.ProjectionCompactScope) error { return nil }
`, "RegisterProjection"},
}

// source builds the package: a handler of the given kind whose Configure
// body is body, and an application whose Configure body is appBody. The
// bodies are inserted verbatim; a body that breaks out of its function just
// fails to type-check.
func source(kind uint8, body, appBody string) []byte {
	k := kinds[kind%4]
	var b strings.Builder
	b.WriteString(preamble)
	fmt.Fprintf(&b, "\ntype H struct{ Name string }\n\nfunc (h H) Configure(c %s) {\n%s\n}\n", k.configurer, body)
	b.WriteString(k.methods)
	fmt.Fprintf(&b, "\ntype App struct{ H H }\n\nfunc (a App) Configure(c dogma.ApplicationConfigurer) {\n%s\n}\n",
		strings.ReplaceAll(appBody, "REGISTER", k.register))
	return []byte(b.String())
}

func parseFile(fset *token.FileSet, src []byte) (*ast.File, error) {
	return parser.ParseFile(fset, "fuzz.go", src, parser.ParseComments|parser.SkipObjectResolution)
}
