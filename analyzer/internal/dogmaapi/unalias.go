package dogmaapi

import "go/types"

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
