package handlerreturns

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
	"github.com/dogmavet/dogmavet/analyzer/internal/posorder"
	"github.com/dogmavet/dogmavet/analyzer/internal/suppress"
	"github.com/dogmavet/dogmavet/analyzer/internal/values"
	"github.com/dogmavet/dogmavet/validate"
)

// checkRouting checks RouteCommandToInstance or RouteEventToInstance: first
// each return statement whose ID is empty on every path (with ok true for an
// event), then each routed message type of kind on the code that type
// reaches.
func (c *checker) checkRouting(m *dogmaapi.Method, kind validate.RouteKind) {
	event := kind == validate.HandlesEventRoute
	name := m.Recv.Obj().Name()
	reported := map[*ast.ReturnStmt]bool{}
	returns(m.Decl, func(ret *ast.ReturnStmt) {
		if at, ok := c.emptyReturn(m.Sig, ret, nil, event); ok {
			reported[ret] = true
			if event {
				c.rep.Reportf(validate.EmptyInstanceID, at,
					"%s.RouteEventToInstance returns an empty instance ID with ok true, which dogma forbids: return a non-empty ID, or ok false to ignore the event", name)
			} else {
				c.rep.Reportf(validate.EmptyInstanceID, at,
					"%s.RouteCommandToInstance returns an empty instance ID, which dogma forbids: return a non-empty ID, such as one taken from the command", name)
			}
		}
	})

	msg := m.Param(c.pass.TypesInfo, m.Spec.Message)
	for _, t := range c.routedTypes(m.Recv, kind) {
		w, ok := walkPaths(c.pass.TypesInfo, c.ev, c.calls, m.Sig, m.Decl.Body, msg, t)
		if !ok || len(w.rets) == 0 {
			continue
		}
		var first *reached
		var at ast.Node
		proven := true
		for i := range w.rets {
			r := &w.rets[i]
			pos, ok := c.emptyReturn(m.Sig, r.ret, r.vars, event)
			if !ok {
				proven = false
				break
			}
			if !reported[r.ret] && (first == nil || posorder.Less(c.pass.Fset, r.ret.Pos(), first.ret.Pos())) {
				first, at = r, pos
			}
		}
		if !proven || first == nil {
			// Some path returns an ID, or every path is a return already
			// reported.
			continue
		}
		typ := dogmaapi.Display(t)
		var diag analysis.Diagnostic
		if event {
			diag = suppress.Diagnostic(validate.EmptyInstanceID, at,
				"%s.RouteEventToInstance returns an empty instance ID with ok true for %s, which dogma forbids: return a non-empty ID, or ok false to ignore the event", name, typ)
		} else {
			diag = suppress.Diagnostic(validate.EmptyInstanceID, at,
				"%s.RouteCommandToInstance returns an empty instance ID for %s, which dogma forbids: return a non-empty ID, such as one taken from the command", name, typ)
		}
		if w.clause != nil {
			diag.Related = []analysis.RelatedInformation{{Pos: w.clause.Pos(), Message: typ + " takes this case"}}
		}
		c.rep.Report(diag)
	}
}

// emptyReturn reports whether ret returns an empty ID (with ok true for an
// event) on every path (vars nil) or on the path whose variables hold vars,
// and where to report it.
func (c *checker) emptyReturn(sig *types.Signature, ret *ast.ReturnStmt, vars map[*types.Var]values.Value, event bool) (ast.Node, bool) {
	id, at := c.result(sig, ret, 0, vars)
	if !id.IsEmptyString() {
		return nil, false
	}
	if event {
		ok, _ := c.result(sig, ret, 1, vars)
		if b, known := ok.Bool(); !known || !b {
			return nil, false
		}
	}
	return at, true
}

// routedTypes returns the message types the handler routes with kind, in
// route order, when its Configure is extracted in this package.
func (c *checker) routedTypes(recv *types.Named, kind validate.RouteKind) []types.Type {
	h := c.config.Handler(recv.Origin())
	if h == nil || h.Config == nil {
		return nil
	}
	var out []types.Type
	for i, r := range h.Config.Routes {
		if r.Kind != kind || i >= len(h.RouteTypes) || h.RouteTypes[i] == nil || r.Invalid != "" {
			continue
		}
		t := h.RouteTypes[i]
		dup := false
		for _, o := range out {
			if types.Identical(o, t) {
				dup = true
			}
		}
		if !dup {
			out = append(out, t)
		}
	}
	return out
}
