package dogmaapi

import (
	"go/ast"
	"go/types"

	"github.com/dogmavet/dogmavet/validate"
)

type handlerKind struct {
	kind validate.HandlerKind
	ok   bool

	// iface is the handler interface T implements, instantiated with T's
	// root type when the interface is generic.
	iface *types.Interface
}

// HandlerKind returns the kind of handler that the named type T (or *T)
// implements. A type implementing several handler interfaces is ambiguous
// and reported as no handler.
//
// With GenericRoots, a type implements AggregateMessageHandler[R] (or
// ProcessMessageHandler[R]) for the R its New method returns, as Go infers R
// at ViaAggregate(h).
func (a *API) HandlerKind(t types.Type) (validate.HandlerKind, bool) {
	hk := a.handlerKind(t)
	return hk.kind, hk.ok
}

func (a *API) handlerKind(t types.Type) handlerKind {
	if ptr, ok := t.(*types.Pointer); ok {
		t = ptr.Elem()
	}
	a.mu.Lock()
	hk, ok := a.kinds[t]
	a.mu.Unlock()
	if ok {
		return hk
	}
	if _, ok := t.Underlying().(*types.Interface); !ok {
		ptr := types.NewPointer(t)
		n := 0
		for k := range a.Handlers {
			if it := a.handlerIface(ptr, validate.HandlerKind(k)); it != nil && types.Implements(ptr, it) {
				hk.kind, hk.iface, n = validate.HandlerKind(k), it, n+1
			}
		}
		hk.ok = n == 1
		if !hk.ok {
			hk.iface = nil
		}
	}
	a.mu.Lock()
	if a.kinds == nil {
		a.kinds = map[types.Type]handlerKind{}
	}
	a.kinds[t] = hk
	a.mu.Unlock()
	return hk
}

// handlerIface returns the handler interface of kind k that t would have
// to implement: the interface itself, or for a generic one its instance
// with the root type t's New returns (nil when t has no such New).
func (a *API) handlerIface(t types.Type, k validate.HandlerKind) *types.Interface {
	n := a.Handlers[k].Type().(*types.Named)
	if n.TypeParams().Len() == 0 {
		return n.Underlying().(*types.Interface)
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "New")
	fn, ok := obj.(*types.Func)
	if !ok || fn.Signature().Params().Len() != 0 || fn.Signature().Results().Len() != 1 {
		return nil
	}
	inst, err := types.Instantiate(a.ctxt, n, []types.Type{fn.Signature().Results().At(0).Type()}, true)
	if err != nil {
		return nil // the root does not satisfy the constraint
	}
	return inst.Underlying().(*types.Interface)
}

// Method is a handler method declared in the package under analysis.
type Method struct {
	Decl *ast.FuncDecl
	Kind validate.HandlerKind

	// Recv is the receiver's base type (without pointer).
	Recv *types.Named

	// Sig is the method's signature.
	Sig *types.Signature

	// Spec says which parameters are the root, scope and message.
	Spec MethodSpec
}

// Root returns the method's root parameter type (the handler's R with
// GenericRoots, else dogma.AggregateRoot or dogma.ProcessRoot), or nil for
// a method without one.
func (m *Method) Root() types.Type {
	if m.Spec.Root < 0 {
		return nil
	}
	return m.Sig.Params().At(m.Spec.Root).Type()
}

// Param returns the object of the i'th parameter, or nil when it is unnamed
// or blank.
func (m *Method) Param(info *types.Info, i int) *types.Var {
	n := 0
	for _, f := range m.Decl.Type.Params.List {
		if len(f.Names) == 0 {
			if n == i {
				return nil
			}
			n++
			continue
		}
		for _, name := range f.Names {
			if n == i {
				if name.Name == "_" {
					return nil
				}
				v, _ := info.Defs[name].(*types.Var)
				return v
			}
			n++
		}
	}
	return nil
}

// HandlerMethod returns fd as a method of the given name of a Dogma handler,
// or nil when fd is not one: not a method, the wrong name, a receiver that is
// not a handler, or a signature that differs from the dogma interface's (its
// instance for the handler's root with GenericRoots).
func (a *API) HandlerMethod(info *types.Info, fd *ast.FuncDecl, name string) *Method {
	if fd.Recv == nil || fd.Body == nil || fd.Name.Name != name {
		return nil
	}
	fn, ok := info.Defs[fd.Name].(*types.Func)
	if !ok {
		return nil
	}
	sig := fn.Signature()
	recv := sig.Recv().Type()
	if p, ok := recv.(*types.Pointer); ok {
		recv = p.Elem()
	}
	named, ok := recv.(*types.Named)
	if !ok {
		return nil
	}
	hk := a.handlerKind(named)
	if !hk.ok {
		return nil
	}
	want := interfaceMethod(hk.iface, name)
	if want == nil || !sameSignature(sig, want) {
		return nil
	}
	spec := a.spec(want)
	spec.Name = name
	return &Method{Decl: fd, Kind: hk.kind, Recv: named, Sig: sig, Spec: spec}
}

// RootMethod is as HandlerMethod for AggregateRoot.ApplyEvent: fd must be an
// ApplyEvent(dogma.Event) method of a named type.
func (a *API) RootMethod(info *types.Info, fd *ast.FuncDecl) *Method {
	if fd.Recv == nil || fd.Body == nil || fd.Name.Name != "ApplyEvent" {
		return nil
	}
	fn, ok := info.Defs[fd.Name].(*types.Func)
	if !ok {
		return nil
	}
	sig := fn.Signature()
	recv := sig.Recv().Type()
	if p, ok := recv.(*types.Pointer); ok {
		recv = p.Elem()
	}
	named, ok := recv.(*types.Named)
	if !ok {
		return nil
	}
	if sig.Params().Len() != 1 || sig.Results().Len() != 0 || !isNamed(sig.Params().At(0).Type(), a.Event) {
		return nil
	}
	return &Method{Decl: fd, Kind: validate.AggregateHandler, Recv: named, Sig: sig, Spec: MethodSpec{Name: "ApplyEvent", Root: -1, Scope: -1, Message: 0}}
}

func interfaceMethod(it *types.Interface, name string) *types.Signature {
	for i := range it.NumMethods() {
		if m := it.Method(i); m.Name() == name {
			return m.Signature()
		}
	}
	return nil
}

// sameSignature reports whether two method signatures are identical when
// their receivers are ignored.
func sameSignature(a, b *types.Signature) bool {
	return a.Variadic() == b.Variadic() &&
		types.Identical(a.Params(), b.Params()) &&
		types.Identical(a.Results(), b.Results())
}

// MethodSpec describes one method of a handler interface as this API
// declares it.
type MethodSpec struct {
	// Name is the method's name in this API, e.g. "HandleDeadline".
	Name string

	// Root, Scope and Message are the indexes of the root, scope and
	// message parameters, -1 for none.
	Root, Scope, Message int

	// Consumes is the kind of message the method handles, when Message is
	// not -1.
	Consumes validate.MessageKind
}

// HandlerMethods lists the methods of the handler interface of kind k that
// take a message, in the interface's order, e.g. for a v0.24.0+ process
// HandleEvent (root 1, scope 2, message 3) and HandleDeadline (1, 2, 3), and
// for a v0.15.0 projection HandleEvent (scope 4, message 5).
func (a *API) HandlerMethods(k validate.HandlerKind) []MethodSpec {
	it := iface(a.Handlers[k])
	var out []MethodSpec
	for i := range it.NumMethods() {
		if s := a.spec(it.Method(i).Signature()); s.Message >= 0 {
			s.Name = it.Method(i).Name()
			out = append(out, s)
		}
	}
	return out
}

// spec finds the root, scope and message parameters of a handler interface
// method by their types.
func (a *API) spec(sig *types.Signature) MethodSpec {
	s := MethodSpec{Root: -1, Scope: -1, Message: -1}
	for i := range sig.Params().Len() {
		t := types.Unalias(sig.Params().At(i).Type())
		switch {
		case isNamed(t, a.Command):
			s.Message, s.Consumes = i, validate.Command
		case isNamed(t, a.Event):
			s.Message, s.Consumes = i, validate.Event
		case isNamed(t, a.Timeout):
			s.Message, s.Consumes = i, validate.Timeout
		case a.isScope(t):
			s.Scope = i
		case isNamed(t, a.AggregateRoot) || isNamed(t, a.ProcessRoot):
			s.Root = i
		default:
			if _, ok := t.(*types.TypeParam); ok || isRootArg(sig, i, a) {
				s.Root = i
			}
		}
	}
	return s
}

// isRootArg reports whether parameter i of an instantiated generic handler
// method is the root: the parameter just before the scope, which is
// instantiated with the same type.
func isRootArg(sig *types.Signature, i int, a *API) bool {
	if i+1 >= sig.Params().Len() {
		return false
	}
	n, ok := types.Unalias(sig.Params().At(i + 1).Type()).(*types.Named)
	if !ok || !a.isScope(n) || n.TypeArgs().Len() != 1 {
		return false
	}
	return types.Identical(n.TypeArgs().At(0), sig.Params().At(i).Type())
}

// isScope reports whether t is one of the API's scope interfaces (or an
// instance of one).
func (a *API) isScope(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	obj := n.Origin().Obj()
	return obj.Pkg() == a.Pkg && a.Scopes[obj.Name()] == obj
}
