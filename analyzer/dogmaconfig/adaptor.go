package dogmaconfig

import (
	"go/ast"
	"go/types"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
	"github.com/dogmavet/dogmavet/validate"
)

// adaptor describes a RegisterX argument that is a call extraction could
// not follow, for AdaptorRegistration. It does not change what is
// extracted.
func (x *extractor) adaptor(kind validate.HandlerKind, e ast.Expr) (AdaptorRegistration, bool) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return AdaptorRegistration{}, false
	}
	fn, _ := x.staticCallee(call)
	if fn == nil || fn.Pkg() == nil {
		return AdaptorRegistration{}, false
	}
	a := AdaptorRegistration{Kind: kind, Func: fn.Pkg().Path() + "." + fn.Name(), Pos: x.posn(call.Pos())}
	if recv := fn.Type().(*types.Signature).Recv(); recv != nil {
		a.Func = fn.FullName()
	}
	for _, arg := range call.Args {
		if t := x.typeOf(arg); t != nil {
			a.ArgTypes = append(a.ArgTypes, dogmaapi.Display(t))
		}
	}
	return a, true
}
