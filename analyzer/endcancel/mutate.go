package endcancel

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
	"github.com/dogmavet/dogmavet/analyzer/internal/funcsummary"
	"github.com/dogmavet/dogmavet/analyzer/internal/suppress"
	"github.com/dogmavet/dogmavet/analyzer/internal/values"
	"github.com/dogmavet/dogmavet/validate"
)

// mutateChecker finds the callbacks passed to a process scope's Mutate and
// the scope calls they make (mutate-calls-scope).
type mutateChecker struct {
	pass *analysis.Pass
	rep  *suppress.Reporter
	api  *dogmaapi.API
	sums *funcsummary.Table
	vars *values.Index

	decls map[*types.Func]*ast.FuncDecl
	// checked holds the callback bodies already checked: a function passed
	// to several Mutate calls is reported once.
	checked map[*ast.BlockStmt]bool
}

func checkMutate(pass *analysis.Pass, rep *suppress.Reporter, api *dogmaapi.API, sums *funcsummary.Table) {
	c := &mutateChecker{
		pass: pass, rep: rep, api: api, sums: sums,
		vars:    values.NewIndex(pass.TypesInfo, pass.Pkg, pass.Files),
		decls:   map[*types.Func]*ast.FuncDecl{},
		checked: map[*ast.BlockStmt]bool{},
	}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					c.decls[fn] = fd
				}
			}
		}
	}
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 1 || c.scopeCall(call) != dogmaapi.Mutate {
				return true
			}
			if body := c.callback(call.Args[0]); body != nil && !c.checked[body] {
				c.checked[body] = true
				c.checkCallback(body)
			}
			return true
		})
	}
}

// scopeCall classifies the scope method that call calls, or returns
// NotScopeCall.
func (c *mutateChecker) scopeCall(call *ast.CallExpr) dogmaapi.ScopeCall {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return dogmaapi.NotScopeCall
	}
	s := c.pass.TypesInfo.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal {
		return dogmaapi.NotScopeCall
	}
	fn, _ := s.Obj().(*types.Func)
	if fn == nil {
		return dogmaapi.NotScopeCall
	}
	return c.api.ScopeMethod(fn)
}

// callback returns the body of the function that arg, Mutate's argument,
// denotes: a function literal, a function or method of this package named
// directly, as a method value or a method expression, or a local variable
// that is never reassigned and is declared with one of those. It returns
// nil for anything else, which is not followed.
func (c *mutateChecker) callback(arg ast.Expr) *ast.BlockStmt {
	for range 8 { // a chain of variables, bounded
		switch e := ast.Unparen(arg).(type) {
		case *ast.FuncLit:
			return e.Body
		case *ast.Ident:
			switch obj := c.pass.TypesInfo.Uses[e].(type) {
			case *types.Func:
				return c.funcBody(obj)
			case *types.Var:
				def, ok := c.vars.Definition(obj)
				if !ok {
					return nil
				}
				arg = def
				continue
			}
			return nil
		case *ast.SelectorExpr:
			if s := c.pass.TypesInfo.Selections[e]; s != nil {
				fn, _ := s.Obj().(*types.Func)
				if s.Kind() == types.FieldVal {
					return nil
				}
				return c.funcBody(fn)
			}
			// A function of another package: its body is not here.
			if fn, ok := c.pass.TypesInfo.Uses[e.Sel].(*types.Func); ok {
				return c.funcBody(fn)
			}
			return nil
		case *ast.IndexExpr, *ast.IndexListExpr:
			// An instance of a generic function.
			var x ast.Expr
			if ie, ok := e.(*ast.IndexExpr); ok {
				x = ie.X
			} else {
				x = e.(*ast.IndexListExpr).X
			}
			if id, ok := ast.Unparen(x).(*ast.Ident); ok {
				if fn, ok := c.pass.TypesInfo.Uses[id].(*types.Func); ok {
					return c.funcBody(fn)
				}
			}
			return nil
		default:
			return nil
		}
	}
	return nil
}

func (c *mutateChecker) funcBody(fn *types.Func) *ast.BlockStmt {
	if fn == nil {
		return nil
	}
	if fd := c.decls[fn.Origin()]; fd != nil {
		return fd.Body
	}
	return nil
}

// checkCallback reports the scope calls that body makes while it runs:
// written in it or in closures it calls where they are written, on any
// scope value, or made by a helper it passes a scope to.
func (c *mutateChecker) checkCallback(body *ast.BlockStmt) {
	var stack []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.FuncLit:
			if !calledHere(stack) {
				// It runs when some other code decides.
				stack = stack[:len(stack)-1]
				return false
			}
		case *ast.GoStmt:
			stack = stack[:len(stack)-1]
			return false
		case *ast.CallExpr:
			c.checkCall(n)
		}
		return true
	})
}

// calledHere reports whether the function literal at the top of stack is
// called where it is written (or deferred there).
func calledHere(stack []ast.Node) bool {
	if len(stack) < 2 {
		return false
	}
	call, ok := stack[len(stack)-2].(*ast.CallExpr)
	return ok && ast.Unparen(call.Fun) == stack[len(stack)-1]
}

func (c *mutateChecker) checkCall(call *ast.CallExpr) {
	if sc := c.scopeCall(call); sc != dogmaapi.NotScopeCall {
		sel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		c.report(call, types.ExprString(sel.X)+"."+sel.Sel.Name)
		return
	}
	fn := typeutil.StaticCallee(c.pass.TypesInfo, call)
	if fn == nil {
		return
	}
	sum := c.sums.Func(fn)
	if sum == nil {
		return
	}
	for i, arg := range call.Args {
		if !c.sums.IsScope(c.pass.TypesInfo.TypeOf(arg)) {
			continue
		}
		p := sum.Param(i)
		if p == nil || p.FirstCall == nil {
			continue
		}
		site := *p.FirstCall
		step := funcsummary.Step{Callee: funcsummary.FuncName(fn)}
		if fn.Pkg() != nil {
			step.PkgPath, step.PkgName = fn.Pkg().Path(), fn.Pkg().Name()
		}
		site.Path = append([]funcsummary.Step{step}, site.Path...)
		c.report(call, site.Scope+"."+site.Method+" in "+site.PathString(c.pass.Pkg.Path()))
		return
	}
}

func (c *mutateChecker) report(call *ast.CallExpr, what string) {
	c.rep.Report(suppress.Diagnostic(validate.MutateCallsScope, span{call.Pos(), call.End()},
		"%s is called in the callback passed to Mutate, which must not call any methods on the scope: only change the root there, and call the scope before or after Mutate",
		what))
}
