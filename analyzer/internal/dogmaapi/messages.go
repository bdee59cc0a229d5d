package dogmaapi

import (
	"go/ast"
	"go/types"

	"github.com/dogmavet/dogmavet/analyzer/internal/noreturn"
	"github.com/dogmavet/dogmavet/validate"
)

// MessageKinds returns the message kinds t implements: which of Command,
// Event and Timeout (Deadline) it satisfies.
func (a *API) MessageKinds(t types.Type) validate.MessageKindSet {
	var s validate.MessageKindSet
	for k, it := range a.messageIfaces {
		if types.Implements(t, it) {
			s = s.With(validate.MessageKind(k))
		}
	}
	return s
}

// MessageType describes t for comparison with route types: Name is spelled
// types.TypeString(t, nil), as validate.MessageTypeOf spells a reflect.Type;
// Display qualifies by package name, as a user reads it. A type named
// through an alias is described as the type the alias names (see Unalias).
// Descriptions are cached: the same few message types appear in many routes
// and scope calls.
func (a *API) MessageType(t types.Type) *validate.MessageType {
	t = Unalias(t)
	a.mu.Lock()
	cached, ok := a.msgTypes[t]
	a.mu.Unlock()
	if ok {
		return &cached
	}
	mt := &validate.MessageType{
		Name:       types.TypeString(t, nil),
		Display:    Display(t),
		Implements: a.MessageKinds(t),
	}
	switch {
	case types.IsInterface(t):
		mt.Interface = true
	case isPointer(t):
		mt.Pointer = true
		mt.ElemImplements = a.MessageKinds(t.(*types.Pointer).Elem())
	default:
		mt.PointerImplements = a.MessageKinds(types.NewPointer(t))
	}
	a.mu.Lock()
	if a.msgTypes == nil {
		a.msgTypes = map[types.Type]validate.MessageType{}
	}
	a.msgTypes[t] = *mt
	a.mu.Unlock()
	return mt
}

func isPointer(t types.Type) bool {
	_, ok := t.(*types.Pointer)
	return ok
}

// Display spells t qualified by package names, e.g. "*messages.Opened".
func Display(t types.Type) string {
	return types.TypeString(t, func(p *types.Package) string { return p.Name() })
}

// IsUnexpectedMessage reports whether e is a reference to
// dogma.UnexpectedMessage.
func (a *API) IsUnexpectedMessage(info *types.Info, e ast.Expr) bool {
	var id *ast.Ident
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	default:
		return false
	}
	return info.Uses[id] == a.UnexpectedMessage
}

// IsPanicUnexpected reports whether stmt is panic(dogma.UnexpectedMessage).
func (a *API) IsPanicUnexpected(info *types.Info, stmt ast.Stmt) bool {
	arg, ok := noreturn.PanicArg(info, stmt)
	return ok && a.IsUnexpectedMessage(info, arg)
}

// Behavior returns which of the API's behaviour types t is (or, for the
// generic NoDeadlineMessagesBehavior[R], an instance of).
func (a *API) Behavior(t types.Type) (Behavior, bool) {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return 0, false
	}
	for b, tn := range a.Behaviors {
		if n.Origin().Obj() == tn {
			return b, true
		}
	}
	return 0, false
}
