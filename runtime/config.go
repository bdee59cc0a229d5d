package runtime

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/dogmatiq/configkit"
	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/validate"
)

// handler is one registered handler with its routes and state.
type handler struct {
	index   int // in registration order
	name    string
	kind    HandlerKind
	active  bool // enabled by its own configuration and by EnableKinds
	consume map[reflect.Type]struct{}
	produce map[reflect.Type]struct{}

	agg  dogma.AggregateMessageHandler
	proc dogma.ProcessMessageHandler
	intg dogma.IntegrationMessageHandler
	proj dogma.ProjectionMessageHandler

	// Scopes reused for every call, see handleAggregate, handleProjection
	// and newProcessScope.
	aggScope  aggregateScope
	procScope processScope
	projScope projectionScope

	aggregates map[string]*aggregateInstance
	processes  map[string]*processInstance
	ended      map[string]struct{} // process instances that have ended
	gen        uint64              // process incarnation counter
	cmp        *comparer           // the root comparer used last, see deepEqual

	// The type of the message the handler last produced, and its record,
	// once admit has found it declared: see admit.
	lastOut     reflect.Type
	lastOutMT   *msgType
	lastOutKind messageKind

	// model is the rule book's model of the handler, and routed its answers
	// on the types the handler produced: see routeOf.
	model  *validate.Handler
	routed map[reflect.Type]routedType
}

// msgType is what the engine knows of one message type of the application;
// looking it up once per message keeps reflect.Type map lookups off the
// hot path.
type msgType struct {
	name      string
	handler   *handler   // the handler of a command type
	consumers []*handler // the consumers of an event type, in registration order
}

// registrar records the handlers of an application in registration order,
// which configkit's map-based handler set does not keep.
type registrar struct {
	handlers []any
}

func (r *registrar) Identity(string, string) {}
func (r *registrar) RegisterAggregate(h dogma.AggregateMessageHandler, _ ...dogma.RegisterAggregateOption) {
	r.handlers = append(r.handlers, h)
}
func (r *registrar) RegisterProcess(h dogma.ProcessMessageHandler, _ ...dogma.RegisterProcessOption) {
	r.handlers = append(r.handlers, h)
}
func (r *registrar) RegisterIntegration(h dogma.IntegrationMessageHandler, _ ...dogma.RegisterIntegrationOption) {
	r.handlers = append(r.handlers, h)
}
func (r *registrar) RegisterProjection(h dogma.ProjectionMessageHandler, _ ...dogma.RegisterProjectionOption) {
	r.handlers = append(r.handlers, h)
}

// model turns a valid application into handlers in registration order. It
// panics, as configkit does, if the application is invalid; New recovers.
func model(app dogma.Application, enabled HandlerKind) (configkit.RichApplication, []*handler) {
	cfg := configkit.FromApplication(app)

	var reg registrar
	app.Configure(&reg)

	hs := make([]*handler, 0, len(reg.handlers))
	for _, v := range reg.handlers {
		h := &handler{index: len(hs)}
		var rh configkit.RichHandler
		switch x := v.(type) {
		case dogma.AggregateMessageHandler:
			rh, h.agg, h.kind = configkit.FromAggregate(x), x, AggregateKind
			h.aggregates = map[string]*aggregateInstance{}
		case dogma.ProcessMessageHandler:
			rh, h.proc, h.kind = configkit.FromProcess(x), x, ProcessKind
			h.processes = map[string]*processInstance{}
			h.ended = map[string]struct{}{}
		case dogma.IntegrationMessageHandler:
			rh, h.intg, h.kind = configkit.FromIntegration(x), x, IntegrationKind
		case dogma.ProjectionMessageHandler:
			rh, h.proj, h.kind = configkit.FromProjection(x), x, ProjectionKind
		}
		h.name = rh.Identity().Name
		h.active = !rh.IsDisabled() && enabled&h.kind != 0
		h.consume = map[reflect.Type]struct{}{}
		h.produce = map[reflect.Type]struct{}{}
		for t, m := range rh.MessageTypes() {
			if m.IsConsumed {
				h.consume[t.ReflectType()] = struct{}{}
			}
			if m.IsProduced {
				h.produce[t.ReflectType()] = struct{}{}
			}
		}
		hs = append(hs, h)
	}
	return cfg, hs
}

// panicError turns a value recovered from configkit into an error.
func panicError(v any) error {
	if err, ok := v.(error); ok {
		return fmt.Errorf("application is invalid: %w", err)
	}
	return fmt.Errorf("application is invalid: %v", v)
}

// typeName is the name used for a message type in violations and the
// journal: reflect's package-qualified name, e.g. "*app.Deposit".
func typeName(t reflect.Type) string {
	if t == nil {
		return "<nil>"
	}
	return t.String()
}

// describePanic formats a recovered value deterministically.
func describePanic(v any) string {
	s := fmt.Sprintf("%v", v)
	if _, ok := v.(error); !ok {
		if _, ok := v.(string); !ok {
			s = fmt.Sprintf("%v (%T)", v, v)
		}
	}
	return strings.TrimSpace(s)
}
