// Package dogmatypes recognises Dogma handler types and handler methods in
// type-checked Go code.
//
// A method only counts as a handler method when its receiver's type
// implements a Dogma handler interface and the method's signature is
// identical to the interface method's, so look-alikes (a HandleCommand
// method on an unrelated type, or one whose scope parameter is some other
// type) are never mistaken for handlers.
package dogmatypes

import (
	"go/ast"
	"go/types"
	"sync"

	"github.com/dogmavet/dogmavet/validate"
)

// Path is the import path of the dogma module.
const Path = "github.com/dogmatiq/dogma"

// Dogma holds the dogma package's objects that the analyzers need.
type Dogma struct {
	Pkg *types.Package

	// Handlers holds the four handler interfaces, indexed by
	// validate.HandlerKind.
	Handlers [4]*types.Interface

	Command, Event, Timeout *types.Interface

	// UnexpectedMessage is the dogma.UnexpectedMessage variable.
	UnexpectedMessage *types.Var

	// NoTimeoutMessagesBehavior is the named type of that name.
	NoTimeoutMessagesBehavior *types.Named

	// mu guards the caches: analyzers sharing this Dogma (see Analyzer) run
	// concurrently.
	mu sync.Mutex

	// kinds caches HandlerKind by receiver type: every handler has several
	// methods, and each analyzer asks about each of them.
	kinds map[types.Type]handlerKind

	// msgTypes caches MessageType, for the same reason.
	msgTypes map[types.Type]validate.MessageType
}

type handlerKind struct {
	kind validate.HandlerKind
	ok   bool
}

// Find returns the dogma package as seen from pkg, or nil when pkg does not
// depend on it (then pkg has no handlers to check).
func Find(pkg *types.Package) *Dogma {
	p := findPkg(pkg, map[*types.Package]bool{})
	if p == nil {
		return nil
	}
	iface := func(name string) *types.Interface {
		if tn, ok := p.Scope().Lookup(name).(*types.TypeName); ok {
			if i, ok := tn.Type().Underlying().(*types.Interface); ok {
				return i
			}
		}
		return nil
	}
	d := &Dogma{
		Pkg:     p,
		Command: iface("Command"),
		Event:   iface("Event"),
		Timeout: iface("Timeout"),
	}
	d.Handlers[validate.AggregateHandler] = iface("AggregateMessageHandler")
	d.Handlers[validate.ProcessHandler] = iface("ProcessMessageHandler")
	d.Handlers[validate.IntegrationHandler] = iface("IntegrationMessageHandler")
	d.Handlers[validate.ProjectionHandler] = iface("ProjectionMessageHandler")
	for _, h := range d.Handlers {
		if h == nil {
			// Not the dogma API we know: stay silent rather than guess.
			return nil
		}
	}
	d.UnexpectedMessage, _ = p.Scope().Lookup("UnexpectedMessage").(*types.Var)
	if tn, ok := p.Scope().Lookup("NoTimeoutMessagesBehavior").(*types.TypeName); ok {
		d.NoTimeoutMessagesBehavior, _ = tn.Type().(*types.Named)
	}
	return d
}

func findPkg(pkg *types.Package, seen map[*types.Package]bool) *types.Package {
	if pkg.Path() == Path {
		return pkg
	}
	if seen[pkg] {
		return nil
	}
	seen[pkg] = true
	for _, imp := range pkg.Imports() {
		if p := findPkg(imp, seen); p != nil {
			return p
		}
	}
	return nil
}

// HandlerKind returns the kind of handler that the named type T (or *T)
// implements. A type implementing several handler interfaces is ambiguous
// and reported as no handler.
func (d *Dogma) HandlerKind(t types.Type) (validate.HandlerKind, bool) {
	if ptr, ok := t.(*types.Pointer); ok {
		t = ptr.Elem()
	}
	d.mu.Lock()
	hk, ok := d.kinds[t]
	d.mu.Unlock()
	if ok {
		return hk.kind, hk.ok
	}
	if _, ok := t.Underlying().(*types.Interface); !ok {
		ptr := types.NewPointer(t)
		n := 0
		for k, iface := range d.Handlers {
			if types.Implements(ptr, iface) {
				hk.kind, n = validate.HandlerKind(k), n+1
			}
		}
		hk.ok = n == 1
	}
	d.mu.Lock()
	if d.kinds == nil {
		d.kinds = map[types.Type]handlerKind{}
	}
	d.kinds[t] = hk
	d.mu.Unlock()
	return hk.kind, hk.ok
}

// Method is a handler method declared in the package under analysis.
type Method struct {
	Decl *ast.FuncDecl
	Kind validate.HandlerKind

	// Recv is the receiver's base type (without pointer).
	Recv *types.Named

	// Sig is the method's signature.
	Sig *types.Signature
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
// not a handler, or a signature that differs from the dogma interface's.
func (d *Dogma) HandlerMethod(info *types.Info, fd *ast.FuncDecl, name string) *Method {
	if fd.Recv == nil || fd.Body == nil || fd.Name.Name != name {
		return nil
	}
	fn, ok := info.Defs[fd.Name].(*types.Func)
	if !ok {
		return nil
	}
	sig := fn.Type().(*types.Signature)
	recv := sig.Recv().Type()
	if p, ok := recv.(*types.Pointer); ok {
		recv = p.Elem()
	}
	named, ok := recv.(*types.Named)
	if !ok {
		return nil
	}
	kind, ok := d.HandlerKind(named)
	if !ok {
		return nil
	}
	want := d.interfaceMethod(d.Handlers[kind], name)
	if want == nil || !sameSignature(sig, want) {
		return nil
	}
	return &Method{Decl: fd, Kind: kind, Recv: named, Sig: sig}
}

// RootMethod is as HandlerMethod for AggregateRoot.ApplyEvent: fd must be an
// ApplyEvent method of a type that implements dogma.AggregateRoot.
func (d *Dogma) RootMethod(info *types.Info, fd *ast.FuncDecl) *Method {
	if fd.Recv == nil || fd.Body == nil || fd.Name.Name != "ApplyEvent" {
		return nil
	}
	fn, ok := info.Defs[fd.Name].(*types.Func)
	if !ok {
		return nil
	}
	sig := fn.Type().(*types.Signature)
	recv := sig.Recv().Type()
	if p, ok := recv.(*types.Pointer); ok {
		recv = p.Elem()
	}
	named, ok := recv.(*types.Named)
	if !ok || d.Event == nil {
		return nil
	}
	if sig.Params().Len() != 1 || sig.Results().Len() != 0 ||
		!types.Identical(sig.Params().At(0).Type(), d.Pkg.Scope().Lookup("Event").Type()) {
		return nil
	}
	return &Method{Decl: fd, Kind: validate.AggregateHandler, Recv: named, Sig: sig}
}

func (d *Dogma) interfaceMethod(iface *types.Interface, name string) *types.Signature {
	for i := range iface.NumMethods() {
		if m := iface.Method(i); m.Name() == name {
			return m.Type().(*types.Signature)
		}
	}
	return nil
}

// sameSignature reports whether two method signatures are identical when
// their receivers are ignored. Comparing the tuples directly spares building
// receiver-less copies of both for every method of every handler.
func sameSignature(a, b *types.Signature) bool {
	return a.Variadic() == b.Variadic() &&
		types.Identical(a.Params(), b.Params()) &&
		types.Identical(a.Results(), b.Results())
}

// IsUnexpectedMessage reports whether e is a reference to
// dogma.UnexpectedMessage.
func (d *Dogma) IsUnexpectedMessage(info *types.Info, e ast.Expr) bool {
	e = ast.Unparen(e)
	var id *ast.Ident
	switch e := e.(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	default:
		return false
	}
	return d.UnexpectedMessage != nil && info.Uses[id] == d.UnexpectedMessage
}

// IsPanicUnexpected reports whether stmt is panic(dogma.UnexpectedMessage).
func (d *Dogma) IsPanicUnexpected(info *types.Info, stmt ast.Stmt) bool {
	es, ok := stmt.(*ast.ExprStmt)
	if !ok {
		return false
	}
	call, ok := ast.Unparen(es.X).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return false
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	if b, ok := info.Uses[id].(*types.Builtin); !ok || b.Name() != "panic" {
		return false
	}
	return d.IsUnexpectedMessage(info, call.Args[0])
}
