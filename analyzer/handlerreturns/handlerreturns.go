package handlerreturns

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/analyzer/dogmaconfig"
	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
	"github.com/dogmavet/dogmavet/analyzer/internal/noreturn"
	"github.com/dogmavet/dogmavet/analyzer/internal/routes"
	"github.com/dogmavet/dogmavet/analyzer/internal/suppress"
	"github.com/dogmavet/dogmavet/analyzer/internal/values"
	"github.com/dogmavet/dogmavet/validate"
)

// Analyzer reports handler methods that return values dogma forbids.
var Analyzer = &analysis.Analyzer{
	Name:     "handlerreturns",
	Doc:      "check that New and the routing methods of Dogma handlers return valid values",
	URL:      validate.DocsURL,
	Requires: []*analysis.Analyzer{dogmaapi.Analyzer, dogmaconfig.Analyzer},
	Run:      run,
}

// Rules lists the rule IDs this analyzer reports.
var Rules = []validate.RuleID{validate.NewReturnsNil, validate.EmptyInstanceID}

// checker holds the state of one pass.
type checker struct {
	pass *analysis.Pass
	rep  *suppress.Reporter
	// config finds a handler's routes, also through a Configure promoted
	// from an embedded type.
	config *routes.Config
	ev     *values.Evaluator
	// calls tells the calls that never return, which end a path.
	calls *noreturn.Oracle
}

func run(pass *analysis.Pass) (any, error) {
	api := dogmaapi.Of(pass)
	if api == nil {
		return nil, nil
	}
	c := &checker{
		pass:   pass,
		rep:    suppress.NewReporter(pass, Rules),
		config: routes.New(pass),
	}
	var methods []*dogmaapi.Method
	for fd := range dogmaapi.Methods(pass.Files) {
		switch fd.Name.Name {
		case "New", "RouteCommandToInstance", "RouteEventToInstance":
			if m := api.HandlerMethod(pass.TypesInfo, fd, fd.Name.Name); m != nil {
				methods = append(methods, m)
			}
		}
	}
	if len(methods) > 0 {
		all := funcDecls(pass)
		funcs := map[*types.Func]*ast.FuncDecl{}
		for fn, d := range all {
			if d.Recv == nil {
				funcs[fn] = d
			}
		}
		c.ev = &values.Evaluator{
			Info:  pass.TypesInfo,
			Index: values.NewIndex(pass.TypesInfo, pass.Pkg, pass.Files),
			Decls: funcs,
		}
		c.calls = noreturn.New(pass.TypesInfo, all)
	}
	for _, m := range methods {
		switch m.Decl.Name.Name {
		case "New":
			c.checkNew(m)
		case "RouteCommandToInstance":
			c.checkRouting(m, validate.HandlesCommandRoute)
		case "RouteEventToInstance":
			c.checkRouting(m, validate.HandlesEventRoute)
		}
	}
	c.rep.Finish()
	return nil, nil
}

// funcDecls maps the package's functions and methods to their
// declarations: the evaluator follows constructors (functions), and the
// noreturn oracle helpers that never return.
func funcDecls(pass *analysis.Pass) map[*types.Func]*ast.FuncDecl {
	decls := map[*types.Func]*ast.FuncDecl{}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					decls[fn] = fd
				}
			}
		}
	}
	return decls
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

// result returns the value a return statement gives result i of sig: its
// expression, or for a bare return the named result, evaluated on every
// path (vars nil) or on one path; at is where to report it.
func (c *checker) result(sig *types.Signature, ret *ast.ReturnStmt, i int, vars map[*types.Var]values.Value) (val values.Value, at ast.Node) {
	ev := c.ev
	if vars != nil {
		g := *c.ev
		g.Path = func(v *types.Var) (values.Value, bool) {
			val, ok := vars[v]
			return val, ok
		}
		ev = &g
	}
	if len(ret.Results) == 0 && sig.Results().Len() > i {
		return ev.Variable(sig.Results().At(i)), ret
	}
	if len(ret.Results) != sig.Results().Len() || i >= len(ret.Results) {
		// A call returning several values: not followed.
		return values.Value{}, ret
	}
	return values.As(ev.Eval(ret.Results[i]), sig.Results().At(i).Type()), ret.Results[i]
}

func (c *checker) checkNew(m *dogmaapi.Method) {
	returns(m.Decl, func(ret *ast.ReturnStmt) {
		val, at := c.result(m.Sig, ret, 0, nil)
		if val.Kind != values.Nil {
			return
		}
		name := m.Recv.Obj().Name()
		if val.Type == nil {
			c.rep.Reportf(validate.NewReturnsNil, at,
				"%s.New returns nil, which dogma forbids: return a root value, such as a pointer to a zero-value root", name)
			return
		}
		typ := types.TypeString(val.Type, types.RelativeTo(c.pass.Pkg))
		diag := suppress.Diagnostic(validate.NewReturnsNil, at,
			"%s.New returns a nil %s, which dogma forbids: return a pointer to a zero value instead", name, typ)
		if fix, ok := c.newFix(at, val.Type); ok {
			diag.SuggestedFixes = []analysis.SuggestedFix{fix}
		}
		c.rep.Report(diag)
	})
}

// newFix replaces a conversion such as (*T)(nil) with &T{}. Only a
// conversion is replaced: replacing a variable could leave its declaration
// unused, and the value of a call may matter for its effects.
func (c *checker) newFix(at ast.Node, t types.Type) (analysis.SuggestedFix, bool) {
	e, ok := at.(ast.Expr)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || !c.pass.TypesInfo.Types[call.Fun].IsType() || !c.pass.TypesInfo.Types[call.Args[0]].IsNil() {
		return analysis.SuggestedFix{}, false
	}
	ptr, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	if _, isStruct := ptr.Elem().Underlying().(*types.Struct); !isStruct {
		return analysis.SuggestedFix{}, false
	}
	elem := types.TypeString(ptr.Elem(), types.RelativeTo(c.pass.Pkg))
	return analysis.SuggestedFix{
		Message:   "Return &" + elem + "{}",
		TextEdits: []analysis.TextEdit{{Pos: e.Pos(), End: e.End(), NewText: []byte("&" + elem + "{}")}},
	}, true
}
