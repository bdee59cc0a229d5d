package dogmatypes

import (
	"go/types"

	"github.com/dogmavet/dogmavet/validate"
)

// MessageType describes t for comparison with route types: Name is spelled
// as dogmaconfig and validate.MessageTypeOf spell it, types.TypeString(t,
// nil); Display qualifies by package name, as a user reads it. A type named
// through an alias is described as the type the alias names.
func (d *Dogma) MessageType(t types.Type) *validate.MessageType {
	t = Unalias(t)
	d.mu.Lock()
	cached, ok := d.msgTypes[t]
	d.mu.Unlock()
	if ok {
		return &cached
	}
	mt := d.describe(t)
	d.mu.Lock()
	if d.msgTypes == nil {
		d.msgTypes = map[types.Type]validate.MessageType{}
	}
	d.msgTypes[t] = *mt
	d.mu.Unlock()
	return mt
}

func (d *Dogma) describe(t types.Type) *validate.MessageType {
	mt := &validate.MessageType{
		Name:    types.TypeString(t, nil),
		Display: Display(t),
	}
	_, mt.Interface = t.Underlying().(*types.Interface)
	kinds := func(t types.Type) validate.MessageKindSet {
		var s validate.MessageKindSet
		for k, iface := range [...]*types.Interface{d.Command, d.Event, d.Timeout} {
			if iface != nil && types.Implements(t, iface) {
				s = s.With(validate.MessageKind(k))
			}
		}
		return s
	}
	mt.Implements = kinds(t)
	if p, ok := t.(*types.Pointer); ok {
		mt.Pointer = true
		mt.ElemImplements = kinds(p.Elem())
	} else if !mt.Interface {
		mt.PointerImplements = kinds(types.NewPointer(t))
	}
	return mt
}

// Display spells t qualified by package names, e.g. "*messages.Opened".
func Display(t types.Type) string {
	return types.TypeString(t, func(p *types.Package) string { return p.Name() })
}

// Unalias returns t with every alias in it replaced by the type it names: in
// t itself, the element of a pointer and the type arguments of a generic
// type. An alias is the same type as the one it names, but
// types.TypeString spells it by the alias's name, and message types are
// compared by that spelling.
func Unalias(t types.Type) types.Type {
	switch u := types.Unalias(t).(type) {
	case *types.Pointer:
		if e := Unalias(u.Elem()); e != u.Elem() {
			return types.NewPointer(e)
		}
		return u
	case *types.Named:
		args := u.TypeArgs()
		if args.Len() == 0 {
			return u
		}
		changed := false
		targs := make([]types.Type, args.Len())
		for i := range args.Len() {
			targs[i] = Unalias(args.At(i))
			changed = changed || targs[i] != args.At(i)
		}
		if !changed {
			return u
		}
		// The arguments are identical to the ones u was instantiated
		// with, so they satisfy its constraints.
		inst, err := types.Instantiate(nil, u.Origin(), targs, false)
		if err != nil {
			return u
		}
		return inst
	default:
		return u
	}
}
