package switchcover

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
	"github.com/dogmavet/dogmavet/analyzer/internal/noreturn"
)

// fallback is what happens to a message that no case of a type test
// selects: the code of a switch's default, of a chain's final else, or the
// statements after a chain without one.
type fallback int

const (
	// fallsThrough: the message leaves the test untouched (a switch
	// without default, or a fallback that runs off its end).
	fallsThrough fallback = iota

	// handled: the fallback does something that cannot be proven to fail
	// (returns nil, logs, returns early, calls code we do not follow).
	handled

	// panicsUnexpected: the fallback panics with dogma.UnexpectedMessage.
	panicsUnexpected

	// panics: the fallback panics with some other value.
	panics

	// failsWithError: the fallback returns an error that is certainly not
	// nil from a method whose last result is the error.
	failsWithError
)

// fails reports whether a message that reaches f certainly fails.
func (f fallback) fails() bool { return f >= panicsUnexpected }

// fallbackOf follows list, the statements a message no case selects runs in
// order, to the first one that ends it: a panic, a return, or a statement
// that may leave list early (then what follows is not certain to run).
// sig is the signature of the method the statements are in.
func fallbackOf(info *types.Info, api *dogmaapi.API, sig *types.Signature, list []ast.Stmt) (fallback, int) {
	for i, st := range list {
		if api.IsPanicUnexpected(info, st) {
			return panicsUnexpected, i
		}
		if _, ok := noreturn.PanicArg(info, st); ok {
			return panics, i
		}
		if r, ok := st.(*ast.ReturnStmt); ok {
			if returnsError(info, sig, r) {
				return failsWithError, i
			}
			return handled, i
		}
		if mayLeave(st) {
			return handled, i
		}
	}
	return fallsThrough, len(list)
}

// mayLeave reports whether st contains a return or a branch statement (break,
// continue, goto) outside function literals: then the statements after st
// may not run. Panics inside st do not matter: they fail too.
func mayLeave(st ast.Stmt) bool {
	found := false
	ast.Inspect(st, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt, *ast.BranchStmt:
			found = true
		}
		return !found
	})
	return found
}

// returnsError reports whether r returns, as the last result of sig, an
// error that is certainly not nil.
func returnsError(info *types.Info, sig *types.Signature, r *ast.ReturnStmt) bool {
	res := sig.Results()
	if res.Len() == 0 || len(r.Results) != res.Len() {
		return false
	}
	if !types.Identical(res.At(res.Len()-1).Type(), types.Universe.Lookup("error").Type()) {
		return false
	}
	return nonNilError(info, r.Results[len(r.Results)-1])
}

// nonNilError reports whether e is certainly a non-nil error: a call of
// errors.New or fmt.Errorf, or a composite literal (or its address), which
// is a non-nil interface value once returned.
func nonNilError(info *types.Info, e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return true
	case *ast.UnaryExpr:
		_, ok := ast.Unparen(e.X).(*ast.CompositeLit)
		return ok && e.Op == token.AND
	case *ast.CallExpr:
		var id *ast.Ident
		switch f := ast.Unparen(e.Fun).(type) {
		case *ast.SelectorExpr:
			id = f.Sel
		case *ast.Ident:
			id = f
		default:
			return false
		}
		fn, ok := info.Uses[id].(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Signature().Recv() != nil {
			return false
		}
		switch fn.Pkg().Path() + "." + fn.Name() {
		case "errors.New", "fmt.Errorf":
			return true
		}
	}
	return false
}
