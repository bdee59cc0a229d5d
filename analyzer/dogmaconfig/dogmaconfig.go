package dogmaconfig

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"sort"

	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
	"github.com/dogmavet/dogmavet/analyzer/internal/noreturn"
	"github.com/dogmavet/dogmavet/analyzer/internal/posn"
	"github.com/dogmavet/dogmavet/analyzer/internal/posorder"
	"github.com/dogmavet/dogmavet/analyzer/internal/values"
	"github.com/dogmavet/dogmavet/validate"
)

// Analyzer extracts the Dogma configuration of every application and
// handler type of a package. It reports nothing; see configcheck.
var Analyzer = &analysis.Analyzer{
	Name:             "dogmaconfig",
	Doc:              "extract the configuration of Dogma applications and handlers from source",
	URL:              "https://pkg.go.dev/github.com/dogmavet/dogmavet/analyzer/dogmaconfig",
	Run:              run,
	Requires:         []*analysis.Analyzer{dogmaapi.Analyzer},
	RunDespiteErrors: true,
	ResultType:       reflect.TypeFor[*Result](),
	FactTypes:        []analysis.Fact{new(HandlersFact), new(ApplicationFact), new(ConfigurerHelperFact), new(RouteSliceFact), new(RegistryFact), new(ForwarderFact)},
}

// Result is the configuration extracted from one package.
type Result struct {
	// Handlers holds every type of the package with a Configure method
	// taking a dogma handler configurer, in source order.
	Handlers []*Handler

	// Applications holds every type of the package with a Configure method
	// taking a dogma.ApplicationConfigurer, in source order.
	Applications []*Application

	// Registry is the message type registry the package sees (see
	// RegistryFact), or nil when it sees no registration and nothing that
	// could be one.
	Registry *Registry

	byObject map[*types.TypeName]*Handler
}

// Handler returns the handler declared by the type name obj (the origin of
// a generic type), or nil.
func (r *Result) Handler(obj *types.TypeName) *Handler {
	if r == nil {
		return nil
	}
	return r.byObject[obj]
}

// Handler is one handler type and its configuration.
type Handler struct {
	// Object is the handler's type name (the generic type for a generic
	// handler).
	Object *types.TypeName

	// Decl is its Configure method.
	Decl *ast.FuncDecl

	// Summary is the portable form of the configuration, also exported in
	// the package's HandlersFact.
	Summary *HandlerSummary

	// Config is the configuration in validate's model, with positions in
	// this pass's file set. For a generic handler, routes whose message type
	// is a type parameter are left out and Config.RoutesComplete is false.
	Config *validate.Handler

	// RouteTypes is parallel to Config.Routes: the go/types message type of
	// each route, or nil when the route has no type (a nil Type field, an
	// invalid route value) or comes from a handler of another package whose
	// Configure this one calls (Config.Routes[i].Type still describes it).
	RouteTypes []types.Type
}

// Application is one application type and its configuration.
type Application struct {
	// Object is the application's type name.
	Object *types.TypeName

	// Decl is its Configure method.
	Decl *ast.FuncDecl

	// Summary is the portable form, also exported as an ApplicationFact.
	Summary *ApplicationSummary

	// Config is the configuration in validate's model. Registered handlers
	// carry their own configuration, instantiated for generic handlers;
	// positions in other packages are token.NoPos unless their files are in
	// this pass's file set.
	Config *validate.App

	// HandlerObjects is parallel to Config.Registrations: the type name
	// declaring each registered handler's Configure, nil for a nil handler;
	// for a handler registered through a configure-forwarding adaptor, the
	// wrapped handler's.
	HandlerObjects []*types.TypeName

	// Generic is parallel to Config.Registrations: where a registration's
	// configuration differs from its handler type's own, the type's own:
	// the generic declaration of a registered instantiation (routes on type
	// parameters unknown), or the handler without the registered value's
	// fields (see Registered values in the package doc); nil otherwise.
	Generic []*validate.Handler
}

// extractor holds the state of one pass.
type extractor struct {
	pass *analysis.Pass
	info *types.Info
	api  *dogmaapi.API
	res  *posn.Resolver

	// decls maps functions and methods of the package to their declarations.
	decls map[*types.Func]*ast.FuncDecl
	// vals records which variables keep the value of their declaration,
	// for the value evaluator (see evaluator); it is filled lazily.
	vals *values.Index

	// globals maps the package-level route slices extraction follows to
	// their declared values (see indexGlobals).
	globals map[*types.Var]ast.Expr

	local map[*types.TypeName]*Handler

	// imported caches the handlers of imported packages (importedHandlers).
	imported map[*types.Package]map[string]*HandlerSummary

	// forwarders memoises the configure-forwarding functions of the
	// package (see forwarders.go).
	forwarders map[*types.Func]forwarder

	// indexed is set once index has filled decls.
	indexed bool

	// noReturn tells calls that never return; see oracle.
	noReturn *noreturn.Oracle
}

// oracle returns the package's oracle of calls that never return, built on
// first use from the indexed declarations.
func (x *extractor) oracle() *noreturn.Oracle {
	if x.noReturn == nil {
		x.index()
		x.noReturn = noreturn.New(x.info, x.decls)
	}
	return x.noReturn
}

func run(pass *analysis.Pass) (any, error) {
	result := &Result{byObject: map[*types.TypeName]*Handler{}}
	if pass.Pkg == nil || pass.TypesInfo == nil {
		return result, nil
	}
	api := dogmaapi.Of(pass)
	var files []*token.File
	for _, f := range pass.Files {
		if tf := pass.Fset.File(f.Pos()); tf != nil {
			files = append(files, tf)
		}
	}
	res := posn.NewResolver(pass.Fset, files)
	var x *extractor
	if api != nil {
		x = &extractor{
			pass:     pass,
			info:     pass.TypesInfo,
			api:      api,
			res:      res,
			decls:    map[*types.Func]*ast.FuncDecl{},
			vals:     values.NewIndex(pass.TypesInfo, pass.Pkg, pass.Files),
			local:    result.byObject,
			imported: map[*types.Package]map[string]*HandlerSummary{},

			forwarders: map[*types.Func]forwarder{},
		}
	}
	// Every package passes its imports' registries on, whether or not it
	// depends on dogma itself.
	result.Registry = collectRegistry(pass, api, res, x)
	if api == nil {
		return result, nil
	}

	type entity struct {
		decl *ast.FuncDecl
		fn   *types.Func
		obj  *types.TypeName
		kind dogmaapi.Entity
		hk   validate.HandlerKind
	}
	var entities []entity
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || fd.Name.Name != "Configure" || fd.Body == nil {
				continue
			}
			fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			sig := fn.Signature()
			if sig.Params().Len() != 1 || sig.Results().Len() != 0 || sig.Variadic() {
				continue
			}
			kind, hk := api.ConfigurerKind(sig.Params().At(0).Type())
			if kind == dogmaapi.NotEntity {
				continue
			}
			obj := recvTypeName(sig)
			if obj == nil {
				continue
			}
			entities = append(entities, entity{fd, fn, obj, kind, hk})
		}
	}
	helpers := x.exportable()
	if len(entities) == 0 && len(helpers) == 0 {
		// Nothing to extract: spare the walks over every file that
		// indexing does.
		return result, nil
	}
	x.index()
	x.indexGlobals()
	x.exportHelperFacts(helpers)
	// Handlers first: applications of the package register them.
	for _, e := range entities {
		if e.kind != dogmaapi.HandlerEntity {
			continue
		}
		h := x.extractHandler(e.decl, e.fn, e.obj, e.hk)
		result.Handlers = append(result.Handlers, h)
		result.byObject[e.obj] = h
	}
	for _, e := range entities {
		if e.kind != dogmaapi.ApplicationEntity {
			continue
		}
		a := x.extractApplication(e.decl, e.fn, e.obj)
		result.Applications = append(result.Applications, a)
		pass.ExportObjectFact(e.obj, newApplicationFact(a.Summary))
	}
	sort.SliceStable(result.Handlers, func(i, j int) bool {
		return posorder.Less(pass.Fset, result.Handlers[i].Decl.Pos(), result.Handlers[j].Decl.Pos())
	})
	sort.SliceStable(result.Applications, func(i, j int) bool {
		return posorder.Less(pass.Fset, result.Applications[i].Decl.Pos(), result.Applications[j].Decl.Pos())
	})
	if len(result.Handlers) > 0 {
		pass.ExportPackageFact(newHandlersFact(result.Handlers))
	}
	return result, nil
}

// recvTypeName returns the type name of a method's receiver base type.
func recvTypeName(sig *types.Signature) *types.TypeName {
	if sig.Recv() == nil {
		return nil
	}
	t := types.Unalias(sig.Recv().Type())
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, ok := t.(*types.Named)
	if !ok {
		return nil
	}
	return n.Origin().Obj()
}

// index records the package's function declarations, once.
func (x *extractor) index() {
	if x.indexed {
		return
	}
	x.indexed = true
	for _, file := range x.pass.Files {
		for _, decl := range file.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok {
				if fn, ok := x.info.Defs[fd.Name].(*types.Func); ok {
					x.decls[fn] = fd
				}
			}
		}
	}
}

// isEscaped reports whether v is used in a closure or has its address
// taken; isReassigned whether v is assigned after its declaration. See
// values.Index, which walks only the declaration of a local variable.
func (x *extractor) isEscaped(v *types.Var) bool { return x.vals.Escaped(v) }

func (x *extractor) isReassigned(v *types.Var) bool { return x.vals.Reassigned(v) }

// newFrame returns the frame of a Configure method.
func (x *extractor) newFrame(eff *effects, decl *ast.FuncDecl, fn *types.Func) *frame {
	f := &frame{
		eff:         eff,
		fn:          fn,
		configurers: map[*types.Var]bool{},
		consts:      map[*types.Var]string{},
		env:         map[*types.Var]value{},
		subst:       map[*types.TypeParam]types.Type{},
	}
	if p := fn.Signature().Params().At(0); p.Name() != "" && p.Name() != "_" {
		f.configurers[p] = true
	}
	if x.isEscaped(fn.Signature().Params().At(0)) || x.isReassigned(fn.Signature().Params().At(0)) {
		// A closure or pointer may reach the configurer at any time.
		eff.unknownAll()
	}
	return f
}

func (x *extractor) extractHandler(decl *ast.FuncDecl, fn *types.Func, obj *types.TypeName, kind validate.HandlerKind) *Handler {
	sig := fn.Signature()
	eff := newEffects(false, sig.RecvTypeParams())
	eff.handler.Kind = kind
	f := x.newFrame(eff, decl, fn)
	x.walkBody(f, decl.Body)

	s := eff.handler
	s.IdentitySkips, s.IdentityRepeats = x.identityPaths(decl, fn, false)
	s.GoType = dogmaapi.Display(sig.Recv().Type())
	s.TypeParams = sig.RecvTypeParams().Len()
	s.Pos = x.posn(decl.Name.Pos())
	h := &Handler{Object: obj, Decl: decl, Summary: &s}
	h.Config, h.RouteTypes = x.handlerModel(&s, nil, eff.routeTypes)
	return h
}

func (x *extractor) extractApplication(decl *ast.FuncDecl, fn *types.Func, obj *types.TypeName) *Application {
	sig := fn.Signature()
	eff := newEffects(true, sig.RecvTypeParams())
	f := x.newFrame(eff, decl, fn)
	x.walkBody(f, decl.Body)

	s := eff.application
	s.IdentitySkips, s.IdentityRepeats = x.identityPaths(decl, fn, true)
	s.GoType = dogmaapi.Display(sig.Recv().Type())
	s.Pos = x.posn(decl.Name.Pos())
	a := &Application{Object: obj, Decl: decl, Summary: &s}
	a.Config = x.applicationModel(&s)
	for _, r := range eff.registrations {
		a.HandlerObjects = append(a.HandlerObjects, r.object)
		var g *validate.Handler
		if r.declared != nil {
			g, _ = x.handlerModel(r.declared, nil, nil)
		}
		a.Generic = append(a.Generic, g)
	}
	return a
}

// handlerSummary returns the summary of the handler declared by tn: from
// this package's extraction, or from a fact.
func (x *extractor) handlerSummary(tn *types.TypeName) *HandlerSummary {
	if h := x.local[tn]; h != nil {
		return h.Summary
	}
	if tn.Pkg() == x.pass.Pkg {
		return nil
	}
	return x.importedHandlers(tn.Pkg())[tn.Name()]
}

// importedHandlers returns the handlers of pkg, a package this one imports,
// by type name, read from its HandlersFact once.
func (x *extractor) importedHandlers(pkg *types.Package) map[string]*HandlerSummary {
	if hs, ok := x.imported[pkg]; ok {
		return hs
	}
	var fact HandlersFact
	var hs map[string]*HandlerSummary
	if x.pass.ImportPackageFact(pkg, &fact) {
		declared := posn.Unpack(fact.Handlers, fact.Files)
		hs = make(map[string]*HandlerSummary, len(declared))
		for i := range declared {
			hs[declared[i].Name] = &declared[i].Summary
		}
	}
	x.imported[pkg] = hs
	return hs
}
