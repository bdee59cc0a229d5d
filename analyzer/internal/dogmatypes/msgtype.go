package dogmatypes

import (
	"go/types"
	"strings"

	"github.com/dogmavet/dogmavet/validate"
)

// MessageType describes t for comparison with route types: Name is spelled
// as dogmaconfig and validate.MessageTypeOf spell it, types.TypeString(t,
// nil); Display qualifies by package name, as a user reads it.
func (d *Dogma) MessageType(t types.Type) *validate.MessageType {
	mt := &validate.MessageType{
		Name:    types.TypeString(t, nil),
		Display: Display(t),
	}
	_, mt.Interface = t.Underlying().(*types.Interface)
	kinds := func(t types.Type) validate.MessageKindSet {
		var s validate.MessageKindSet
		for k, iface := range [...]*types.Interface{d.Command, d.Event, d.Timeout} {
			if iface != nil && types.Implements(t, iface) {
				s = s.With(validate.MessageKind(k))
			}
		}
		return s
	}
	mt.Implements = kinds(t)
	if p, ok := t.(*types.Pointer); ok {
		mt.Pointer = true
		mt.ElemImplements = kinds(p.Elem())
	} else if !mt.Interface {
		mt.PointerImplements = kinds(types.NewPointer(t))
	}
	return mt
}

// Display spells t qualified by package names, e.g. "*messages.Opened".
func Display(t types.Type) string {
	return types.TypeString(t, func(p *types.Package) string { return p.Name() })
}

// Resolve finds the type a route names, looking in pkg and the packages it
// imports, directly or not. It returns nil for what it cannot find, such as
// instances of generic types, so callers must treat nil as "unknown".
func Resolve(pkg *types.Package, name string) types.Type {
	ptr := false
	if rest, ok := strings.CutPrefix(name, "*"); ok {
		ptr, name = true, rest
	}
	if strings.ContainsAny(name, "[]*(){} ") {
		return nil
	}
	i := strings.LastIndex(name, ".")
	if i < 0 {
		return nil
	}
	p := findPath(pkg, name[:i], map[*types.Package]bool{})
	if p == nil {
		return nil
	}
	tn, ok := p.Scope().Lookup(name[i+1:]).(*types.TypeName)
	if !ok {
		return nil
	}
	t := tn.Type()
	if ptr {
		t = types.NewPointer(t)
	}
	return t
}

func findPath(pkg *types.Package, path string, seen map[*types.Package]bool) *types.Package {
	if pkg.Path() == path {
		return pkg
	}
	if seen[pkg] {
		return nil
	}
	seen[pkg] = true
	for _, imp := range pkg.Imports() {
		if p := findPath(imp, path, seen); p != nil {
			return p
		}
	}
	return nil
}
