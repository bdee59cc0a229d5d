package configcheck

import (
	"crypto/sha256"
	"encoding/hex"
	"go/ast"
	"go/token"
	"path/filepath"
	"sort"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/analyzer/dogmaconfig"
	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
	"github.com/dogmavet/dogmavet/analyzer/internal/keyfix"
	"github.com/dogmavet/dogmavet/analyzer/internal/posorder"
	"github.com/dogmavet/dogmavet/analyzer/internal/suppress"
	"github.com/dogmavet/dogmavet/validate"
)

// Rules lists the rule IDs this analyzer reports (and whose
// //dogmavet:ignore directives it judges).
var Rules = []validate.RuleID{
	validate.IdentityMissing,
	validate.IdentityMultiple,
	validate.IdentityName,
	validate.IdentityNameLength,
	validate.IdentityNameUTF8,
	validate.IdentityKey,
	validate.IdentityKeyCanonical,
	validate.MissingHandlesCommand,
	validate.MissingRecordsEvent,
	validate.MissingHandlesEvent,
	validate.MissingExecutesCommand,
	validate.DuplicateRoute,
	validate.DuplicateCommandRoute,
	validate.DuplicateEventRecorder,
	validate.DuplicateKey,
	validate.DuplicateName,
	validate.NilDeliveryPolicy,
	validate.NilHandler,
	validate.InvalidRoute,
	validate.NilRouteType,
	validate.RouteReceiver,
	validate.RouteMessageKind,
	validate.RouteInterfaceType,
	validate.MessageTypeUnregistered,
	validate.MessageTypeID,
	validate.DuplicateMessageTypeID,
	validate.MessageTypeRegisteredTwice,
}

// Analyzer reports violations of Dogma's configuration rules.
var Analyzer = &analysis.Analyzer{
	Name:             "configcheck",
	Doc:              "check the configuration of Dogma applications and handlers\n\nconfigcheck reports the configuration rules that an engine enforces when it\nstarts an application (identities, routes, registrations), at the Identity\ncall, the route, the RegisterX call or the Configure declaration.",
	URL:              "https://pkg.go.dev/github.com/dogmavet/dogmavet/analyzer/configcheck",
	Requires:         []*analysis.Analyzer{dogmaconfig.Analyzer, dogmaapi.Analyzer},
	Run:              run,
	RunDespiteErrors: true,
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[dogmaconfig.Analyzer].(*dogmaconfig.Result)
	r := reporter{pass: pass, seen: map[key]bool{}, out: suppress.NewReporter(pass, Rules)}
	keys, timeouts := programNames(pass)

	for _, h := range res.Handlers {
		for _, p := range handlerProblems(h.Config, keys, timeouts) {
			r.report(p, h.Config.Pos)
		}
	}
	for _, a := range res.Applications {
		if a.Config == nil {
			continue
		}
		app := *a.Config
		app.Keys = keys
		for _, p := range validate.CheckApplicationSelf(&app) {
			r.report(p, a.Config.Pos)
		}
		// A registered instantiation of a generic handler, or a registered
		// value whose fields are known, can break rules the handler type
		// alone cannot show (its type-parameter routes, or the fields its
		// Configure reads, are unknown there); report those at the
		// registration.
		for i, reg := range a.Config.Registrations {
			if reg.Handler == nil || i >= len(a.Generic) || a.Generic[i] == nil {
				continue
			}
			own := rules(handlerProblems(a.Generic[i], keys, timeouts))
			for _, p := range handlerProblems(reg.Handler, keys, timeouts) {
				if own[p.Rule] {
					continue
				}
				p.Message = reg.Handler.Entity() + ": " + p.Message
				p.Related = append([]validate.Related{{Pos: p.Pos, Message: "in " + reg.Handler.Entity()}}, p.Related...)
				p.Pos = reg.Pos
				r.report(p, reg.Pos)
			}
		}
	}
	r.checkRegistry(res)
	r.flush()
	return nil, nil
}

// handlerProblems returns the problems of a handler as an application
// registering it reports them: an application leaves out a disabled handler
// that configures nothing else (R19), so such a handler has no problems.
// The application built here has no identity of its own and no other
// handler, so CheckApplication adds nothing but the handler's problems, and
// the skip rule stays in validate.
func handlerProblems(h *validate.Handler, keys validate.KeyRules, timeouts validate.TimeoutNames) []validate.Problem {
	if h == nil {
		return nil
	}
	// A copy: the configuration is dogmaconfig's result, shared with other
	// analyzers.
	hc := *h
	hc.Keys = keys
	hc.Timeouts = timeouts
	alone := &validate.App{
		Keys:                  keys,
		Registrations:         []validate.Registration{{Kind: h.Kind, Handler: &hc}},
		IdentitiesComplete:    false,
		RegistrationsComplete: false,
	}
	return validate.CheckApplication(alone)
}

// programNames returns the rules identity keys follow in the program's
// dogma (case-insensitive, with the nil UUID rejected, from v0.16.0) and its
// names for timeouts (deadlines from v0.24.0).
func programNames(pass *analysis.Pass) (validate.KeyRules, validate.TimeoutNames) {
	api := dogmaapi.Of(pass)
	if api == nil {
		return validate.RFC4122Keys, validate.TimeoutNames{}
	}
	keys := validate.KeyRules{
		CaseInsensitive: api.Keys.CaseInsensitive,
		NilRejected:     api.Keys.NilRejected,
	}
	timeouts := validate.TimeoutNames{
		Route:     api.Names.SchedulesTimeout,
		Noun:      api.Names.Noun,
		Interface: "dogma." + api.Names.Timeout,
	}
	return keys, timeouts
}

func rules(ps []validate.Problem) map[validate.RuleID]bool {
	m := map[validate.RuleID]bool{}
	for _, p := range ps {
		m[p.Rule] = true
	}
	return m
}

type key struct {
	pos  token.Pos
	rule validate.RuleID
	msg  string
}

// reporter turns problems into diagnostics at positions of this package.
type reporter struct {
	pass  *analysis.Pass
	seen  map[key]bool
	diags []analysis.Diagnostic
	out   *suppress.Reporter

	// keyArgs maps the position of each Identity call's key argument to
	// the argument, built when a key finding needs its fix.
	keyArgs map[token.Pos]ast.Expr
}

// report reports p at its position, or at fallback when p's position is
// not in this package (a handler declared elsewhere).
func (r *reporter) report(p validate.Problem, fallback token.Pos) {
	pos := p.Pos
	if !r.inPackage(pos) {
		pos = fallback
	}
	if !r.inPackage(pos) {
		return
	}
	k := key{pos, p.Rule, p.Message}
	if r.seen[k] {
		return
	}
	r.seen[k] = true
	d := analysis.Diagnostic{
		Pos:      pos,
		Category: string(p.Rule),
		URL:      p.Rule.URL(),
		Message:  p.Message,
	}
	for _, rel := range p.Related {
		// A position this pass cannot place is dropped, not guessed.
		if rel.Pos.IsValid() && r.pass.Fset.File(rel.Pos) != nil {
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: rel.Pos, Message: rel.Message})
		}
	}
	switch p.Rule {
	case validate.IdentityKey, validate.IdentityKeyCanonical, validate.MessageTypeID:
		if arg := r.keyArg(pos); arg != nil {
			if fix, ok := keyfix.For(p.Rule, arg, r.keyFor(pos)); ok {
				d.SuggestedFixes = []analysis.SuggestedFix{fix}
			}
		}
	}
	r.diags = append(r.diags, d)
}

// keyFor returns the generator of the replacement key for an invalid key at
// pos. The key is random-looking but derived from the package, file name and
// line, so that the same input always gives the same output (a fix in -json
// output, or in a golden file) and two findings never get the same key.
func (r *reporter) keyFor(pos token.Pos) keyfix.Generator {
	return func() string {
		p := r.pass.Fset.Position(pos)
		sum := sha256.Sum256([]byte(r.pass.Pkg.Path() + "\x00" + filepath.Base(p.Filename) + "\x00" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column)))
		b := sum[:16]
		b[6] = b[6]&0x0f | 0x40 // version 4
		b[8] = b[8]&0x3f | 0x80 // RFC 4122 variant
		h := hex.EncodeToString(b)
		return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32]
	}
}

// keyArg returns the key argument of an Identity call, or the ID argument
// of a call with type arguments (a registry call: problems are only ever
// reported there at the ID of a registration dogmaconfig recognised), at
// pos, or nil.
func (r *reporter) keyArg(pos token.Pos) ast.Expr {
	if r.keyArgs == nil {
		r.keyArgs = map[token.Pos]ast.Expr{}
		for _, f := range r.pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				switch fun := ast.Unparen(call.Fun).(type) {
				case *ast.SelectorExpr:
					if len(call.Args) == 2 && fun.Sel.Name == "Identity" {
						r.keyArgs[call.Args[1].Pos()] = call.Args[1]
					}
				case *ast.IndexExpr, *ast.IndexListExpr:
					if len(call.Args) >= 1 {
						r.keyArgs[call.Args[0].Pos()] = call.Args[0]
					}
				}
				return true
			})
		}
	}
	return r.keyArgs[pos]
}

func (r *reporter) inPackage(pos token.Pos) bool {
	if !pos.IsValid() {
		return false
	}
	f := r.pass.Fset.File(pos)
	if f == nil {
		return false
	}
	for _, file := range r.pass.Files {
		if r.pass.Fset.File(file.Pos()) == f {
			return true
		}
	}
	return false
}

// flush reports the diagnostics in position order, so output does not
// depend on the order in which rules ran.
func (r *reporter) flush() {
	sort.SliceStable(r.diags, func(i, j int) bool {
		a, b := r.diags[i], r.diags[j]
		if a.Pos != b.Pos {
			return posorder.Less(r.pass.Fset, a.Pos, b.Pos)
		}
		if a.Category != b.Category {
			return a.Category < b.Category
		}
		return a.Message < b.Message
	})
	for _, d := range r.diags {
		r.out.Report(d)
	}
	r.out.Finish()
}
