// Package typeparams tells whether a type mentions a type parameter: such a
// type is only known once the generic code it appears in is instantiated,
// so the analyzers do not name it in a finding or a fact.
package typeparams

import "go/types"

// In reports whether t mentions a type parameter anywhere: itself, the
// element of a pointer, slice, array, map or channel, a type argument of a
// named type, a struct field, or a function parameter or result.
func In(t types.Type) bool {
	return in(t, map[types.Type]bool{})
}

func in(t types.Type, seen map[types.Type]bool) bool {
	if t == nil || seen[t] {
		return false
	}
	seen[t] = true
	switch t := types.Unalias(t).(type) {
	case *types.TypeParam:
		return true
	case *types.Pointer:
		return in(t.Elem(), seen)
	case *types.Slice:
		return in(t.Elem(), seen)
	case *types.Array:
		return in(t.Elem(), seen)
	case *types.Map:
		return in(t.Key(), seen) || in(t.Elem(), seen)
	case *types.Chan:
		return in(t.Elem(), seen)
	case *types.Named:
		for i := range t.TypeArgs().Len() {
			if in(t.TypeArgs().At(i), seen) {
				return true
			}
		}
	case *types.Struct:
		for i := range t.NumFields() {
			if in(t.Field(i).Type(), seen) {
				return true
			}
		}
	case *types.Signature:
		for i := range t.Params().Len() {
			if in(t.Params().At(i).Type(), seen) {
				return true
			}
		}
		for i := range t.Results().Len() {
			if in(t.Results().At(i).Type(), seen) {
				return true
			}
		}
	}
	return false
}
