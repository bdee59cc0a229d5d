package runtime

import (
	"reflect"
	"unsafe"
)

// The new-inconsistent and root-modified-outside-apply checks compare roots
// with reflect.DeepEqual semantics after every command, which made
// reflect.DeepEqual one of the engine's largest costs. Most roots are
// pointers to flat structs: booleans, numbers and strings, in nested structs
// and arrays. For those, reflect.DeepEqual is the same as == on every leaf
// field, so the engine compiles, once per type, the list of leaf fields and
// compares them directly. Any other root uses reflect.DeepEqual itself.

// maxLeaves bounds the compiled field list; larger roots use reflect.
const maxLeaves = 256

// leaf is one field of a flat struct: its offset from the struct's start
// and its kind.
type leaf struct {
	off  uintptr
	kind reflect.Kind
}

// comparer compares two values of one type. leaves is nil when the type is
// not a pointer to a flat struct.
type comparer struct {
	typ    reflect.Type
	leaves []leaf
}

// comparerFor returns the comparer of t, compiling it on first use.
func (e *Engine) comparerFor(t reflect.Type) *comparer {
	if c, ok := e.comparers[t]; ok {
		return c
	}
	c := &comparer{typ: t}
	if t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct {
		if ls, ok := flatLeaves(t.Elem(), 0, nil); ok {
			c.leaves = ls
		}
	}
	if e.comparers == nil {
		e.comparers = map[reflect.Type]*comparer{}
	}
	e.comparers[t] = c
	return c
}

// flatLeaves appends the leaf fields of t, a struct or array at offset off,
// and reports whether t is flat.
func flatLeaves(t reflect.Type, off uintptr, ls []leaf) ([]leaf, bool) {
	switch t.Kind() {
	case reflect.Bool,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128,
		reflect.String:
		if len(ls) == maxLeaves {
			return nil, false
		}
		return append(ls, leaf{off: off, kind: t.Kind()}), true
	case reflect.Struct:
		for i := range t.NumField() {
			f := t.Field(i)
			var ok bool
			if ls, ok = flatLeaves(f.Type, off+f.Offset, ls); !ok {
				return nil, false
			}
		}
		if ls == nil {
			ls = []leaf{} // an empty struct is flat, with nothing to compare
		}
		return ls, true
	case reflect.Array:
		for i := range t.Len() {
			var ok bool
			if ls, ok = flatLeaves(t.Elem(), off+uintptr(i)*t.Elem().Size(), ls); !ok {
				return nil, false
			}
		}
		if ls == nil {
			ls = []leaf{}
		}
		return ls, true
	}
	return nil, false
}

// deepEqual reports whether x and y are reflect.DeepEqual.
// h keeps the comparer it used last, which saves the map lookup.
func (e *Engine) deepEqual(h *handler, x, y any) bool {
	if x == nil || y == nil {
		return x == y
	}
	t := reflect.TypeOf(x)
	if t != reflect.TypeOf(y) {
		return false
	}
	c := h.cmp
	if c == nil || c.typ != t {
		c = e.comparerFor(t)
		h.cmp = c
	}
	if c.leaves == nil {
		return reflect.DeepEqual(x, y)
	}
	// As reflect.DeepEqual: the same pointer is equal to itself, a nil
	// pointer only to another nil pointer, and otherwise the structs are
	// compared field by field.
	p, q := reflect.ValueOf(x).UnsafePointer(), reflect.ValueOf(y).UnsafePointer()
	if p == q {
		return true
	}
	if p == nil || q == nil {
		return false
	}
	return c.equal(p, q)
}

// equal compares the structs at p and q leaf by leaf, with Go's == on each
// leaf, as reflect.DeepEqual does for these kinds (so NaN is unequal to
// itself).
func (c *comparer) equal(p, q unsafe.Pointer) bool {
	for _, l := range c.leaves {
		a, b := unsafe.Add(p, l.off), unsafe.Add(q, l.off)
		var eq bool
		switch l.kind {
		case reflect.Bool:
			eq = *(*bool)(a) == *(*bool)(b)
		case reflect.Int8, reflect.Uint8:
			eq = *(*uint8)(a) == *(*uint8)(b)
		case reflect.Int16, reflect.Uint16:
			eq = *(*uint16)(a) == *(*uint16)(b)
		case reflect.Int32, reflect.Uint32:
			eq = *(*uint32)(a) == *(*uint32)(b)
		case reflect.Int64, reflect.Uint64:
			eq = *(*uint64)(a) == *(*uint64)(b)
		case reflect.Int, reflect.Uint, reflect.Uintptr:
			eq = *(*uintptr)(a) == *(*uintptr)(b)
		case reflect.Float32:
			eq = *(*float32)(a) == *(*float32)(b)
		case reflect.Float64:
			eq = *(*float64)(a) == *(*float64)(b)
		case reflect.Complex64:
			eq = *(*complex64)(a) == *(*complex64)(b)
		case reflect.Complex128:
			eq = *(*complex128)(a) == *(*complex128)(b)
		case reflect.String:
			eq = *(*string)(a) == *(*string)(b)
		}
		if !eq {
			return false
		}
	}
	return true
}
