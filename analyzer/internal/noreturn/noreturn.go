// Package noreturn tells which calls never return to their caller: the
// builtin panic, a few functions of the standard library (os.Exit,
// log.Fatal and friends, runtime.Goexit), and functions of the package
// being analysed whose every path ends in such a call.
//
// A path through such a call is not a path that returns: analyses of what
// a function does before it returns leave it out.
package noreturn

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"
)

// std lists, by package path, the functions and methods of the standard
// library that never return.
var std = map[string]map[string]bool{
	"os":      {"Exit": true},
	"runtime": {"Goexit": true},
	"log": {
		"Fatal": true, "Fatalf": true, "Fatalln": true,
		"Panic": true, "Panicf": true, "Panicln": true,
	},
	"testing": {
		"Fatal": true, "Fatalf": true, "FailNow": true,
		"Skip": true, "Skipf": true, "SkipNow": true,
	},
}

// stdReceiver names, for the packages in std whose methods of those names
// never return, the receiver type they belong to: *log.Logger's as well as
// log's functions, and in testing only the methods of testing.common, which
// T, B and F embed.
var stdReceiver = map[string]string{"log": "Logger", "testing": "common"}

// Oracle answers for the calls of one package. Its zero value is not
// usable; see New.
type Oracle struct {
	info  *types.Info
	decls map[*types.Func]*ast.FuncDecl
	memo  map[*types.Func]bool
	busy  map[*types.Func]bool
}

// New returns an oracle for the package whose syntax info describes; decls
// are the package's function declarations, by function.
func New(info *types.Info, decls map[*types.Func]*ast.FuncDecl) *Oracle {
	return &Oracle{info: info, decls: decls, memo: map[*types.Func]bool{}, busy: map[*types.Func]bool{}}
}

// MayReturn reports whether call may return to its caller. Calls through
// interfaces and function values may.
func (o *Oracle) MayReturn(call *ast.CallExpr) bool {
	switch fn := typeutil.Callee(o.info, call).(type) {
	case *types.Builtin:
		return fn.Name() != "panic"
	case *types.Func:
		return !o.neverReturns(fn)
	}
	return true
}

func (o *Oracle) neverReturns(fn *types.Func) bool {
	if fn.Pkg() == nil {
		return false
	}
	if std[fn.Pkg().Path()][fn.Name()] {
		recv := fn.Signature().Recv()
		if recv == nil {
			return fn.Pkg().Path() != "testing"
		}
		return isNamed(recv.Type(), stdReceiver[fn.Pkg().Path()])
	}
	fn = fn.Origin()
	decl := o.decls[fn]
	if decl == nil || decl.Body == nil {
		return false
	}
	if v, ok := o.memo[fn]; ok {
		return v
	}
	if o.busy[fn] {
		// Recursion: assume it may return.
		return false
	}
	o.busy[fn] = true
	g := cfg.New(decl.Body, o.MayReturn)
	delete(o.busy, fn)
	never := !returns(g)
	o.memo[fn] = never
	return never
}

// BodyReturns reports whether some path through a function body returns.
func (o *Oracle) BodyReturns(body *ast.BlockStmt) bool {
	return returns(cfg.New(body, o.MayReturn))
}

// returns reports whether some live path of g returns: reaches a return
// statement, or a deferred call, which may recover a panic.
func returns(g *cfg.CFG) bool {
	for _, b := range g.Blocks {
		if !b.Live {
			continue
		}
		for _, n := range b.Nodes {
			switch n.(type) {
			case *ast.ReturnStmt, *ast.DeferStmt:
				return true
			}
		}
	}
	return false
}

// isNamed reports whether t is the named type name or a pointer to it.
func isNamed(t types.Type, name string) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Name() == name
}
