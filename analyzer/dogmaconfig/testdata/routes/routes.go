// want package:`^\{package [^\n]*?(\n[^\n]*)*\nintegration routes.Functions identity<"f"/"3d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"> routes<HandlesCommand:msgs.CmdA RecordsEvent:msgs.EvtA HandlesCommand:msgs.CmdB>(\n[^\n]*)*\n[^\n]*routes<literal:HandlesCommand:msgs.CmdA literal:HandlesCommand:\*msgs.PtrCmd literal:RecordsEvent:msgs.EvtA literal:RecordsEvent:nil literal:HandlesCommand:nil literal:HandlesCommand:msgs.CmdB partial>(\n[^\n]*)*\n[^\n]*routes<invalid:<nil> invalid:\*dogma.HandlesCommandRoute invalid:routes.embedded>(\n[^\n]*)*\n[^\n]*routes<HandlesCommand:msgs.CmdA RecordsEvent:msgs.EvtA HandlesCommand:msgs.CmdB RecordsEvent:msgs.EvtB>(\n[^\n]*)*\n[^\n]*routes<HandlesCommand:msgs.CmdA RecordsEvent:msgs.EvtA>(\n[^\n]*)*\n[^\n]*routes<partial>(\n[^\n]*)*\n[^\n]*routes<HandlesCommand:msgs.CmdA partial>(\n[^\n]*)*\nprocess routes.HelperMethod identity<> routes<HandlesEvent:msgs.EvtA ExecutesCommand:msgs.CmdA SchedulesTimeout:msgs.TmoA>(\n[^\n]*)*\nintegration routes.Generic\[C, E\] identity<> routes<HandlesCommand:typeparam0 RecordsEvent:typeparam1 HandlesCommand:msgs.CmdB>(\n[^\n]*)*\nintegration routes.Wrapper identity<"f"/"3d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"> routes<HandlesCommand:msgs.CmdA RecordsEvent:msgs.EvtA HandlesCommand:msgs.CmdB>(\n[^\n]*)*\n[^\n]*routes<HandlesCommand:msgs.CmdA RecordsEvent:msgs.EvtA>(\n[^\n]*)*\n[^\n]*routes<partial>(\n[^\n]*)*\n[^\n]*routes<partial>(\n[^\n]*)*\}$`
// Package routes holds routes written in every shape extraction follows,
// and some it does not.
package routes

import (
	"reflect"

	"github.com/dogmatiq/dogma"

	"example.test/msgs"
)

const key = "3d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"

type Functions struct {
	dogma.IntegrationMessageHandler
}

func (Functions) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("f", key)
	c.Routes(dogma.HandlesCommand[msgs.CmdA](), dogma.RecordsEvent[msgs.EvtA]())
	c.Routes(dogma.HandlesCommand[msgs.CmdB]())
}

type Literals struct {
	dogma.IntegrationMessageHandler
}

func (Literals) Configure(c dogma.IntegrationConfigurer) {
	var ev dogma.Event = msgs.EvtB{}
	c.Routes(
		dogma.HandlesCommandRoute{Type: reflect.TypeOf(msgs.CmdA{})},
		dogma.HandlesCommandRoute{Type: reflect.TypeOf(&msgs.PtrCmd{})},
		dogma.RecordsEventRoute{Type: reflect.TypeFor[msgs.EvtA]()},
		dogma.RecordsEventRoute{},
		dogma.HandlesCommandRoute{Type: nil},
		dogma.RecordsEventRoute{Type: reflect.TypeOf(ev)}, // dynamic type: unknown
		dogma.HandlesCommandRoute{Type: reflect.TypeOf((*msgs.CmdB)(nil)).Elem()},
	)
}

type Invalid struct {
	dogma.IntegrationMessageHandler
}

type embedded struct{ dogma.HandlesCommandRoute }

func (Invalid) Configure(c dogma.IntegrationConfigurer) {
	c.Routes(nil, &dogma.HandlesCommandRoute{}, embedded{})
}

type Slices struct {
	dogma.IntegrationMessageHandler
}

func (Slices) Configure(c dogma.IntegrationConfigurer) {
	routes := []dogma.IntegrationRoute{dogma.HandlesCommand[msgs.CmdA]()}
	routes = append(routes, dogma.RecordsEvent[msgs.EvtA]())
	var more []dogma.IntegrationRoute
	more = append(more, dogma.HandlesCommand[msgs.CmdB]())
	r := dogma.RecordsEvent[msgs.EvtB]()
	more = append(more, r)
	c.Routes(append(routes, more...)...)
}

type Constructor struct {
	dogma.IntegrationMessageHandler
}

func (Constructor) Configure(c dogma.IntegrationConfigurer) {
	c.Routes(newRoutes()...)
}

func newRoutes() []dogma.IntegrationRoute {
	rs := []dogma.IntegrationRoute{dogma.HandlesCommand[msgs.CmdA]()}
	return append(rs, dogma.RecordsEvent[msgs.EvtA]())
}

type MutatedSlice struct {
	dogma.IntegrationMessageHandler
}

func (MutatedSlice) Configure(c dogma.IntegrationConfigurer) {
	routes := []dogma.IntegrationRoute{dogma.HandlesCommand[msgs.CmdA]()}
	mutate(routes)
	c.Routes(routes...)
}

func mutate(rs []dogma.IntegrationRoute) { rs[0] = dogma.HandlesCommand[msgs.CmdB]() }

type ConditionalSlice struct {
	dogma.IntegrationMessageHandler
}

func (ConditionalSlice) Configure(c dogma.IntegrationConfigurer) {
	routes := []dogma.IntegrationRoute{dogma.HandlesCommand[msgs.CmdA]()}
	c.Routes(routes...)
	if len(routes) > 3 {
		routes = append(routes, dogma.RecordsEvent[msgs.EvtA]())
	}
	c.Routes(routes...)
}

type HelperMethod struct{ dogma.ProcessMessageHandler }

func (h HelperMethod) Configure(c dogma.ProcessConfigurer) {
	h.routes(c)
	timeouts[msgs.TmoA](c)
}

func (HelperMethod) routes(c dogma.ProcessConfigurer) {
	c.Routes(dogma.HandlesEvent[msgs.EvtA](), dogma.ExecutesCommand[msgs.CmdA]())
}

func timeouts[T dogma.Timeout](c dogma.ProcessConfigurer) {
	c.Routes(dogma.SchedulesTimeout[T]())
}

// Generic is a generic handler: routes whose type is a type parameter are
// recorded by index and instantiated where the handler is registered.
type Generic[C dogma.Command, E dogma.Event] struct {
	dogma.IntegrationMessageHandler
}

func (Generic[C, E]) Configure(c dogma.IntegrationConfigurer) {
	c.Routes(dogma.HandlesCommand[C](), dogma.RecordsEvent[E]())
	c.Routes(dogma.HandlesCommand[msgs.CmdB]())
}

type Wrapper struct {
	dogma.IntegrationMessageHandler
	Inner Functions
}

func (w Wrapper) Configure(c dogma.IntegrationConfigurer) {
	w.Inner.Configure(c)
}

var (
	packageRoutes  = []dogma.IntegrationRoute{dogma.HandlesCommand[msgs.CmdA](), dogma.RecordsEvent[msgs.EvtA]()}
	changedRoutes  = []dogma.IntegrationRoute{dogma.HandlesCommand[msgs.CmdA]()}
	ExportedRoutes = []dogma.IntegrationRoute{dogma.HandlesCommand[msgs.CmdA]()}
)

func init() { changedRoutes[0] = dogma.HandlesCommand[msgs.CmdB]() }

type PackageVar struct {
	dogma.IntegrationMessageHandler
}

func (PackageVar) Configure(c dogma.IntegrationConfigurer) { c.Routes(packageRoutes...) }

type ChangedPackageVar struct {
	dogma.IntegrationMessageHandler
}

func (ChangedPackageVar) Configure(c dogma.IntegrationConfigurer) { c.Routes(changedRoutes...) }

type ExportedPackageVar struct {
	dogma.IntegrationMessageHandler
}

func (ExportedPackageVar) Configure(c dogma.IntegrationConfigurer) { c.Routes(ExportedRoutes...) }
