package dogmaconfig

import (
	"go/ast"
	"go/types"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
	"github.com/dogmavet/dogmavet/analyzer/internal/typeparams"
	"github.com/dogmavet/dogmavet/analyzer/internal/values"
	"github.com/dogmavet/dogmavet/validate"
)

// configurerCall records one call of a configurer method. cond is true
// when the call runs only on some paths; such a call is never recorded as
// made, it only makes the part it changes incomplete.
func (x *extractor) configurerCall(f *frame, call *ast.CallExpr, name string, cond bool) {
	eff := f.eff
	if cond {
		eff.unknownMethod(name)
		if eff.app {
			x.conditionalRegistration(f, call, name)
		}
		return
	}
	switch name {
	case "Identity":
		if len(call.Args) != 2 {
			eff.identitiesIncomplete()
			return
		}
		id := IdentitySummary{
			Pos:     x.posn(call.Pos()),
			NamePos: x.posn(call.Args[0].Pos()),
			KeyPos:  x.posn(call.Args[1].Pos()),
		}
		id.Name, id.NameKnown = x.evalString(f, call.Args[0])
		id.Key, id.KeyKnown = x.evalString(f, call.Args[1])
		if !id.NameKnown {
			id.NameField = x.receiverField(f, call.Args[0])
		}
		if !id.KeyKnown {
			id.KeyField = x.receiverField(f, call.Args[1])
		}
		eff.addIdentity(id)

	case "Routes":
		if eff.app {
			x.appRoutes(f, call, false)
			return
		}
		var routes []routeValue
		complete := true
		args := call.Args
		if call.Ellipsis.IsValid() && len(args) > 0 {
			rs, ok := x.evalSlice(f, args[len(args)-1])
			if !ok {
				if field := x.receiverField(f, args[len(args)-1]); field != "" && !eff.app {
					// Known where the handler is registered with a known
					// value of the field.
					eff.handler.RouteFields = append(eff.handler.RouteFields,
						RouteFieldSummary{Field: field, Pos: x.posn(args[len(args)-1].Pos())})
				} else {
					complete = false
				}
			}
			args = args[:len(args)-1]
			routes = append(routes, rs...)
		}
		for _, a := range args {
			r, ok := x.evalRoute(f, a)
			if !ok {
				complete = false
				continue
			}
			routes = append(routes, r)
		}
		for _, r := range routes {
			eff.handler.Routes = append(eff.handler.Routes, r.sum)
			eff.routeTypes = append(eff.routeTypes, r.typ)
		}
		if !complete {
			eff.handler.RoutesComplete = false
		}

	case "Disable":
		eff.handler.Disabled = true

	case "ConcurrencyPreference":
		// A hint to the engine (v0.18.1 on) that no rule reads: it leaves
		// the rest of the configuration known.

	case "DeliveryPolicy":
		if len(call.Args) != 1 {
			eff.policyUnknown = true
			return
		}
		tv, ok := x.info.Types[call.Args[0]]
		val := x.evaluator(f).Eval(call.Args[0])
		switch {
		case ok && (tv.IsNil() || val.Kind == values.Nil && val.Type == nil && types.IsInterface(tv.Type)):
			// nil, or a nil interface through a variable, a field or a
			// constructor.
			eff.handler.DeliveryPolicies = append(eff.handler.DeliveryPolicies, PolicySummary{Nil: true, Pos: x.posn(call.Pos())})
		case ok && tv.Type != nil && !types.IsInterface(tv.Type), val.Kind == values.NonNil, val.Kind == values.Nil && val.Type != nil:
			// A concrete value in an interface is never nil, even a nil
			// pointer (configkit compares the interface with nil).
			eff.handler.DeliveryPolicies = append(eff.handler.DeliveryPolicies, PolicySummary{Pos: x.posn(call.Pos())})
		default:
			eff.policyUnknown = true
		}

	default:
		kind, ok := x.api.RegisterMethod(name)
		if !ok || !eff.app {
			eff.unknownAll()
			return
		}
		if len(call.Args) < 1 {
			eff.application.RegistrationsComplete = false
			return
		}
		x.register(f, kind, "", call, call.Args[0], false)
	}
}

// conditionalRegistration records what a registration made on some paths
// only registers, in ApplicationSummary.Conditional.
func (x *extractor) conditionalRegistration(f *frame, call *ast.CallExpr, name string) {
	if name == "Routes" {
		x.appRoutes(f, call, true)
		return
	}
	if kind, ok := x.api.RegisterMethod(name); ok && len(call.Args) > 0 {
		x.register(f, kind, "", call, call.Args[0], true)
	}
}

// register records the registration of the handler value e by call: a
// RegisterX call (fn is "") or a Via call passed to Routes (fn is its
// name). A handler wrapped in an adaptor that only forwards Configure is
// registered as itself (see forwarders.go). cond is true for a call made on
// some paths only: the registration goes to Conditional, the registrations
// being already incomplete.
func (x *extractor) register(f *frame, kind validate.HandlerKind, fn string, call *ast.CallExpr, e ast.Expr, cond bool) {
	eff := f.eff
	reg, ok := x.forwardedRegistration(f, e)
	if !ok {
		reg, ok = x.registration(f, e)
	}
	if ok && reg.summary != nil && reg.summary.Kind != kind {
		// Code that does not type-check, or a shape this does not follow.
		ok = false
	}
	if !ok {
		eff.application.RegistrationsComplete = false
		if a, ok := x.adaptor(kind, e); ok {
			// A full slice expression: branches share the backing array.
			adaptors := eff.application.Adaptors
			eff.application.Adaptors = append(adaptors[:len(adaptors):len(adaptors)], a)
		}
		return
	}
	rs := RegistrationSummary{Kind: kind, Func: fn, Handler: reg.summary, NilType: reg.nilType, Pos: x.posn(call.Pos())}
	if cond {
		// A full slice expression, as for Adaptors.
		cs := eff.application.Conditional
		eff.application.Conditional = append(cs[:len(cs):len(cs)], rs)
		return
	}
	reg.call = call
	reg.pos = call.Pos()
	eff.registrations = append(eff.registrations, reg)
	eff.application.Registrations = append(eff.application.Registrations, rs)
}

// registration resolves the handler value passed to RegisterX to its
// handler type and summary.
func (x *extractor) registration(f *frame, e ast.Expr) (registrationInfo, bool) {
	e = ast.Unparen(e)
	tv, ok := x.info.Types[e]
	if !ok || tv.Type == nil {
		return registrationInfo{}, false
	}
	if tv.IsNil() {
		return registrationInfo{}, true
	}
	val := values.As(x.evaluator(f).Eval(e), tv.Type)
	t := types.Unalias(tv.Type)
	if val.Kind == values.Nil {
		if val.Type == nil {
			// A nil interface, through a variable or a field.
			return registrationInfo{}, true
		}
		if nilPointerPanics(val.Type) {
			return registrationInfo{nilType: dogmaapi.Display(val.Type)}, true
		}
		t = types.Unalias(val.Type)
	}
	if types.IsInterface(t) {
		// An adaptor or constructor returning an interface: only a function
		// of this package whose every return has one concrete type is
		// followed.
		call, ok := e.(*ast.CallExpr)
		if !ok {
			return registrationInfo{}, false
		}
		t = x.concreteResult(call)
		if t == nil {
			return registrationInfo{}, false
		}
	}
	if typeparams.In(t) || !validType(t) {
		return registrationInfo{}, false
	}
	tn, args := x.configureOwner(t)
	if tn == nil {
		return registrationInfo{}, false
	}
	sum := x.handlerSummary(tn)
	if sum == nil {
		return registrationInfo{}, false
	}
	own := sum
	if reg := x.registeredSummary(tn, val, f); reg != nil {
		sum = reg
	} else if reg := x.fieldsSummary(tn, sum, val, t, f); reg != nil {
		sum = reg
	}
	inst := x.instantiate(sum, args)
	inst.GoType = dogmaapi.Display(t)
	info := registrationInfo{handlerType: t, object: tn, typeArgs: args, summary: inst}
	if sum.TypeParams > 0 || len(sum.Delegates) > 0 || sum != own {
		info.declared = own
	}
	return info, true
}

// concreteResult returns the one concrete type every return statement of a
// function of this package returns, or nil.
func (x *extractor) concreteResult(call *ast.CallExpr) types.Type {
	fn, _ := x.staticCallee(call)
	if fn == nil {
		return nil
	}
	decl := x.decls[fn.Origin()]
	if decl == nil || decl.Body == nil {
		return nil
	}
	sig := fn.Origin().Type().(*types.Signature)
	if sig.Results().Len() != 1 || sig.TypeParams().Len() > 0 || sig.RecvTypeParams().Len() > 0 {
		return nil
	}
	var found types.Type
	ok := eachResult(decl.Body, func(e ast.Expr) bool {
		t := x.typeOf(e)
		if t == nil || types.IsInterface(t) || x.info.Types[e].IsNil() {
			return false
		}
		if found == nil {
			found = t
		}
		return types.Identical(found, t)
	})
	if !ok {
		return nil
	}
	return found
}

// eachResult calls f with the value each return statement of body returns,
// outside function literals, while f returns true. It reports false when f
// rejected a value or a return statement does not return exactly one.
func eachResult(body *ast.BlockStmt, f func(ast.Expr) bool) bool {
	ok := true
	ast.Inspect(body, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			ok = len(n.Results) == 1 && f(n.Results[0])
		}
		return ok
	})
	return ok
}
