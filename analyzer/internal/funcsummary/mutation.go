package funcsummary

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/dogmavet/dogmavet/analyzer/internal/posn"
)

// Recv is the Index of a method's receiver in a Mutation.
const Recv = -1

// MutOp is how a Mutation changes the memory it writes.
type MutOp int

const (
	// Assign: x.f = v, x.f += v, x.m[k] = v, *x = v.
	Assign MutOp = iota + 1
	// Append: x.f = append(x.f, ...).
	Append
	// Increment: x.f++.
	Increment
	// Decrement: x.f--.
	Decrement
	// Delete: delete(x.m, k).
	Delete
	// Clear: clear(x.m).
	Clear
	// Copy: copy(x.s, src).
	Copy
	// ApplyEvent: x.ApplyEvent(e) on an aggregate root (dogmaapi says which
	// methods are one).
	ApplyEvent
)

// Verb describes the operation, e.g. "assigns to".
func (o MutOp) Verb() string {
	switch o {
	case Assign:
		return "assigns to"
	case Append:
		return "appends to"
	case Increment:
		return "increments"
	case Decrement:
		return "decrements"
	case Delete:
		return "deletes from"
	case Clear:
		return "clears"
	case Copy:
		return "copies into"
	case ApplyEvent:
		return "calls ApplyEvent on"
	}
	return "changes"
}

// A Mutation is a write to memory that a parameter (or the receiver) of a
// function reaches through at least one pointer, map or slice: memory its
// caller shares. Writing a parameter's own copy (c.n = 1 for a struct c) is
// not one.
type Mutation struct {
	// Index is the parameter written through, Recv for the receiver. In
	// the result of RootMutations it is 0.
	Index int

	// Field is the field of the parameter's type that the write is under,
	// "" when it writes the value the parameter points to as a whole.
	Field string

	Op MutOp

	// Expr is the written expression as the source spells it, where it is
	// written (r.Balance, x[k], *p, or the receiver of ApplyEvent).
	Expr string

	// Pos and End span the write; Path lists the calls that lead from the
	// function summarized to the one where it is written (empty when it is
	// written there, closures called in place included).
	Pos, End Posn
	Path     []Step

	pos, end token.Pos
}

// Position returns the write's start in the pass that read it, or
// token.NoPos when its file is not in that pass's file set.
func (m *Mutation) Position() token.Pos { return m.pos }

// EndPosition returns the end of Position's span.
func (m *Mutation) EndPosition() token.Pos { return m.end }

// MutFact carries the mutations of a function's parameters and receiver to
// the packages that import it: the first one of each, receiver first, then
// by parameter. It is exported on every function and method with an
// exported name that mutates one.
type MutFact struct {
	Mutations []Mutation

	// Files holds the file names of the positions, each once (see
	// posn.Pack).
	Files []string
}

// AFact marks MutFact as an analysis fact.
func (*MutFact) AFact() {}

func (f *MutFact) String() string {
	var b strings.Builder
	b.WriteString("mutates")
	for _, m := range f.Mutations {
		b.WriteString(" ")
		if m.Index == Recv {
			b.WriteString("recv")
		} else {
			b.WriteString("param" + itoa(m.Index))
		}
		b.WriteString("<" + m.Field + " " + m.Expr + "@" + itoa(m.Pos.Line) + ">")
	}
	return b.String()
}

// Mutations returns the first mutation of each parameter and of the
// receiver of fn, receiver first then by parameter index; nil when fn
// mutates none of them, or is of another package that exported no fact
// for it. Calls of functions and methods without a summary (interface
// methods, function values, other packages' functions without a fact) are
// taken to mutate nothing.
func (t *Table) Mutations(fn *types.Func) []Mutation {
	if t == nil || fn == nil {
		return nil
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	ms, _ := t.mutSummary(fn.Origin())
	return ms
}

// RootMutations lists every mutation of root, a parameter of fd, in fd's
// body: the writes through it and the calls that pass it (or memory it
// reaches) to a function that mutates that parameter, in source order,
// with Index 0. Function literals count only where they are called as
// they are written (deferred or not); a literal passed to a function, a
// process scope's Mutate among them, is not followed.
func (t *Table) RootMutations(fd *ast.FuncDecl, root *types.Var) []Mutation {
	if t == nil || fd == nil || fd.Body == nil || root == nil {
		return nil
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	ms, _ := t.mutBody(fd.Body, map[*types.Var]int{root: 0})
	return ms
}

// mutSummary returns fn's first mutation of each parameter and the least
// depth of the functions being summarized that it reached, as summary does
// for scopes. t.mu is held.
func (t *Table) mutSummary(fn *types.Func) (ms []Mutation, low int) {
	if ms, ok := t.mutations[fn]; ok {
		return ms, noCycle
	}
	if d, ok := t.mutActive[fn]; ok {
		return nil, d
	}
	if fn.Pkg() != t.pass.Pkg {
		var f MutFact
		if fn.Pkg() != nil && t.pass.ImportObjectFact(fn, &f) {
			ms = posn.Unpack(f.Mutations, f.Files)
			for i := range ms {
				t.resolveMutation(&ms[i])
			}
		}
		t.mutations[fn] = ms
		return ms, noCycle
	}
	fd := t.decl(fn)
	if fd == nil || fd.Body == nil {
		t.mutations[fn] = nil
		return nil, noCycle
	}
	roots := map[*types.Var]int{}
	if fd.Recv != nil && len(fd.Recv.List) == 1 && len(fd.Recv.List[0].Names) == 1 {
		if v, ok := t.pass.TypesInfo.Defs[fd.Recv.List[0].Names[0]].(*types.Var); ok && v.Name() != "_" {
			roots[v] = Recv
		}
	}
	for i, v := range params(t.pass.TypesInfo, fd) {
		if v != nil {
			roots[v] = i
		}
	}
	if len(roots) == 0 {
		t.mutations[fn] = nil
		return nil, noCycle
	}
	depth := len(t.mutActive)
	t.mutActive[fn] = depth
	all, low := t.mutBody(fd.Body, roots)
	delete(t.mutActive, fn)
	// The first mutation of each, receiver first then by index.
	seen := map[int]bool{}
	for idx := Recv; idx < fn.Signature().Params().Len(); idx++ {
		for _, m := range all {
			if m.Index == idx && !seen[idx] {
				seen[idx] = true
				ms = append(ms, m)
			}
		}
	}
	if low >= depth {
		t.mutations[fn] = ms
		low = noCycle
	}
	return ms, low
}

// mutationOf returns fn's first mutation of parameter idx (Recv for the
// receiver), and whether there is one. t.mu is held.
func (w *mutWalker) mutationOf(fn *types.Func, idx int) (Mutation, bool) {
	ms, low := w.t.mutSummary(fn.Origin())
	w.low = min(w.low, low)
	for _, m := range ms {
		if m.Index == idx {
			return m, true
		}
	}
	return Mutation{}, false
}

// resolveMutation fills in the token positions of a mutation read from a
// fact.
func (t *Table) resolveMutation(m *Mutation) {
	m.pos, m.end = t.res.Pos(m.Pos), t.res.Pos(m.End)
	for i := range m.Path {
		m.Path[i].pos = t.res.Pos(m.Path[i].Pos)
	}
}

// PathString describes the helpers a mutation is reached through, as seen
// from package pkgPath: "", "a.credit" or "credit (via account.Debit)".
func (m *Mutation) PathString(pkgPath string) string {
	s := Site{Path: m.Path}
	return s.PathString(pkgPath)
}
