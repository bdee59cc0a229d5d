package funcsummary

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// noReturn lists, by package path, the functions and methods that never
// return to their caller: a path through a call of one of them cannot reach
// a later ExecuteCommand or ScheduleTimeout.
var noReturn = map[string]map[string]bool{
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

// mayReturn reports whether call may return to its caller. Only the
// builtin panic and the functions in noReturn are known not to; every other
// call, including calls through interfaces and function values, may.
func mayReturn(info *types.Info, call *ast.CallExpr) bool {
	switch fn := typeutil.Callee(info, call).(type) {
	case *types.Builtin:
		return fn.Name() != "panic"
	case *types.Func:
		if fn.Pkg() == nil {
			return true
		}
		names := noReturn[fn.Pkg().Path()]
		if !names[fn.Name()] {
			return true
		}
		// In package log both the functions and *log.Logger's methods of
		// those names stop; in testing only the methods of testing.common,
		// which T, B and F embed, are meant.
		recv := fn.Signature().Recv()
		if fn.Pkg().Path() == "testing" {
			return recv == nil || !isNamed(recv.Type(), "common")
		}
		return recv != nil && !isNamed(recv.Type(), "Logger")
	}
	return true
}

// isNamed reports whether t is the named type name or a pointer to it.
func isNamed(t types.Type, name string) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Name() == name
}
