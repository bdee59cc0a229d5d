package values

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Index records, for the variables of one package, what decides whether
// their values can be followed: whether they are assigned after their
// declaration, assigned in part (a field or element), or escape (used in a
// closure, their address taken, a pointer-receiver method called on them),
// and the expression that defines them.
//
// It is filled lazily. A local variable (or parameter) can only be used
// within the top-level declaration that declares it, so only that
// declaration is walked; a package-level variable needs the whole package.
type Index struct {
	info  *types.Info
	pkg   *types.Package
	files []*ast.File

	escaped, reassigned, partAssigned map[*types.Var]bool
	defs                              map[*types.Var]definition
	// bareUses counts the uses of a variable other than selecting one of
	// its fields: where a pointer is copied, its pointee may change.
	bareUses map[*types.Var]int
	// fieldBases are the identifiers used only to select a field.
	fieldBases map[*ast.Ident]bool

	indexedDecls map[ast.Decl]bool
	indexedAll   bool
}

// definition is the declaration of a variable: the expression assigned
// there, or zero for a variable declared without a value (including a named
// result). A variable defined any other way (a multi-value assignment, a
// range or type-switch variable, a parameter) has no definition.
type definition struct {
	expr ast.Expr
	zero bool
}

// NewIndex returns an empty index of the package.
func NewIndex(info *types.Info, pkg *types.Package, files []*ast.File) *Index {
	return &Index{
		info:         info,
		pkg:          pkg,
		files:        files,
		escaped:      map[*types.Var]bool{},
		reassigned:   map[*types.Var]bool{},
		partAssigned: map[*types.Var]bool{},
		defs:         map[*types.Var]definition{},
		bareUses:     map[*types.Var]int{},
		fieldBases:   map[*ast.Ident]bool{},
		indexedDecls: map[ast.Decl]bool{},
	}
}

// Escaped reports whether v is used in a closure, has its address taken
// (explicitly, or by calling a pointer-receiver method on it), or is
// assigned to through a pointer it holds.
func (ix *Index) Escaped(v *types.Var) bool {
	ix.indexFor(v)
	return ix.escaped[v]
}

// Reassigned reports whether v is assigned after its declaration.
func (ix *Index) Reassigned(v *types.Var) bool {
	ix.indexFor(v)
	return ix.reassigned[v]
}

// PartAssigned reports whether a field or element of v is assigned, or
// incremented.
func (ix *Index) PartAssigned(v *types.Var) bool {
	ix.indexFor(v)
	return ix.partAssigned[v]
}

// Fixed reports whether v keeps the value of its declaration everywhere:
// it is a local of this package, never reassigned, never assigned in part
// and never escapes. A package-level variable is never fixed: the
// package's own _test.go files, which the variant under analysis may not
// include, and go:linkname can assign it, so a flag that only tests set
// would look constant.
func (ix *Index) Fixed(v *types.Var) bool {
	if v == nil || v.Pkg() != ix.pkg || v.IsField() || v.Parent() == ix.pkg.Scope() {
		return false
	}
	return !ix.Escaped(v) && !ix.Reassigned(v) && !ix.PartAssigned(v)
}

// Definition returns the expression that a fixed variable (see Fixed) is
// declared with, and false when v is not fixed or has no such expression.
func (ix *Index) Definition(v *types.Var) (ast.Expr, bool) {
	if !ix.Fixed(v) {
		return nil, false
	}
	d, ok := ix.definitionOf(v)
	if !ok || d.expr == nil {
		return nil, false
	}
	return d.expr, true
}

// BareUses returns the number of uses of v other than selecting a field.
func (ix *Index) BareUses(v *types.Var) int {
	ix.indexFor(v)
	return ix.bareUses[v]
}

// definitionOf returns the definition of v, if it has one.
func (ix *Index) definitionOf(v *types.Var) (definition, bool) {
	ix.indexFor(v)
	d, ok := ix.defs[v]
	return d, ok
}

func (ix *Index) indexFor(v *types.Var) {
	if ix.indexedAll {
		return
	}
	if v.Pkg() == ix.pkg && !v.IsField() && v.Parent() != ix.pkg.Scope() {
		if d := ix.declAt(v.Pos()); d != nil {
			if !ix.indexedDecls[d] {
				ix.indexedDecls[d] = true
				ix.indexDecl(d)
			}
			return
		}
	}
	ix.indexedAll = true
	for _, file := range ix.files {
		for _, d := range file.Decls {
			if !ix.indexedDecls[d] {
				ix.indexedDecls[d] = true
				ix.indexDecl(d)
			}
		}
	}
}

// declAt returns the top-level declaration of the package containing pos,
// or nil.
func (ix *Index) declAt(pos token.Pos) ast.Decl {
	if !pos.IsValid() {
		return nil
	}
	for _, file := range ix.files {
		if pos < file.FileStart || pos > file.FileEnd {
			continue
		}
		for _, d := range file.Decls {
			if d.Pos() <= pos && pos < d.End() {
				return d
			}
		}
	}
	return nil
}

func (ix *Index) use(id *ast.Ident) *types.Var {
	v, _ := ix.info.Uses[id].(*types.Var)
	return v
}

// indexDecl records what decl does to the variables it uses or declares.
func (ix *Index) indexDecl(decl ast.Decl) {
	ast.Inspect(decl, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			ast.Inspect(n.Body, func(m ast.Node) bool {
				if id, ok := m.(*ast.Ident); ok {
					if v := ix.use(id); v != nil {
						ix.escaped[v] = true
					}
				}
				return true
			})
			ix.results(n.Type)
		case *ast.FuncDecl:
			ix.results(n.Type)
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				if v := BaseVar(ix.info, n.X); v != nil {
					ix.escaped[v] = true
				}
			}
		case *ast.StarExpr:
			// *p = v or (*p).f = v: whatever p points to changes; p's
			// pointee is not followed, so nothing to record for p itself.
		case *ast.Ident:
			if v := ix.use(n); v != nil && !ix.fieldBases[n] {
				ix.bareUses[v]++
			}
		case *ast.SelectorExpr:
			if s, ok := ix.info.Selections[n]; ok && s.Kind() == types.FieldVal {
				if id, ok := n.X.(*ast.Ident); ok {
					ix.fieldBases[id] = true
				}
			}
			// A pointer-receiver method called on a variable (or on a
			// field of it) may change it.
			if s, ok := ix.info.Selections[n]; ok && (s.Kind() == types.MethodVal || s.Kind() == types.MethodExpr) {
				if fn, ok := s.Obj().(*types.Func); ok && fn.Signature().Recv() != nil {
					if _, ptr := types.Unalias(fn.Signature().Recv().Type()).(*types.Pointer); ptr {
						if v := BaseVar(ix.info, n.X); v != nil {
							ix.escaped[v] = true
						}
					}
				}
			}
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				l = ast.Unparen(l)
				if id, ok := l.(*ast.Ident); ok {
					if v, ok := ix.info.Defs[id].(*types.Var); ok && n.Tok == token.DEFINE {
						if len(n.Lhs) == len(n.Rhs) {
							ix.defs[v] = definition{expr: n.Rhs[i]}
						}
						continue
					}
					if v := ix.use(id); v != nil {
						ix.reassigned[v] = true
					}
					continue
				}
				if v := BaseVar(ix.info, l); v != nil {
					ix.partAssigned[v] = true
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				v, ok := ix.info.Defs[name].(*types.Var)
				if !ok {
					continue
				}
				switch {
				case len(n.Values) == 0:
					ix.defs[v] = definition{zero: true}
				case len(n.Values) == len(n.Names):
					ix.defs[v] = definition{expr: n.Values[i]}
				}
			}
		case *ast.IncDecStmt:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
				if v := ix.use(id); v != nil {
					ix.reassigned[v] = true
				}
			} else if v := BaseVar(ix.info, n.X); v != nil {
				ix.partAssigned[v] = true
			}
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN {
				for _, l := range []ast.Expr{n.Key, n.Value} {
					if l == nil {
						continue
					}
					if id, ok := ast.Unparen(l).(*ast.Ident); ok {
						if v := ix.use(id); v != nil {
							ix.reassigned[v] = true
						}
					} else if v := BaseVar(ix.info, l); v != nil {
						ix.partAssigned[v] = true
					}
				}
			}
		}
		return true
	})
}

// results records named results: they start as zero values.
func (ix *Index) results(ft *ast.FuncType) {
	if ft == nil || ft.Results == nil {
		return
	}
	for _, f := range ft.Results.List {
		for _, name := range f.Names {
			if v, ok := ix.info.Defs[name].(*types.Var); ok {
				ix.defs[v] = definition{zero: true}
			}
		}
	}
}

// BaseVar returns the variable at the root of an expression such as v,
// v[i], v.f or (*v).f.
func BaseVar(info *types.Info, e ast.Expr) *types.Var {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			v, _ := info.Uses[x].(*types.Var)
			return v
		case *ast.IndexExpr:
			e = x.X
		case *ast.SelectorExpr:
			if id, ok := x.X.(*ast.Ident); ok {
				if v, ok := info.Uses[id].(*types.Var); ok {
					return v
				}
				return nil
			}
			e = x.X
		case *ast.SliceExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return nil
		}
	}
}
