package dogmaapi

import (
	"go/types"
	"sync"

	"github.com/dogmavet/dogmavet/validate"
)

// Path is the import path of the dogma module.
const Path = "github.com/dogmatiq/dogma"

// API is one recognised dogma package: its generation and the objects the
// analyzers need. Objects a generation lacks are nil (ProcessScope before
// v0.16.0, the registry functions before v0.16.0, the route struct of a
// v0.16.0+ route function's result...). An API is safe for concurrent use:
// analyzers sharing it through [Analyzer] run concurrently.
type API struct {
	Pkg *types.Package

	// Version is the module version the caller passed, "" when unknown.
	Version string

	Generation

	// Names spells the timeout concept as this API does.
	Names Names

	Application, ApplicationConfigurer *types.TypeName

	// Handlers and Configurers hold the four handler interfaces and their
	// configurers, indexed by validate.HandlerKind. With GenericRoots the
	// aggregate and process handler interfaces are generic (uninstantiated).
	Handlers    [4]*types.TypeName
	Configurers [4]*types.TypeName

	// Message, Command, Event and Timeout are the message interfaces;
	// Timeout is dogma.Deadline from v0.24.0.
	Message, Command, Event, Timeout *types.TypeName

	AggregateRoot, ProcessRoot *types.TypeName

	// UnexpectedMessage is the dogma.UnexpectedMessage variable.
	UnexpectedMessage *types.Var

	// Scopes holds every handler scope interface (AggregateCommandScope,
	// ProcessScope, ProcessEventScope, ProcessTimeoutScope or
	// ProcessDeadlineScope, IntegrationCommandScope, ProjectionEventScope,
	// ProjectionCompactScope, ProjectionResetScope, HandlerScope) present in
	// this generation, by name.
	Scopes map[string]*types.TypeName

	// Behaviors holds the embeddable behaviour types present, by kind.
	Behaviors map[Behavior]*types.TypeName

	// routeFuncs, routeStructs, viaFuncs, registerMethods and registryFuncs
	// map the API's functions, methods and types to their meaning.
	routeFuncs      map[*types.Func]validate.RouteKind
	routeStructs    map[*types.TypeName]validate.RouteKind
	routeIfaces     map[*types.TypeName]bool
	viaFuncs        map[*types.Func]validate.HandlerKind
	handlerRoutes   map[*types.TypeName]validate.HandlerKind
	registerMethods map[string]validate.HandlerKind
	registryFuncs   map[*types.Func]validate.MessageKind
	messageIfaces   [3]*types.Interface

	ctxt *types.Context

	// mu guards the caches below.
	mu       sync.Mutex
	kinds    map[types.Type]handlerKind
	msgTypes map[types.Type]validate.MessageType
}

// Behavior is one of dogma's embeddable behaviour types.
type Behavior int

const (
	// NoTimeoutMessagesBehavior is NoTimeoutMessagesBehavior, or
	// NoDeadlineMessagesBehavior[R] from v0.24.0; Names has the spelling.
	NoTimeoutMessagesBehavior Behavior = iota + 1
	StatelessProcessBehavior
	NoCompactBehavior
	NoSnapshotBehavior // v0.17.0 on
	NoResetBehavior    // v0.18.0 on
)

// lookup returns the type name called name in the package, or nil.
func (a *API) lookup(name string) *types.TypeName {
	tn, _ := a.Pkg.Scope().Lookup(name).(*types.TypeName)
	return tn
}

// lookupFunc returns the package-level function called name, or nil.
func (a *API) lookupFunc(name string) *types.Func {
	fn, _ := a.Pkg.Scope().Lookup(name).(*types.Func)
	if fn == nil || fn.Signature().Recv() != nil {
		return nil
	}
	return fn
}

// iface returns the underlying interface of tn, or nil.
func iface(tn *types.TypeName) *types.Interface {
	if tn == nil {
		return nil
	}
	i, _ := tn.Type().Underlying().(*types.Interface)
	return i
}

// method returns the method called name of tn's type, or nil.
func method(tn *types.TypeName, name string) *types.Func {
	if tn == nil {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(tn.Type(), true, tn.Pkg(), name)
	fn, _ := obj.(*types.Func)
	return fn
}

// isNamed reports whether t is the named type tn (or an instance of it).
func isNamed(t types.Type, tn *types.TypeName) bool {
	if tn == nil {
		return false
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Origin().Obj() == tn
}
