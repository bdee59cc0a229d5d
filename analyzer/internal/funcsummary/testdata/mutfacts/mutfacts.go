// Package mutfacts checks the mutation summaries exported as facts.
package mutfacts

import "github.com/dogmatiq/dogma"

type Inner struct {
	N int
	M map[string]int
}

type Root struct {
	A     int
	Inner Inner
	P     *Inner
	S     []int
}

func (r *Root) ApplyEvent(dogma.Event) { r.A = 0 } // no fact: callers know ApplyEvent by its name

func (r *Root) Set(n int) { r.A = n } // want Set:`mutates recv<A r.A@20>`

func (r Root) Copy(n int) { r.A = n } // a copy of the receiver: no fact

func (r Root) Shared(k string) { r.Inner.M[k] = 1 } // want Shared:`mutates recv<Inner r.Inner.M\[k\]@24>`

func Second(n int, r *Root) { r.S[n] = 0 } // want Second:`mutates param1<S r.S\[n\]@26>`

func Via(r *Root) { r.Set(1) } // want Via:`mutates param0<A r.A@20>`

func Deref(p *Inner) { *p = Inner{} } // want Deref:`mutates param0< \*p@30>`

func Read(r *Root) int { return r.A + r.Inner.N } // no fact

func Alias(r *Root) { // want Alias:`mutates param0<P q.N@36>`
	q := r.P
	q.N = 1
}

func Reassigned(r *Root) { // no fact: q is not proven to hold r.P
	q := r.P
	q = &Inner{}
	q.N = 1
}

func Apply(r *Root, e dogma.Event) { r.ApplyEvent(e) } // want Apply:`mutates param0< r@45>`

func Unknown(r *Root, f func(*Root)) { f(r) } // no fact: f is not known

func Recursive(r *Root, n int) { // want Recursive:`mutates param0<A r.A@53>`
	if n > 0 {
		Recursive(r, n-1)
	}
	r.A = n
}
