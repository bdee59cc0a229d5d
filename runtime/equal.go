package runtime

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"unsafe"
)

// The new-inconsistent and root-modified-outside-apply checks compare roots
// after every command, which made reflect.DeepEqual one of the engine's
// largest costs. Most roots are pointers to flat structs: booleans, numbers
// and strings, in nested structs and arrays. For those, reflect.DeepEqual is
// the same as == on every leaf field, so the engine compiles, once per type,
// the list of leaf fields and compares them directly.
//
// Some values cannot be compared in a way that means "the same state": a
// func is equal only to nil, a channel only to itself, so a root and its
// shadow, each built by New(), never agree on them; and the unexported
// fields of another package's types (a sync.Once, a logger, a cache) are
// that package's bookkeeping, which may change when the root is merely used.
// The engine compares everything else, as reflect.DeepEqual would (another
// package's type with an Equal method, such as time.Time, with that method),
// skips those, and says in the journal, once per root type, what it skipped. A
// root with none of them, and no interface that could hold one, goes through
// reflect.DeepEqual itself.

// maxLeaves bounds the compiled field list; larger roots use reflect.
const maxLeaves = 256

// leaf is one field of a flat struct: its offset from the struct's start
// and its kind.
type leaf struct {
	off  uintptr
	kind reflect.Kind
}

// comparer compares two values of one type. leaves is nil when the type is
// not a pointer to a flat struct; walk is true when the comparison must
// skip values that cannot be compared (see skipper).
type comparer struct {
	typ    reflect.Type
	leaves []leaf
	walk   bool
	pkg    string // the root's package; see foreignUnexported

	// skipped lists what the comparison skips, once known, and noted how
	// much of it the journal has said.
	skipped []string
	noted   int
}

// comparerFor returns the comparer of t, compiling it on first use.
func (e *Engine) comparerFor(t reflect.Type) *comparer {
	if c, ok := e.comparers[t]; ok {
		return c
	}
	c := &comparer{typ: t, pkg: rootPackage(t)}
	if t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct {
		if ls, ok := c.flatLeaves(t.Elem(), 0, nil, typeName(t)); ok {
			c.leaves = ls
		}
	}
	if c.leaves == nil {
		c.walk = needsWalk(t, c.pkg, map[reflect.Type]bool{})
	}
	if e.comparers == nil {
		e.comparers = map[reflect.Type]*comparer{}
	}
	e.comparers[t] = c
	return c
}

// flatLeaves appends the leaf fields of t, a struct or array at offset off
// reached by path, and reports whether t is flat. The unexported fields of
// another package's structs are skipped, and listed in c.skipped.
func (c *comparer) flatLeaves(t reflect.Type, off uintptr, ls []leaf, path string) ([]leaf, bool) {
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
		if hasEqualMethod(t, c.pkg) {
			return nil, false // compared with its Equal method, see equalMethod
		}
		for i := range t.NumField() {
			f := t.Field(i)
			if foreignUnexported(t, f, c.pkg) {
				if f.Name != "_" { // a blank field holds nothing to skip
					c.skip(path+"."+f.Name, "unexported field of "+t.String())
				}
				continue
			}
			var ok bool
			if ls, ok = c.flatLeaves(f.Type, off+f.Offset, ls, path+"."+f.Name); !ok {
				c.skipped = nil
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
			if ls, ok = c.flatLeaves(t.Elem(), off+uintptr(i)*t.Elem().Size(), ls, path+"[]"); !ok {
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

// deepEqual reports whether x and y are reflect.DeepEqual, apart from what
// cannot be compared, which is skipped: see comparer. The first time a root
// type's comparison skips something, a notice at s says what.
// h keeps the comparer it used last, which saves the map lookup.
func (e *Engine) deepEqual(s site, x, y any) bool {
	h := s.h
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
		if !c.walk {
			return reflect.DeepEqual(x, y)
		}
		eq := (&skipper{c: c}).equal(reflect.ValueOf(x), reflect.ValueOf(y))
		e.noteSkipped(s, c)
		return eq
	}
	if c.noted < len(c.skipped) {
		e.noteSkipped(s, c)
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

// noteSkipped journals what c skipped that the journal has not said yet.
func (e *Engine) noteSkipped(s site, c *comparer) {
	if c.noted == len(c.skipped) || s.env == nil {
		return
	}
	e.notice(s.env, s.h, s.instance, fmt.Sprintf("the comparison of %s roots skips %s, which cannot be compared as state; new-inconsistent and root-modified-outside-apply do not see changes there",
		typeName(c.typ), strings.Join(c.skipped[c.noted:], ", ")))
	c.noted = len(c.skipped)
}

// skip lists a skipped path, once.
func (c *comparer) skip(path, what string) {
	s := path + " (" + what + ")"
	if !slices.Contains(c.skipped, s) {
		c.skipped = append(c.skipped, s)
	}
}

// rootPackage is the package that declares the root type t, or its element.
func rootPackage(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.PkgPath()
}

// foreignUnexported reports whether f, a field of struct t, is unexported
// and t is declared in a package other than the root's.
func foreignUnexported(t reflect.Type, f reflect.StructField, pkg string) bool {
	return !f.IsExported() && t.PkgPath() != "" && t.PkgPath() != pkg
}

// needsWalk reports whether a value of type t may hold something the
// comparison must skip: a func, a channel, an unsafe pointer, another
// package's unexported field, or an interface, which may hold any of them.
func needsWalk(t reflect.Type, pkg string, seen map[reflect.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch t.Kind() {
	case reflect.Func, reflect.Chan, reflect.UnsafePointer, reflect.Interface:
		return true
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return needsWalk(t.Elem(), pkg, seen)
	case reflect.Map:
		return needsWalk(t.Key(), pkg, seen) || needsWalk(t.Elem(), pkg, seen)
	case reflect.Struct:
		for i := range t.NumField() {
			f := t.Field(i)
			if foreignUnexported(t, f, pkg) || needsWalk(f.Type, pkg, seen) {
				return true
			}
		}
	}
	return false
}

// skipper compares as reflect.DeepEqual does, skipping funcs, channels,
// unsafe pointers and other packages' unexported fields, and lists the paths
// it skips in c.skipped. path is a stack of the steps to the current value,
// joined only when something is skipped.
type skipper struct {
	c       *comparer
	path    []string
	visited map[visit]bool
}

// visit is a pair of references being compared, as reflect.DeepEqual keeps
// them to stop on cycles.
type visit struct {
	a, b unsafe.Pointer
	typ  reflect.Type
}

func (w *skipper) skip(what string) {
	w.c.skip(typeName(w.c.typ)+strings.Join(w.path, ""), what)
}

func (w *skipper) equal(x, y reflect.Value) bool {
	if !x.IsValid() || !y.IsValid() {
		return x.IsValid() == y.IsValid()
	}
	if x.Type() != y.Type() {
		return false
	}
	switch x.Kind() {
	case reflect.Func:
		w.skip("func")
		return true
	case reflect.Chan:
		w.skip("channel")
		return true
	case reflect.UnsafePointer:
		w.skip("unsafe pointer")
		return true
	}
	// Cycles: a pair of references seen before is taken as equal, as
	// reflect.DeepEqual does.
	switch x.Kind() {
	case reflect.Map, reflect.Slice, reflect.Pointer:
		if x.IsNil() || y.IsNil() {
			break
		}
		p, q := x.UnsafePointer(), y.UnsafePointer()
		if x.Kind() != reflect.Slice && p == q {
			return true
		}
		v := visit{p, q, x.Type()}
		if w.visited[v] {
			return true
		}
		if w.visited == nil {
			w.visited = map[visit]bool{}
		}
		w.visited[v] = true
	}
	switch x.Kind() {
	case reflect.Array:
		for i := range x.Len() {
			if !w.step("[]", func() bool { return w.equal(x.Index(i), y.Index(i)) }) {
				return false
			}
		}
		return true
	case reflect.Slice:
		if x.IsNil() != y.IsNil() || x.Len() != y.Len() {
			return false
		}
		if x.UnsafePointer() == y.UnsafePointer() {
			return true
		}
		for i := range x.Len() {
			if !w.step("[]", func() bool { return w.equal(x.Index(i), y.Index(i)) }) {
				return false
			}
		}
		return true
	case reflect.Interface:
		if x.IsNil() || y.IsNil() {
			return x.IsNil() == y.IsNil()
		}
		return w.equal(x.Elem(), y.Elem())
	case reflect.Pointer:
		if x.IsNil() || y.IsNil() {
			return x.IsNil() == y.IsNil()
		}
		return w.equal(x.Elem(), y.Elem())
	case reflect.Struct:
		t := x.Type()
		if eq, ok := equalMethod(x, y, w.c.pkg); ok {
			return eq
		}
		for i := range x.NumField() {
			f := t.Field(i)
			if foreignUnexported(t, f, w.c.pkg) {
				if f.Name == "_" {
					continue
				}
				w.path = append(w.path, "."+f.Name)
				w.skip("unexported field of " + t.String())
				w.path = w.path[:len(w.path)-1]
				continue
			}
			if !w.step("."+f.Name, func() bool { return w.equal(x.Field(i), y.Field(i)) }) {
				return false
			}
		}
		return true
	case reflect.Map:
		if x.IsNil() != y.IsNil() || x.Len() != y.Len() {
			return false
		}
		if x.UnsafePointer() == y.UnsafePointer() {
			return true
		}
		it := x.MapRange()
		for it.Next() {
			yv := y.MapIndex(it.Key())
			if !yv.IsValid() || !w.step("[key]", func() bool { return w.equal(it.Value(), yv) }) {
				return false
			}
		}
		return true
	case reflect.Bool:
		return x.Bool() == y.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return x.Int() == y.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return x.Uint() == y.Uint()
	case reflect.Float32, reflect.Float64:
		return x.Float() == y.Float()
	case reflect.Complex64, reflect.Complex128:
		return x.Complex() == y.Complex()
	case reflect.String:
		return x.String() == y.String()
	}
	return false
}

// step compares one element at path step.
func (w *skipper) step(step string, fn func() bool) bool {
	w.path = append(w.path, step)
	eq := fn()
	w.path = w.path[:len(w.path)-1]
	return eq
}

// equalMethod compares x and y, structs of another package's type with
// unexported fields, with the type's own Equal method, such as time.Time's:
// the package says what equal state is, so its fields need not be skipped.
// ok is false when there is no such method or x cannot be used as a value.
func equalMethod(x, y reflect.Value, pkg string) (eq, ok bool) {
	t := x.Type()
	if !hasEqualMethod(t, pkg) {
		return false, false
	}
	x, y = usable(x), usable(y)
	if !x.CanInterface() || !y.CanInterface() {
		return false, false
	}
	m, _ := t.MethodByName("Equal")
	return m.Func.Call([]reflect.Value{x, y})[0].Bool(), true
}

// usable returns v, or, for a value read through the root's own unexported
// field, which reflect does not let a method be called on, the same value
// read through its address: the field belongs to the root's package, whose
// state the comparison may read.
func usable(v reflect.Value) reflect.Value {
	if v.CanInterface() || !v.CanAddr() {
		return v
	}
	return reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem()
}

// hasEqualMethod reports whether t, a struct, is another package's type
// with unexported fields and a method Equal(t) bool.
func hasEqualMethod(t reflect.Type, pkg string) bool {
	if t.PkgPath() == "" || t.PkgPath() == pkg {
		return false
	}
	unexported := false
	for i := range t.NumField() {
		if !t.Field(i).IsExported() {
			unexported = true
		}
	}
	m, found := t.MethodByName("Equal")
	return unexported && found && m.Type.NumIn() == 2 && m.Type.In(1) == t && m.Type.NumOut() == 1 && m.Type.Out(0).Kind() == reflect.Bool
}
