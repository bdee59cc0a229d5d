package funcsummary

import (
	"go/ast"
	"go/token"
	"strconv"
	"strings"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
	"github.com/dogmavet/dogmavet/analyzer/internal/posn"
	"github.com/dogmavet/dogmavet/validate"
)

// A Summary is what one function does with each of its parameters of a
// Dogma scope type. It is plain data so that it travels as a fact: positions
// are Posn values, and the unexported token positions are filled in by the
// pass that reads it (see resolve).
type Summary struct {
	Params []Param
}

// Param is the summary of one scope parameter.
type Param struct {
	// Index is the parameter's index in the signature (receiver excluded).
	Index int

	// Complete is false when the scope reaches code that is not followed:
	// a function value, an interface method, a function without a summary,
	// a variable, a struct, a goroutine, or a recursive call. What is listed
	// is then still true, but there may be more.
	Complete bool

	// Produced lists the messages recorded, executed and scheduled on the
	// scope, by this function (closures included) and by the functions it
	// passes the scope to, in source order, one entry per produce call.
	Produced []Produced

	// Ends lists the End() calls that reach a normal return on some path.
	Ends []Site

	// EndsAlways is true when every normal return is preceded by End().
	EndsAlways bool

	// EndsOnlyIf lists conditions on boolean parameters that held on every
	// path that reaches a return after End(): the function ends the
	// process only when they hold, so a caller whose path contradicts them
	// is not ended by the call.
	EndsOnlyIf []Guard

	// Cancels lists the ExecuteCommand, ScheduleTimeout and Mutate calls
	// that some path from the function's entry reaches: after an End() made
	// before the call of this function, each cancels it (v0.15.x) or panics
	// (v0.16.0 on; Mutate exists from v0.24.0).
	Cancels []Site

	// Cancelled lists End() calls followed on some feasible path by an
	// ExecuteCommand, ScheduleTimeout or Mutate, within this function and
	// the ones it calls.
	Cancelled []Cancel

	// FirstCall is the first call of any method on the scope, in source
	// order, made by this function or by one it passes the scope to; nil
	// when there is none that runs during the call. Calls in function
	// literals that are neither called where they are written nor deferred,
	// and in goroutines, do not count.
	FirstCall *Site

	// Unsure is true when the paths were too many to explore: Ends, Cancels
	// and Cancelled are then empty, and nothing is claimed about them.
	Unsure bool
}

// Guard is the condition that parameter Param (an index) is Val.
type Guard struct {
	Param int
	Val   bool
}

// Produced is one produce call: RecordEvent, ExecuteCommand or
// ScheduleTimeout with an argument of a concrete message type.
type Produced struct {
	Site
	Type validate.MessageType
}

// Cancel pairs an End() with a later call that cancels it.
type Cancel struct {
	End, Cancel Site
}

// Site is a call on the scope, written in this function or in one it
// calls.
type Site struct {
	// Method is the scope method called, as the API names it:
	// RecordEvent, ExecuteCommand, ScheduleTimeout (ScheduleDeadline),
	// Mutate or End, or for FirstCall any method; Call is what it does.
	Method string
	Call   dogmaapi.ScopeCall

	// Scope is the name of the scope variable at the call.
	Scope string

	// Pos and End span the call's argument for a produce call, and the call
	// for End and cancelling calls.
	Pos, End Posn

	// Path lists the calls that lead from this function to the one where
	// the call is written; empty when it is written here (closures
	// included).
	Path []Step

	pos, end token.Pos
	// arg is the argument expression of a produce call written in a
	// function of the pass under analysis.
	arg ast.Expr
}

// Step is one call of a function that receives the scope.
type Step struct {
	// Callee names the function called, as "f" or "T.M", and PkgPath and
	// PkgName its package.
	Callee, PkgPath, PkgName string
	Pos                      Posn

	pos token.Pos
}

// Posn is a source position that survives the trip between packages.
type Posn = posn.Posn

// Arg returns the argument expression of a produce call written in a
// function of the package under analysis.
func (s *Site) Arg() (ast.Expr, bool) {
	return s.arg, s.arg != nil
}

// Position returns the call's start in the pass that read the summary, or
// token.NoPos when its file is not in that pass's file set.
func (s *Site) Position() token.Pos { return s.pos }

// EndPosition returns the end of Position's span.
func (s *Site) EndPosition() token.Pos { return s.end }

// Position returns the call's position in the pass that read the summary,
// or token.NoPos.
func (s *Step) Position() token.Pos { return s.pos }

// Name returns the callee's name as seen from package pkgPath: unqualified
// in its own package, else qualified by its package name.
func (s *Step) Name(pkgPath string) string {
	if s.PkgPath == pkgPath {
		return s.Callee
	}
	return s.PkgName + "." + s.Callee
}

// PathString describes the helpers a site is reached through, as seen from
// package pkgPath: "record", or "record (via account.Debit)".
func (s *Site) PathString(pkgPath string) string {
	if len(s.Path) == 0 {
		return ""
	}
	last := s.Path[len(s.Path)-1].Name(pkgPath)
	if len(s.Path) == 1 {
		return last
	}
	var via []string
	for _, st := range s.Path[:len(s.Path)-1] {
		via = append(via, st.Name(pkgPath))
	}
	return last + " (via " + strings.Join(via, ", ") + ")"
}

// Param returns the summary of the parameter at index i, or nil when it is
// not a scope parameter.
func (s *Summary) Param(i int) *Param {
	if s == nil {
		return nil
	}
	for k := range s.Params {
		if s.Params[k].Index == i {
			return &s.Params[k]
		}
	}
	return nil
}

// Fact carries a function's Summary to the packages that import it. It is
// exported on every function and method with an exported name and a scope
// parameter.
type Fact struct {
	Summary Summary

	// Files holds the file names of Summary's positions, each once (see
	// posn.Pack).
	Files []string
}

// AFact marks Fact as an analysis fact.
func (*Fact) AFact() {}

func (f *Fact) String() string {
	var b strings.Builder
	b.WriteString("summary")
	for _, p := range f.Summary.Params {
		b.WriteString(" param")
		b.WriteString(itoa(p.Index))
		b.WriteString("<")
		sep := ""
		w := func(s string) { b.WriteString(sep + s); sep = " " }
		for _, pr := range p.Produced {
			w(pr.Method + ":" + pr.Type.Display)
		}
		for _, e := range p.Ends {
			w("ends@" + itoa(e.Pos.Line))
		}
		if p.EndsAlways {
			w("ends-always")
		}
		for _, g := range p.EndsOnlyIf {
			w("ends-if:param" + itoa(g.Param) + "=" + strconv.FormatBool(g.Val))
		}
		for _, c := range p.Cancels {
			w(c.Method + "@" + itoa(c.Pos.Line))
		}
		for _, c := range p.Cancelled {
			w("cancelled@" + itoa(c.End.Pos.Line) + "-" + itoa(c.Cancel.Pos.Line))
		}
		if c := p.FirstCall; c != nil {
			w("first-call:" + c.Method + "@" + itoa(c.Pos.Line))
		}
		if !p.Complete {
			w("partial")
		}
		if p.Unsure {
			w("unsure")
		}
		b.WriteString(">")
	}
	return b.String()
}

func itoa(i int) string { return strconv.Itoa(i) }
