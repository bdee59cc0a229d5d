// Package noreturn tells the calls that never return to their caller: the
// builtin panic, os.Exit, runtime.Goexit, log's Fatal and Panic functions
// and methods, testing's Fatal, FailNow and Skip methods, and functions of
// the package being analyzed whose every path ends in one of those.
package noreturn

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// stdlib lists, by package path, the functions and methods that never
// return.
var stdlib = map[string]map[string]bool{
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

// maxDepth bounds how many local functions one question follows.
const maxDepth = 4

// Never reports whether call certainly does not return to its caller.
// decls, which may be nil, maps the package's functions to their
// declarations: a function without return statements whose last statement
// is a call that never returns never returns either.
func Never(info *types.Info, decls map[*types.Func]*ast.FuncDecl, call *ast.CallExpr) bool {
	return never(info, decls, call, 0)
}

func never(info *types.Info, decls map[*types.Func]*ast.FuncDecl, call *ast.CallExpr, depth int) bool {
	switch fn := typeutil.Callee(info, call).(type) {
	case *types.Builtin:
		return fn.Name() == "panic"
	case *types.Func:
		if fn.Pkg() == nil {
			return false
		}
		if names := stdlib[fn.Pkg().Path()]; names[fn.Name()] {
			// In package log both the functions and *log.Logger's methods
			// of those names stop; in testing only the methods of
			// testing.common, which T, B and F embed.
			recv := fn.Signature().Recv()
			if fn.Pkg().Path() == "testing" {
				return recv != nil && isNamed(recv.Type(), "common")
			}
			return recv == nil || isNamed(recv.Type(), "Logger")
		}
		d := decls[fn.Origin()]
		if d == nil || d.Body == nil || len(d.Body.List) == 0 || depth >= maxDepth {
			return false
		}
		returns := false
		ast.Inspect(d.Body, func(n ast.Node) bool {
			switch n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				returns = true
			}
			return !returns
		})
		if returns {
			return false
		}
		last, ok := d.Body.List[len(d.Body.List)-1].(*ast.ExprStmt)
		if !ok {
			return false
		}
		c, ok := ast.Unparen(last.X).(*ast.CallExpr)
		return ok && never(info, decls, c, depth+1)
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
