package dogmaapi

import "go/types"

// IsApplyEvent reports whether fn, the method a call selects, is an
// aggregate root's ApplyEvent: the AggregateRoot interface's method, or a
// method called ApplyEvent taking one dogma.Event and returning nothing,
// declared on a type that implements AggregateRoot (through a pointer or
// not). The engine calls it after each RecordEvent; handler code that calls
// it changes the root itself.
func (a *API) IsApplyEvent(fn *types.Func) bool {
	if fn == nil || fn.Name() != "ApplyEvent" || a.AggregateRoot == nil {
		return false
	}
	sig := fn.Signature()
	recv := sig.Recv()
	if recv == nil || sig.Params().Len() != 1 || sig.Results().Len() != 0 || !isNamed(sig.Params().At(0).Type(), a.Event) {
		return false
	}
	if fn.Pkg() == a.Pkg {
		return isNamed(recv.Type(), a.AggregateRoot)
	}
	root := iface(a.AggregateRoot)
	if root == nil {
		return false
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if types.IsInterface(t) {
		// An interface of the program's own that embeds or repeats
		// AggregateRoot's methods.
		return types.Implements(t, root)
	}
	return types.Implements(t, root) || types.Implements(types.NewPointer(t), root)
}
