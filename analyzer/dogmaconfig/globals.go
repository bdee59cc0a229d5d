package dogmaconfig

import (
	"go/ast"
	"go/token"
	"go/types"
)

// A package-level route slice such as
//
//	var routes = []dogma.IntegrationRoute{dogma.HandlesCommand[OpenAccount]()}
//
// is followed when no code can change it: it is unexported, declared with
// one value, and every use in the package spreads it into a configurer's
// Routes call. Any other use (an assignment, an index, a call argument, an
// address) might change it, so its value is then unknown.

// indexGlobals records the package-level route slices that only Routes
// calls read, with their declared values.
func (x *extractor) indexGlobals() {
	x.globals = map[*types.Var]ast.Expr{}
	uses := map[*types.Var]int{}
	spread := map[*types.Var]int{}
	for _, file := range x.pass.Files {
		for _, decl := range file.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				vs, ok := spec.(*ast.ValueSpec)
				if !ok || len(vs.Values) != len(vs.Names) {
					continue
				}
				for i, name := range vs.Names {
					v, ok := x.info.Defs[name].(*types.Var)
					if ok && !v.Exported() && x.api.IsRouteSliceType(v.Type()) {
						x.globals[v] = vs.Values[i]
					}
				}
			}
		}
	}
	if len(x.globals) == 0 {
		return
	}
	for _, file := range x.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Ident:
				if v, ok := x.info.Uses[n].(*types.Var); ok {
					if _, ok := x.globals[v]; ok {
						uses[v]++
					}
				}
			case *ast.CallExpr:
				if !n.Ellipsis.IsValid() || len(n.Args) == 0 || !x.isRoutesMethod(n.Fun) {
					return true
				}
				if id, ok := ast.Unparen(n.Args[len(n.Args)-1]).(*ast.Ident); ok {
					if v, ok := x.info.Uses[id].(*types.Var); ok {
						spread[v]++
					}
				}
			}
			return true
		})
	}
	for v := range x.globals {
		if uses[v] != spread[v] {
			delete(x.globals, v)
		}
	}
}

// isRoutesMethod reports whether fun selects the Routes method of a dogma
// configurer.
func (x *extractor) isRoutesMethod(fun ast.Expr) bool {
	sel, ok := ast.Unparen(fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Routes" {
		return false
	}
	s, ok := x.info.Selections[sel]
	return ok && s.Kind() == types.MethodVal && s.Obj().Pkg() == x.api.Pkg && x.api.IsConfigurer(s.Recv())
}

// evalGlobal evaluates a package-level route slice found by indexGlobals.
func (x *extractor) evalGlobal(f *frame, v *types.Var) ([]routeValue, bool) {
	e, ok := x.globals[v]
	if !ok || f.depth >= maxDepth {
		return nil, false
	}
	// Its value does not depend on any function's variables or type
	// parameters.
	g := &frame{
		eff:         newEffects(false, nil),
		parent:      f,
		depth:       f.depth + 1,
		configurers: map[*types.Var]bool{},
		consts:      map[*types.Var]string{},
		env:         map[*types.Var]value{},
		subst:       map[*types.TypeParam]types.Type{},
	}
	return x.evalSlice(g, e)
}
