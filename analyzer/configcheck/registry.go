package configcheck

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/dogmavet/dogmavet/analyzer/dogmaconfig"
	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
	"github.com/dogmavet/dogmavet/validate"
)

// checkRegistry reports the message type registry rules (see doc.go).
func (r *reporter) checkRegistry(res *dogmaconfig.Result) {
	reg := res.Registry
	if reg == nil {
		return // no registry in this package's dogma, or no dogma
	}
	r.checkRegistrations(reg)
	if reg.Fact.Incomplete {
		return // a registration dogmavet cannot follow may register any type
	}
	g := reg.Model()
	declaresOwn := map[string]bool{}
	for _, s := range reg.Fact.Registrations {
		declaresOwn[s.Pkg] = true
	}
	// guarded: the type's own package registers message types, so the
	// handler's package, which imports it, sees where its types are
	// registered. Otherwise the registrations may be made by any package
	// importing it, which only the application's package may see.
	guarded := func(t *validate.MessageType) bool {
		p := typePackage(t)
		return p != "" && declaresOwn[p]
	}

	registeredHere := map[*types.TypeName]bool{}
	for _, a := range res.Applications {
		for _, obj := range a.HandlerObjects {
			registeredHere[obj] = true
		}
	}
	for _, h := range res.Handlers {
		var uses []validate.MessageUse
		for _, u := range r.routeUses(h.Config) {
			if registeredHere[h.Object] || guarded(u.Type) {
				uses = append(uses, u)
			}
		}
		for _, p := range validate.CheckRegistered(g, uses) {
			r.report(p, h.Config.Pos)
		}
	}
	for _, a := range res.Applications {
		for i, rg := range a.Config.Registrations {
			if rg.Handler == nil || i >= len(a.HandlerObjects) || a.HandlerObjects[i] == nil {
				continue
			}
			own := rg.Handler
			if i < len(a.Generic) && a.Generic[i] != nil {
				own = a.Generic[i]
			}
			local := a.HandlerObjects[i].Pkg() == r.pass.Pkg
			uses := appUses(r.routeUses(rg.Handler), own, local, guarded)
			for _, p := range validate.CheckRegistered(g, uses) {
				if !r.inPackage(p.Pos) {
					p.Message = rg.Handler.Entity() + ": " + p.Message
					p.Pos = rg.Pos
				}
				r.report(p, rg.Pos)
			}
		}
	}
}

// appUses returns the uses, among those of a handler an application
// registers, that the handler's package did not check: own is the handler
// type's own configuration, local whether the handler is declared in the
// application's package. The handler's package checked a use when it is one
// of own's routes and guarded held there (for a handler of this package,
// which the application registers, always).
func appUses(uses []validate.MessageUse, own *validate.Handler, local bool, guarded func(*validate.MessageType) bool) []validate.MessageUse {
	var out []validate.MessageUse
	for _, u := range uses {
		if hasRoute(own, u) && (local || guarded(u.Type)) {
			continue
		}
		out = append(out, u)
	}
	return out
}

// routeUses returns the uses of h's routes, each named after the route
// function as the program's dogma spells it (SchedulesDeadline from
// v0.24.0).
func (r *reporter) routeUses(h *validate.Handler) []validate.MessageUse {
	us := validate.HandlerRouteUses(h)
	if api := dogmaapi.Of(r.pass); api != nil {
		for i := range us {
			if us[i].Via == validate.SchedulesTimeoutRoute.String()+" route" {
				us[i].Via = api.RouteFuncName(validate.SchedulesTimeoutRoute) + " route"
			}
		}
	}
	return us
}

// checkRegistrations reports message-type-id, message-type-registered-twice
// and duplicate-message-type-id. validate checks the registry with each
// registration at a stand-in position (2i+1 for the call, 2i+2 for its ID),
// so that each problem names the registrations it is about even where their
// files are not in this pass's file set.
func (r *reporter) checkRegistrations(reg *dogmaconfig.Registry) {
	g := &validate.Registry{Keys: reg.Fact.Keys, Deadlines: reg.Fact.Deadlines}
	for i := range reg.Fact.Registrations {
		g.Registrations = append(g.Registrations, reg.Fact.Registrations[i].Model(token.Pos(2*i+1), token.Pos(2*i+2)))
	}
	real := func(p token.Pos) (int, token.Pos) {
		i := (int(p) - 1) / 2
		if int(p)%2 == 0 {
			return i, reg.IDPos[i]
		}
		return i, reg.Pos[i]
	}
	for _, p := range validate.CheckRegistrations(g) {
		if int(p.Pos) < 1 || int(p.Pos) > 2*len(reg.Pos) {
			continue
		}
		i, pos := real(p.Pos)
		j := -1
		for k, rel := range p.Related {
			if int(rel.Pos) >= 1 && int(rel.Pos) <= 2*len(reg.Pos) {
				jj, rp := real(rel.Pos)
				if k == 0 {
					j = jj
				}
				p.Related[k].Pos = rp
			} else {
				p.Related[k].Pos = token.NoPos
			}
		}
		switch {
		case reg.Own[i]:
			// The later registration is this package's (imports are
			// initialised first).
			p.Pos = pos
			r.report(p, reg.Pos[i])
		case j < 0:
			// message-type-id: reported by the package that makes it.
		case shareImport(reg.Through[i], reg.Through[j]):
			// Both are visible through one import, which reported them.
		default:
			// The two registrations meet here first: report at the import
			// that brings in the later one.
			spec := r.importSpec(reg.Through[i][0])
			if spec == nil {
				continue
			}
			si, sj := reg.Fact.Registrations[i], reg.Fact.Registrations[j]
			p.Message = fmt.Sprintf("imported packages %s and %s conflict: %s", si.Pkg, sj.Pkg, p.Message)
			p.Related = append([]validate.Related{{Pos: reg.Pos[i], Message: "later registration of " + si.Type.Display}}, p.Related...)
			p.Pos = spec.Pos()
			r.report(p, spec.Pos())
		}
	}
}

// shareImport reports whether a and b, sorted import paths, share one.
func shareImport(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// importSpec returns the first import declaration of path in the package.
func (r *reporter) importSpec(path string) *ast.ImportSpec {
	for _, f := range r.pass.Files {
		for _, s := range f.Imports {
			if p, err := strconv.Unquote(s.Path.Value); err == nil && p == path {
				return s
			}
		}
	}
	return nil
}

// hasRoute reports whether h has a route of u's kind and type.
func hasRoute(h *validate.Handler, u validate.MessageUse) bool {
	for _, rt := range h.Routes {
		if rt.Type != nil && rt.Type.Name == u.Type.Name && rt.Kind.MessageKind() == u.Kind {
			return true
		}
	}
	return false
}

// typePackage returns the path of the package declaring the named type t
// or *t, from its Name ("*example.com/bank/messages.Open"), or "" for an
// unnamed type.
func typePackage(t *validate.MessageType) string {
	if t == nil {
		return ""
	}
	n := strings.TrimPrefix(t.Name, "*")
	if i := strings.IndexByte(n, '['); i >= 0 {
		n = n[:i] // type arguments
	}
	if strings.ContainsAny(n, "*[]() {}") {
		return ""
	}
	i := strings.LastIndexByte(n, '.')
	if i <= 0 {
		return ""
	}
	return n[:i]
}
