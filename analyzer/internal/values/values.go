// Package values evaluates Go expressions to the few facts dogmavet's rules
// need: a constant (a string, a bool), nil, or certainly not nil. It follows
// a value through local variables that keep the value of their declaration,
// unexported package-level variables nothing assigns, named results, fields
// of struct literals, conversions and the constructors of the package; a
// value it cannot follow is Unknown.
//
// It reports only what holds on every execution: a variable assigned after
// its declaration, assigned in part, or escaping (captured by a closure, its
// address taken) is Unknown, whatever the assignments are.
package values

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

// Kind says what is known of a value.
type Kind uint8

const (
	// Unknown: nothing is known.
	Unknown Kind = iota
	// Const: a constant, see Value.Const.
	Const
	// Nil: a nil pointer, interface, slice, map, channel or function.
	Nil
	// NonNil: a value that is certainly not nil (a struct value is one).
	NonNil
)

// Value is what is known of the value of an expression.
type Value struct {
	Kind Kind

	// Const is the constant, for Kind Const.
	Const constant.Value

	// Type is the dynamic type of a Nil: the pointer (or other nillable
	// non-interface) type of a nil pointer held in an interface, or nil for a
	// nil interface.
	Type types.Type

	// lit is the struct literal a struct value, or a pointer to one, was
	// built from, and env the evaluator its elements are evaluated with;
	// nil when the fields are not known. zeroStruct is set for the zero
	// value of a struct type, whose fields are all zero.
	lit        *ast.CompositeLit
	zeroStruct *types.Struct
	zeroType   types.Type // the (named) type of a zero struct
	env        *Evaluator
}

// String returns the value of a string constant.
func (v Value) String() (string, bool) {
	if v.Kind == Const && v.Const.Kind() == constant.String {
		return constant.StringVal(v.Const), true
	}
	return "", false
}

// Bool returns the value of a boolean constant.
func (v Value) Bool() (bool, bool) {
	if v.Kind == Const && v.Const.Kind() == constant.Bool {
		return constant.BoolVal(v.Const), true
	}
	return false, false
}

// IsEmptyString reports whether v is certainly "".
func (v Value) IsEmptyString() bool {
	s, ok := v.String()
	return ok && s == ""
}

// HasFields reports whether the fields of the struct value (or of the
// struct a pointer value points to) are known.
func (v Value) HasFields() bool { return v.lit != nil || v.zeroStruct != nil }

// StructType returns the type of a struct value whose fields are known (the
// struct type, not a pointer to it), or nil.
func (v Value) StructType() types.Type {
	switch {
	case v.lit != nil:
		t := v.env.Info.TypeOf(v.lit)
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			return p.Elem()
		}
		return t
	case v.zeroStruct != nil:
		return v.zeroType
	}
	return nil
}

// FieldExpr returns the expression that set field f of a struct value whose
// fields are known, with the evaluator to evaluate it with; expr is nil
// when the field has its zero value. ok is false when the fields are not
// known.
func (v Value) FieldExpr(f *types.Var) (expr ast.Expr, env *Evaluator, ok bool) {
	f = f.Origin()
	if v.zeroStruct != nil {
		for i := 0; i < v.zeroStruct.NumFields(); i++ {
			if v.zeroStruct.Field(i).Origin() == f {
				return nil, v.env, true
			}
		}
		return nil, nil, false
	}
	if v.lit == nil {
		return nil, nil, false
	}
	st, ok := structOf(v.env.Info.TypeOf(v.lit))
	if !ok {
		return nil, nil, false
	}
	index := -1
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i).Origin() == f {
			index = i
		}
	}
	if index < 0 {
		return nil, nil, false
	}
	for i, el := range v.lit.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == st.Field(index).Name() {
				return kv.Value, v.env, true
			}
			continue
		}
		if i == index {
			return el, v.env, true
		}
	}
	return nil, v.env, true
}

func structOf(t types.Type) (*types.Struct, bool) {
	if t == nil {
		return nil, false
	}
	t = types.Unalias(t)
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := types.Unalias(t).Underlying().(*types.Struct)
	return st, ok
}

// Evaluator evaluates the expressions of one function.
type Evaluator struct {
	Info  *types.Info
	Index *Index

	// Decls maps the functions of the package to their declarations, to
	// evaluate calls of constructors; nil evaluates no call.
	Decls map[*types.Func]*ast.FuncDecl

	// Bound gives the values of variables bound by the caller: parameters
	// bound to arguments, a receiver bound to a registered value. It may be
	// nil. A bound variable that is not Fixed is Unknown all the same.
	Bound func(*types.Var) (Value, bool)

	// Path gives the values that variables hold on the path being
	// evaluated, for a caller that follows assignments along one path
	// (see Tracked). It may be nil; its values are trusted as they are.
	Path func(*types.Var) (Value, bool)

	depth int
}

// maxDepth bounds how many definitions, constructors and fields one
// evaluation follows.
const maxDepth = 12

// Eval evaluates e.
func (ev *Evaluator) Eval(e ast.Expr) Value {
	if ev == nil || ev.depth > maxDepth {
		return Value{}
	}
	e = ast.Unparen(e)
	tv, ok := ev.Info.Types[e]
	if !ok {
		return Value{}
	}
	if tv.Value != nil {
		return Value{Kind: Const, Const: tv.Value}
	}
	if tv.IsNil() {
		return Value{Kind: Nil}
	}
	switch e := e.(type) {
	case *ast.Ident:
		if v, ok := ev.Info.Uses[e].(*types.Var); ok {
			val := ev.variable(v)
			if val.lit != nil && isPointer(v.Type()) && ev.Index.BareUses(v) > 1 {
				// The pointer is copied elsewhere, where its pointee may
				// change.
				val.lit, val.zeroStruct, val.zeroType = nil, nil, nil
			}
			return val
		}
	case *ast.SelectorExpr:
		return ev.selector(e)
	case *ast.CompositeLit:
		if _, ok := structOf(tv.Type); ok && !isPointer(tv.Type) {
			return Value{Kind: NonNil, lit: e, env: ev}
		}
		return Value{Kind: NonNil}
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			if b, ok := ev.Eval(e.X).Bool(); ok {
				return Value{Kind: Const, Const: constant.MakeBool(!b)}
			}
			return Value{}
		}
		if e.Op == token.AND {
			if lit, ok := ast.Unparen(e.X).(*ast.CompositeLit); ok {
				val := ev.Eval(lit)
				val.Kind = NonNil
				return val
			}
			return Value{Kind: NonNil}
		}
	case *ast.FuncLit:
		return Value{Kind: NonNil}
	case *ast.BinaryExpr:
		if e.Op == token.LAND || e.Op == token.LOR {
			a, ok1 := ev.Eval(e.X).Bool()
			b, ok2 := ev.Eval(e.Y).Bool()
			switch {
			case ok1 && a == (e.Op == token.LOR):
				// false && … and true || … whatever the rest.
				return Value{Kind: Const, Const: constant.MakeBool(a)}
			case ok1 && ok2:
				return Value{Kind: Const, Const: constant.MakeBool(b)}
			}
			return Value{}
		}
		if e.Op == token.ADD {
			a, b := ev.Eval(e.X), ev.Eval(e.Y)
			as, ok1 := a.String()
			bs, ok2 := b.String()
			if ok1 && ok2 {
				return Value{Kind: Const, Const: constant.MakeString(as + bs)}
			}
		}
	case *ast.CallExpr:
		return ev.call(e, tv.Type)
	}
	return Value{}
}

func isPointer(t types.Type) bool {
	_, ok := types.Unalias(t).Underlying().(*types.Pointer)
	return ok
}

// nillable reports whether values of t can be nil.
func nillable(t types.Type) bool {
	switch types.Unalias(t).Underlying().(type) {
	case *types.Pointer, *types.Interface, *types.Slice, *types.Map, *types.Chan, *types.Signature:
		return true
	}
	return false
}

// As returns v converted to type t, as an assignment or conversion does: an
// untyped nil becomes a nil of t, and a nil of an interface type stays a nil
// interface.
func As(v Value, t types.Type) Value {
	if v.Kind == Nil && v.Type == nil && t != nil && !types.IsInterface(t) {
		v.Type = t
	}
	return v
}

// Variable evaluates a use of v, as a bare return reads a named result.
func (ev *Evaluator) Variable(v *types.Var) Value {
	if ev == nil || ev.depth > maxDepth {
		return Value{}
	}
	return ev.variable(v)
}

// Tracked reports whether a caller following one path may track v's value
// through its assignments: a local of the package whose address does not
// escape and that is never assigned in part.
func (ev *Evaluator) Tracked(v *types.Var) bool {
	return v != nil && v.Pkg() == ev.Index.pkg && !v.IsField() && v.Parent() != v.Pkg().Scope() &&
		!ev.Index.Escaped(v) && !ev.Index.PartAssigned(v)
}

// variable evaluates a use of v.
func (ev *Evaluator) variable(v *types.Var) Value {
	if ev.Path != nil {
		if val, ok := ev.Path(v); ok {
			return val
		}
	}
	if ev.Bound != nil {
		if val, ok := ev.Bound(v); ok {
			if !ev.Index.Fixed(v) {
				return Value{}
			}
			return val
		}
	}
	if !ev.Index.Fixed(v) {
		return Value{}
	}
	def, ok := ev.Index.definitionOf(v)
	if !ok {
		return Value{}
	}
	if def.zero {
		return ev.zero(v.Type())
	}
	// A local's definition is in the same function; a package-level
	// variable's depends on no function's variables.
	g := ev
	if v.Parent() == v.Pkg().Scope() {
		g = &Evaluator{Info: ev.Info, Index: ev.Index, Decls: ev.Decls}
	}
	g2 := *g
	g2.depth = ev.depth + 1
	return As(g2.Eval(def.expr), v.Type())
}

// Zero returns the zero value of t, where it is known.
func (ev *Evaluator) Zero(t types.Type) Value { return ev.zero(t) }

func (ev *Evaluator) zero(t types.Type) Value {
	switch u := types.Unalias(t).Underlying().(type) {
	case *types.Basic:
		switch {
		case u.Info()&types.IsString != 0:
			return Value{Kind: Const, Const: constant.MakeString("")}
		case u.Info()&types.IsBoolean != 0:
			return Value{Kind: Const, Const: constant.MakeBool(false)}
		case u.Info()&types.IsInteger != 0:
			return Value{Kind: Const, Const: constant.MakeInt64(0)}
		}
	case *types.Struct:
		return Value{Kind: NonNil, zeroStruct: u, zeroType: t, env: ev}
	}
	if nillable(t) {
		return As(Value{Kind: Nil}, t)
	}
	return Value{}
}

// selector evaluates x.f.
func (ev *Evaluator) selector(e *ast.SelectorExpr) Value {
	if _, ok := ev.Info.Selections[e]; !ok {
		// A qualified identifier: a constant is handled by Eval; a variable
		// of another package may be assigned by anyone.
		if v, ok := ev.Info.Uses[e.Sel].(*types.Var); ok && v.Pkg() == ev.Index.pkg {
			return ev.variable(v)
		}
		return Value{}
	}
	expr, env, f, ok := ev.FieldSource(e)
	if !ok {
		return Value{}
	}
	if expr == nil {
		return env.zero(f.Type())
	}
	g := *env
	g.depth = ev.depth + 1
	return As(g.Eval(expr), f.Type())
}

// FieldSource returns, for a field selection x.f whose struct value is
// known, the expression that set the field and the evaluator to evaluate
// it with; expr is nil when the field has its zero value.
func (ev *Evaluator) FieldSource(e *ast.SelectorExpr) (expr ast.Expr, env *Evaluator, field *types.Var, ok bool) {
	s, ok := ev.Info.Selections[e]
	if !ok || s.Kind() != types.FieldVal || len(s.Index()) != 1 {
		return nil, nil, nil, false
	}
	base := ev.Eval(e.X)
	if !base.HasFields() {
		return nil, nil, nil, false
	}
	if id, ok := ast.Unparen(e.X).(*ast.Ident); ok {
		if v, ok := ev.Info.Uses[id].(*types.Var); ok && isPointer(v.Type()) && ev.Index.BareUses(v) > 0 {
			// A pointer copied elsewhere: its pointee may change there.
			return nil, nil, nil, false
		}
	}
	field = s.Obj().(*types.Var)
	expr, env, ok = base.FieldExpr(field)
	return expr, env, field, ok
}

// call evaluates a conversion, new, or a call of a constructor of the
// package.
func (ev *Evaluator) call(call *ast.CallExpr, t types.Type) Value {
	if tv, ok := ev.Info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) != 1 {
			return Value{}
		}
		v := ev.Eval(call.Args[0])
		switch v.Kind {
		case Nil:
			if types.IsInterface(t) {
				return v
			}
			return Value{Kind: Nil, Type: t}
		case NonNil:
			if nillable(t) {
				return Value{Kind: NonNil}
			}
		}
		return Value{}
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := ev.Info.Uses[id].(*types.Builtin); ok {
			switch b.Name() {
			case "new", "make":
				return Value{Kind: NonNil}
			}
			return Value{}
		}
	}
	return ev.constructor(call)
}

// constructor evaluates a call of a function of the package whose only
// return statement is its last statement, with its parameters bound to
// the arguments. Nothing else in the body can change the returned value
// without making the variables it reads Unknown.
func (ev *Evaluator) constructor(call *ast.CallExpr) Value {
	if ev.Decls == nil || call.Ellipsis.IsValid() {
		return Value{}
	}
	var fn *types.Func
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		fn, _ = ev.Info.Uses[f].(*types.Func)
	case *ast.SelectorExpr:
		if _, isMethod := ev.Info.Selections[f]; !isMethod {
			fn, _ = ev.Info.Uses[f.Sel].(*types.Func)
		}
	}
	if fn == nil {
		return Value{}
	}
	decl := ev.Decls[fn]
	if decl == nil || decl.Body == nil || decl.Recv != nil || decl.Type.TypeParams != nil || len(decl.Body.List) == 0 {
		return Value{}
	}
	sig := fn.Signature()
	if sig.Results().Len() != 1 || sig.Variadic() || sig.Params().Len() != len(call.Args) {
		return Value{}
	}
	ret, ok := decl.Body.List[len(decl.Body.List)-1].(*ast.ReturnStmt)
	if !ok || len(ret.Results) > 1 || countReturns(decl.Body) != 1 {
		return Value{}
	}
	result := sig.Results().At(0)
	if len(ret.Results) == 0 && result.Name() == "" {
		return Value{}
	}
	args := map[*types.Var]Value{}
	for i, a := range call.Args {
		args[sig.Params().At(i)] = As(ev.Eval(a), sig.Params().At(i).Type())
	}
	g := &Evaluator{Info: ev.Info, Index: ev.Index, Decls: ev.Decls, depth: ev.depth + 1,
		Bound: func(v *types.Var) (Value, bool) {
			val, ok := args[v]
			return val, ok
		}}
	if len(ret.Results) == 0 {
		// A bare return of the named result.
		return g.Variable(result)
	}
	return As(g.Eval(ret.Results[0]), result.Type())
}

func countReturns(body *ast.BlockStmt) int {
	n := 0
	ast.Inspect(body, func(m ast.Node) bool {
		switch m.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			n++
		}
		return true
	})
	return n
}
