package dogmaconfig

import (
	"go/types"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmatypes"
	"github.com/dogmavet/dogmavet/validate"
)

const dogmaPath = "github.com/dogmatiq/dogma"

// dogmaAPI holds the parts of the dogma package extraction recognises.
type dogmaAPI struct {
	pkg                     *types.Package
	command, event, timeout *types.Interface

	// msgTypes caches messageType: the same few message types appear in
	// many routes, and each description costs up to six types.Implements.
	msgTypes map[types.Type]validate.MessageType
}

// findDogma returns the dogma package as imported (directly or not) by pkg,
// or nil when pkg does not depend on it.
func findDogma(pkg *types.Package) *dogmaAPI {
	seen := map[*types.Package]bool{}
	var find func(p *types.Package) *types.Package
	find = func(p *types.Package) *types.Package {
		if p.Path() == dogmaPath {
			return p
		}
		if seen[p] {
			return nil
		}
		seen[p] = true
		for _, imp := range p.Imports() {
			if d := find(imp); d != nil {
				return d
			}
		}
		return nil
	}
	p := find(pkg)
	if p == nil {
		return nil
	}
	d := &dogmaAPI{pkg: p}
	d.command = d.iface("Command")
	d.event = d.iface("Event")
	d.timeout = d.iface("Timeout")
	if d.command == nil || d.event == nil || d.timeout == nil {
		// Not the dogma API we know: extract nothing rather than guess.
		return nil
	}
	return d
}

func (d *dogmaAPI) iface(name string) *types.Interface {
	if tn, ok := d.pkg.Scope().Lookup(name).(*types.TypeName); ok {
		if i, ok := tn.Type().Underlying().(*types.Interface); ok {
			return i
		}
	}
	return nil
}

// entityKind is what a Configure method configures.
type entityKind int

const (
	notEntity entityKind = iota
	applicationEntity
	handlerEntity
)

// configurerKind classifies a type as one of dogma's configurer interfaces.
func (d *dogmaAPI) configurerKind(t types.Type) (entityKind, validate.HandlerKind) {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != d.pkg {
		return notEntity, 0
	}
	switch n.Obj().Name() {
	case "ApplicationConfigurer":
		return applicationEntity, 0
	case "AggregateConfigurer":
		return handlerEntity, validate.AggregateHandler
	case "ProcessConfigurer":
		return handlerEntity, validate.ProcessHandler
	case "IntegrationConfigurer":
		return handlerEntity, validate.IntegrationHandler
	case "ProjectionConfigurer":
		return handlerEntity, validate.ProjectionHandler
	}
	return notEntity, 0
}

// isConfigurer reports whether t is one of dogma's configurer interfaces.
func (d *dogmaAPI) isConfigurer(t types.Type) bool {
	k, _ := d.configurerKind(t)
	return k != notEntity
}

var routeFuncs = map[string]validate.RouteKind{
	"HandlesCommand":   validate.HandlesCommandRoute,
	"RecordsEvent":     validate.RecordsEventRoute,
	"HandlesEvent":     validate.HandlesEventRoute,
	"ExecutesCommand":  validate.ExecutesCommandRoute,
	"SchedulesTimeout": validate.SchedulesTimeoutRoute,
}

var routeStructs = map[string]validate.RouteKind{
	"HandlesCommandRoute":   validate.HandlesCommandRoute,
	"RecordsEventRoute":     validate.RecordsEventRoute,
	"HandlesEventRoute":     validate.HandlesEventRoute,
	"ExecutesCommandRoute":  validate.ExecutesCommandRoute,
	"SchedulesTimeoutRoute": validate.SchedulesTimeoutRoute,
}

var registerMethods = map[string]validate.HandlerKind{
	"RegisterAggregate":   validate.AggregateHandler,
	"RegisterProcess":     validate.ProcessHandler,
	"RegisterIntegration": validate.IntegrationHandler,
	"RegisterProjection":  validate.ProjectionHandler,
}

// routeFunc returns the route kind of a dogma route function.
func (d *dogmaAPI) routeFunc(fn *types.Func) (validate.RouteKind, bool) {
	if fn == nil || fn.Pkg() != d.pkg {
		return 0, false
	}
	if sig, ok := fn.Type().(*types.Signature); !ok || sig.Recv() != nil {
		return 0, false
	}
	k, ok := routeFuncs[fn.Name()]
	return k, ok
}

// routeStruct returns the route kind of a dogma route struct type.
func (d *dogmaAPI) routeStruct(t types.Type) (validate.RouteKind, bool) {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != d.pkg {
		return 0, false
	}
	k, ok := routeStructs[n.Obj().Name()]
	return k, ok
}

// isRouteValueType reports whether values of type t can hold routes: a
// dogma route interface or route struct.
func (d *dogmaAPI) isRouteValueType(t types.Type) bool {
	if _, ok := d.routeStruct(t); ok {
		return true
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != d.pkg {
		return false
	}
	switch n.Obj().Name() {
	case "Route", "AggregateRoute", "ProcessRoute", "IntegrationRoute", "ProjectionRoute":
		return true
	}
	return false
}

// isRouteSliceType reports whether t is a slice of route values.
func (d *dogmaAPI) isRouteSliceType(t types.Type) bool {
	s, ok := types.Unalias(t).Underlying().(*types.Slice)
	return ok && d.isRouteValueType(s.Elem())
}

// kinds returns the message kinds t implements.
func (d *dogmaAPI) kinds(t types.Type) validate.MessageKindSet {
	var s validate.MessageKindSet
	if types.Implements(t, d.command) {
		s = s.With(validate.Command)
	}
	if types.Implements(t, d.event) {
		s = s.With(validate.Event)
	}
	if types.Implements(t, d.timeout) {
		s = s.With(validate.Timeout)
	}
	return s
}

// messageType describes t as validate sees message types.
func (d *dogmaAPI) messageType(t types.Type) *validate.MessageType {
	// An alias is the type it names, in routes as anywhere: *Alias and
	// Generic[Alias] too.
	t = dogmatypes.Unalias(t)
	if mt, ok := d.msgTypes[t]; ok {
		return &mt
	}
	mt := d.describe(t)
	if d.msgTypes == nil {
		d.msgTypes = map[types.Type]validate.MessageType{}
	}
	d.msgTypes[t] = *mt
	return mt
}

func (d *dogmaAPI) describe(t types.Type) *validate.MessageType {
	mt := &validate.MessageType{
		Name:       types.TypeString(t, nil),
		Display:    types.TypeString(t, packageName),
		Implements: d.kinds(t),
	}
	if types.IsInterface(t) {
		mt.Interface = true
		return mt
	}
	if p, ok := t.(*types.Pointer); ok {
		mt.Pointer = true
		mt.ElemImplements = d.kinds(p.Elem())
		return mt
	}
	mt.PointerImplements = d.kinds(types.NewPointer(t))
	return mt
}

// packageName qualifies types by package name, as reflect.Type.String does.
func packageName(p *types.Package) string { return p.Name() }
