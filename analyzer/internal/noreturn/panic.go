package noreturn

import (
	"go/ast"
	"go/types"
)

// PanicArg returns the argument of st when st is a statement calling the
// builtin panic, as in panic(dogma.UnexpectedMessage).
func PanicArg(info *types.Info, st ast.Stmt) (ast.Expr, bool) {
	es, ok := st.(*ast.ExprStmt)
	if !ok {
		return nil, false
	}
	call, ok := ast.Unparen(es.X).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return nil, false
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return nil, false
	}
	if b, ok := info.Uses[id].(*types.Builtin); !ok || b.Name() != "panic" {
		return nil, false
	}
	return call.Args[0], true
}
