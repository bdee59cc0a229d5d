package handlerreturns

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmatypes"
	"github.com/dogmavet/dogmavet/analyzer/internal/suppress"
	"github.com/dogmavet/dogmavet/validate"
)

// Analyzer reports handler methods that return values dogma forbids.
var Analyzer = &analysis.Analyzer{
	Name:     "handlerreturns",
	Doc:      "check that New and the routing methods of Dogma handlers return valid values",
	URL:      validate.DocsURL,
	Requires: []*analysis.Analyzer{dogmatypes.Analyzer},
	Run:      run,
}

// Rules lists the rule IDs this analyzer reports.
var Rules = []validate.RuleID{validate.NewReturnsNil, validate.EmptyInstanceID}

func run(pass *analysis.Pass) (any, error) {
	d := dogmatypes.Of(pass)
	if d == nil {
		return nil, nil
	}
	rep := suppress.NewReporter(pass, Rules)
	for fd := range dogmatypes.Methods(pass.Files) {
		if m := d.HandlerMethod(pass.TypesInfo, fd, "New"); m != nil {
			checkNew(pass, rep, m)
		}
		if m := d.HandlerMethod(pass.TypesInfo, fd, "RouteCommandToInstance"); m != nil {
			checkRouteCommand(pass, rep, m)
		}
		if m := d.HandlerMethod(pass.TypesInfo, fd, "RouteEventToInstance"); m != nil {
			checkRouteEvent(pass, rep, m)
		}
	}
	rep.Finish()
	return nil, nil
}

// returns calls f for each return statement of fd itself, not those of
// function literals inside it.
func returns(fd *ast.FuncDecl, f func(*ast.ReturnStmt)) {
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			f(n)
		}
		return true
	})
}

func checkNew(pass *analysis.Pass, rep *suppress.Reporter, m *dogmatypes.Method) {
	returns(m.Decl, func(ret *ast.ReturnStmt) {
		if len(ret.Results) != 1 {
			return
		}
		e := ret.Results[0]
		tv := pass.TypesInfo.Types[e]
		if tv.IsNil() {
			rep.Reportf(validate.NewReturnsNil, e,
				"%s.New returns nil, which dogma forbids: return a root value, such as a pointer to a zero-value root", m.Recv.Obj().Name())
			return
		}
		ptr, ok := types.Unalias(tv.Type).(*types.Pointer)
		if !ok || !isNilPointer(pass.TypesInfo, m.Decl, e) {
			return
		}
		typ := types.TypeString(ptr, types.RelativeTo(pass.Pkg))
		diag := suppress.Diagnostic(validate.NewReturnsNil, e,
			"%s.New returns a nil %s, which dogma forbids: return a pointer to a zero value instead", m.Recv.Obj().Name(), typ)
		// Only a conversion is replaced: replacing a variable could leave
		// its declaration unused.
		_, isStruct := ptr.Elem().Underlying().(*types.Struct)
		if _, isVar := ast.Unparen(e).(*ast.Ident); isStruct && !isVar {
			elem := types.TypeString(ptr.Elem(), types.RelativeTo(pass.Pkg))
			diag.SuggestedFixes = []analysis.SuggestedFix{{
				Message:   "Return &" + elem + "{}",
				TextEdits: []analysis.TextEdit{{Pos: e.Pos(), End: e.End(), NewText: []byte("&" + elem + "{}")}},
			}}
		}
		rep.Report(diag)
	})
}

// isNilPointer reports whether e is certainly a nil pointer: a conversion
// of nil such as (*T)(nil), or a local variable declared without a value
// that fd never assigns nor takes the address of.
func isNilPointer(info *types.Info, fd *ast.FuncDecl, e ast.Expr) bool {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1 {
		if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
			return info.Types[call.Args[0]].IsNil()
		}
		return false
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.Parent() == nil || v.Pos() < fd.Body.Pos() || v.Pos() > fd.Body.End() {
		return false
	}
	zeroDecl, written := false, false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ValueSpec:
			for _, name := range n.Names {
				if info.Defs[name] == v {
					zeroDecl = len(n.Values) == 0
				}
			}
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if lid, ok := ast.Unparen(lhs).(*ast.Ident); ok && refersTo(info, lid, v) {
					written = true
				}
			}
		case *ast.RangeStmt:
			for _, x := range []ast.Expr{n.Key, n.Value} {
				if xid, ok := x.(*ast.Ident); ok && refersTo(info, xid, v) {
					written = true
				}
			}
		case *ast.UnaryExpr:
			// &v lets other code assign it.
			if n.Op == token.AND {
				if xid, ok := ast.Unparen(n.X).(*ast.Ident); ok && refersTo(info, xid, v) {
					written = true
				}
			}
		}
		return true
	})
	return zeroDecl && !written
}

func refersTo(info *types.Info, id *ast.Ident, v *types.Var) bool {
	return info.Uses[id] == v || info.Defs[id] == v
}

func checkRouteCommand(pass *analysis.Pass, rep *suppress.Reporter, m *dogmatypes.Method) {
	returns(m.Decl, func(ret *ast.ReturnStmt) {
		if len(ret.Results) == 1 && isEmptyString(pass.TypesInfo, ret.Results[0]) {
			rep.Reportf(validate.EmptyInstanceID, ret.Results[0],
				"%s.RouteCommandToInstance returns an empty instance ID, which dogma forbids: return a non-empty ID, such as one taken from the command", m.Recv.Obj().Name())
		}
	})
}

func checkRouteEvent(pass *analysis.Pass, rep *suppress.Reporter, m *dogmatypes.Method) {
	returns(m.Decl, func(ret *ast.ReturnStmt) {
		if len(ret.Results) != 3 {
			return
		}
		if isEmptyString(pass.TypesInfo, ret.Results[0]) && isTrue(pass.TypesInfo, ret.Results[1]) {
			rep.Reportf(validate.EmptyInstanceID, ret.Results[0],
				"%s.RouteEventToInstance returns an empty instance ID with ok true, which dogma forbids: return a non-empty ID, or ok false to ignore the event", m.Recv.Obj().Name())
		}
	})
}

func isEmptyString(info *types.Info, e ast.Expr) bool {
	tv := info.Types[e]
	return tv.Value != nil && tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == ""
}

func isTrue(info *types.Info, e ast.Expr) bool {
	tv := info.Types[e]
	return tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value)
}
