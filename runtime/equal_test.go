package runtime

import (
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"
)

type flatInner struct {
	B  bool
	I8 int8
	U  uint
}

type flatRoot struct {
	S   string
	I   int
	F   float64
	F32 float32
	C   complex128
	C64 complex64
	In  flatInner
	A   [3]int16
	Up  uintptr
	I32 int32
	U64 uint64
	_   struct{}
}

type emptyRoot struct{}

type sliceRoot struct {
	N  int
	Xs []int
}

type mapRoot struct{ M map[string]int }

type ptrRoot struct{ P *int }

type ifaceRoot struct{ V any }

type funcRoot struct{ F func() }

type bigRoot struct{ A [maxLeaves + 1]byte }

// TestDeepEqualMatchesReflect checks that the engine's root comparison gives
// reflect.DeepEqual's answer, on both its compiled and its reflect path.
func TestDeepEqualMatchesReflect(t *testing.T) {
	nan := math.NaN()
	same := &flatRoot{S: "x"}
	nanRoot := &flatRoot{F: nan}
	one := 1
	cases := []struct {
		name string
		x, y any
	}{
		{"nil nil", nil, nil},
		{"nil root", nil, &flatRoot{}},
		{"zero roots", &flatRoot{}, &flatRoot{}},
		{"same pointer", same, same},
		{"same pointer holding NaN", nanRoot, nanRoot},
		{"NaN", &flatRoot{F: nan}, &flatRoot{F: nan}},
		{"NaN float32", &flatRoot{F32: float32(nan)}, &flatRoot{F32: float32(nan)}},
		{"NaN complex", &flatRoot{C: complex(0, nan)}, &flatRoot{C: complex(0, nan)}},
		{"zero and negative zero", &flatRoot{F: 0}, &flatRoot{F: math.Copysign(0, -1)}},
		{"strings equal", &flatRoot{S: "abc"}, &flatRoot{S: string([]byte("abc"))}},
		{"strings differ", &flatRoot{S: "abc"}, &flatRoot{S: "abd"}},
		{"nested bool", &flatRoot{In: flatInner{B: true}}, &flatRoot{}},
		{"nested int8", &flatRoot{In: flatInner{I8: -1}}, &flatRoot{}},
		{"nested uint", &flatRoot{In: flatInner{U: 1 << 40}}, &flatRoot{}},
		{"array element", &flatRoot{A: [3]int16{0, 0, 7}}, &flatRoot{}},
		{"uintptr", &flatRoot{Up: 3}, &flatRoot{}},
		{"int32", &flatRoot{I32: -5}, &flatRoot{I32: -5}},
		{"uint64", &flatRoot{U64: math.MaxUint64}, &flatRoot{}},
		{"complex64", &flatRoot{C64: 1i}, &flatRoot{}},
		{"typed nil pointers", (*flatRoot)(nil), (*flatRoot)(nil)},
		{"typed nil and root", (*flatRoot)(nil), &flatRoot{}},
		{"root and typed nil", &flatRoot{}, (*flatRoot)(nil)},
		{"different types", &flatRoot{}, &flatInner{}},
		{"empty structs", &emptyRoot{}, &emptyRoot{}},
		{"values, not pointers", flatRoot{I: 1}, flatRoot{I: 1}},
		{"values differ", flatRoot{I: 1}, flatRoot{I: 2}},
		{"nil and empty slice", &sliceRoot{}, &sliceRoot{Xs: []int{}}},
		{"slices equal", &sliceRoot{Xs: []int{1}}, &sliceRoot{Xs: []int{1}}},
		{"nil and empty map", &mapRoot{}, &mapRoot{M: map[string]int{}}},
		{"pointers to equal ints", &ptrRoot{P: &one}, &ptrRoot{P: new(int)}},
		{"interfaces holding NaN", &ifaceRoot{V: nan}, &ifaceRoot{V: nan}},
		{"big arrays", &bigRoot{}, &bigRoot{}},
		{"big arrays differ", &bigRoot{A: [maxLeaves + 1]byte{maxLeaves: 1}}, &bigRoot{}},
	}
	e := &Engine{}
	h := &handler{}
	for _, c := range cases {
		want := reflect.DeepEqual(c.x, c.y)
		if got := e.deepEqual(site{h: h}, c.x, c.y); got != want {
			t.Errorf("%s: deepEqual = %v, reflect.DeepEqual = %v", c.name, got, want)
		}
	}

	// The fast path must be the one used for flat roots, and only for them.
	for _, c := range []struct {
		v    any
		flat bool
	}{
		{&flatRoot{}, true}, {&emptyRoot{}, true}, {flatRoot{}, false},
		{&sliceRoot{}, false}, {&mapRoot{}, false}, {&ptrRoot{}, false},
		{&ifaceRoot{}, false}, {&funcRoot{}, false}, {&bigRoot{}, false},
	} {
		if got := e.comparerFor(reflect.TypeOf(c.v)).leaves != nil; got != c.flat {
			t.Errorf("%T: compiled = %v, want %v", c.v, got, c.flat)
		}
	}
}

// TestDeepEqualRandom compares random flat roots that differ in few fields.
func TestDeepEqualRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	floats := []float64{0, math.Copysign(0, -1), 1, math.NaN(), math.Inf(1)}
	strs := []string{"", "a", "b", "ab"}
	gen := func() *flatRoot {
		return &flatRoot{
			S:   strs[r.IntN(len(strs))],
			I:   r.IntN(2),
			F:   floats[r.IntN(len(floats))],
			F32: float32(floats[r.IntN(len(floats))]),
			C:   complex(floats[r.IntN(len(floats))], 0),
			In:  flatInner{B: r.IntN(2) == 0, I8: int8(r.IntN(2)), U: uint(r.IntN(2))},
			A:   [3]int16{int16(r.IntN(2)), 0, int16(r.IntN(2))},
			I32: int32(r.IntN(2)),
		}
	}
	e := &Engine{}
	h := &handler{}
	equal := 0
	for range 20000 {
		// y is a copy of x with fields taken from another random root.
		x, o := gen(), gen()
		y := *x
		switch r.IntN(8) {
		case 0:
			y.S = o.S
		case 1:
			y.F, y.F32 = o.F, o.F32
		case 2:
			y.C = o.C
		case 3:
			y.In = o.In
		case 4:
			y.A, y.I32 = o.A, o.I32
		case 5:
			y = *o
		}
		want := reflect.DeepEqual(x, &y)
		if got := e.deepEqual(site{h: h}, x, &y); got != want {
			t.Fatalf("deepEqual(%+v, %+v) = %v, reflect.DeepEqual = %v", *x, y, got, want)
		}
		if want {
			equal++
		}
	}
	if equal < 1000 || equal > 19000 {
		t.Fatalf("%d of 20000 pairs equal; the test needs many of both", equal)
	}
}

type chanRoot struct {
	N  int
	Ch chan int
}

// onceRoot holds another package's bookkeeping: a sync.Once that a handler
// may trigger on the root but not on its shadow.
type onceRoot struct {
	N    int
	once sync.Once
}

type ownUnexportedRoot struct {
	n    int
	m    map[string]int
	p    *int
	next *ownUnexportedRoot
}

type timeRoot struct {
	At   time.Time
	Done bool
	at   time.Time
}

type nestedFuncRoot struct {
	Items []struct {
		Name string
		On   func()
	}
	M map[string]any
}

// TestComparisonSkipsWhatCannotBeCompared checks the comparison of roots
// holding funcs, channels and other packages' unexported state: the rest is
// compared as reflect.DeepEqual would, and the skipped paths are listed.
func TestComparisonSkipsWhatCannotBeCompared(t *testing.T) {
	one, two := 1, 2
	cyclic := func(n int) *ownUnexportedRoot {
		r := &ownUnexportedRoot{n: n}
		r.next = r
		return r
	}
	triggered := &onceRoot{}
	triggered.once.Do(func() {})
	cases := []struct {
		name    string
		x, y    any
		equal   bool
		skipped []string
	}{
		{"different funcs", &funcRoot{F: func() {}}, &funcRoot{F: func() {}}, true,
			[]string{"*runtime.funcRoot.F (func)"}},
		{"func and nil", &funcRoot{F: func() {}}, &funcRoot{}, true,
			[]string{"*runtime.funcRoot.F (func)"}},
		{"channels, same data", &chanRoot{N: 1, Ch: make(chan int)}, &chanRoot{N: 1, Ch: make(chan int)}, true,
			[]string{"*runtime.chanRoot.Ch (channel)"}},
		// The comparison stops at the first difference.
		{"channels, other data", &chanRoot{N: 1, Ch: make(chan int)}, &chanRoot{N: 2, Ch: make(chan int)}, false, nil},
		{"a sync.Once done on one side", triggered, &onceRoot{}, true,
			[]string{"*runtime.onceRoot.once.done (unexported field of sync.Once)", "*runtime.onceRoot.once.m (unexported field of sync.Once)"}},
		{"a sync.Once, other data", &onceRoot{N: 1}, &onceRoot{}, false,
			[]string{"*runtime.onceRoot.once.done (unexported field of sync.Once)", "*runtime.onceRoot.once.m (unexported field of sync.Once)"}},
		{"nested funcs, same names", &nestedFuncRoot{Items: []struct {
			Name string
			On   func()
		}{{"a", func() {}}}}, &nestedFuncRoot{Items: []struct {
			Name string
			On   func()
		}{{"a", func() {}}}}, true, []string{"*runtime.nestedFuncRoot.Items[].On (func)"}},
		{"nested funcs, other names", &nestedFuncRoot{Items: []struct {
			Name string
			On   func()
		}{{"a", nil}}}, &nestedFuncRoot{Items: []struct {
			Name string
			On   func()
		}{{"b", nil}}}, false, nil},
		{"a func in an interface in a map", &nestedFuncRoot{M: map[string]any{"k": func() {}}}, &nestedFuncRoot{M: map[string]any{"k": func() {}}}, true,
			[]string{"*runtime.nestedFuncRoot.M[key] (func)"}},
		{"map keys differ", &nestedFuncRoot{M: map[string]any{"k": 1}}, &nestedFuncRoot{M: map[string]any{"j": 1}}, false, nil},
		{"nil and empty map", &nestedFuncRoot{}, &nestedFuncRoot{M: map[string]any{}}, false, nil},
		// Another package's type with an Equal method is compared with it.
		{"equal times", &timeRoot{At: time.Unix(10, 0)}, &timeRoot{At: time.Unix(10, 0).In(time.FixedZone("x", 3600))}, true, nil},
		{"different times", &timeRoot{At: time.Unix(10, 0)}, &timeRoot{At: time.Unix(11, 0)}, false, nil},
		{"equal unexported times", &timeRoot{at: time.Unix(10, 0)}, &timeRoot{at: time.Unix(10, 0).In(time.UTC)}, true, nil},
		{"different unexported times", &timeRoot{at: time.Unix(10, 0)}, &timeRoot{at: time.Unix(11, 0)}, false, nil},
	}
	for _, c := range cases {
		e := &Engine{}
		if got := e.deepEqual(site{h: &handler{}}, c.x, c.y); got != c.equal {
			t.Errorf("%s: equal = %v, want %v", c.name, got, c.equal)
		}
		if got := e.comparerFor(reflect.TypeOf(c.x)).skipped; !slices.Equal(got, c.skipped) {
			t.Errorf("%s: skipped %q, want %q", c.name, got, c.skipped)
		}
	}

	// The root's own unexported fields are its state: compared, as
	// reflect.DeepEqual compares them, cycles included.
	own := []struct {
		x, y *ownUnexportedRoot
	}{
		{&ownUnexportedRoot{n: 1}, &ownUnexportedRoot{n: 1}},
		{&ownUnexportedRoot{n: 1}, &ownUnexportedRoot{n: 2}},
		{&ownUnexportedRoot{m: map[string]int{"a": 1}}, &ownUnexportedRoot{m: map[string]int{"a": 1}}},
		{&ownUnexportedRoot{m: map[string]int{"a": 1}}, &ownUnexportedRoot{m: map[string]int{"a": 2}}},
		{&ownUnexportedRoot{p: &one}, &ownUnexportedRoot{p: &two}},
		{&ownUnexportedRoot{p: &one}, &ownUnexportedRoot{p: new(int)}},
		{cyclic(1), cyclic(1)},
		{cyclic(1), cyclic(2)},
	}
	for i, c := range own {
		e := &Engine{}
		want := reflect.DeepEqual(c.x, c.y)
		if got := e.deepEqual(site{h: &handler{}}, c.x, c.y); got != want {
			t.Errorf("own %d: equal = %v, reflect.DeepEqual = %v", i, got, want)
		}
	}
}
