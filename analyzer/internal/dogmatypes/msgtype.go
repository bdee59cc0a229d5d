package dogmatypes

import (
	"go/types"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
	"github.com/dogmavet/dogmavet/validate"
)

// MessageType describes t for comparison with route types: Name is spelled
// as dogmaconfig and validate.MessageTypeOf spell it, types.TypeString(t,
// nil); Display qualifies by package name, as a user reads it. A type named
// through an alias is described as the type the alias names.
func (d *Dogma) MessageType(t types.Type) *validate.MessageType {
	t = Unalias(t)
	d.mu.Lock()
	cached, ok := d.msgTypes[t]
	d.mu.Unlock()
	if ok {
		return &cached
	}
	mt := d.describe(t)
	d.mu.Lock()
	if d.msgTypes == nil {
		d.msgTypes = map[types.Type]validate.MessageType{}
	}
	d.msgTypes[t] = *mt
	d.mu.Unlock()
	return mt
}

func (d *Dogma) describe(t types.Type) *validate.MessageType {
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

// Unalias is dogmaapi.Unalias, for the packages not yet moved onto
// dogmaapi.
func Unalias(t types.Type) types.Type { return dogmaapi.Unalias(t) }
