package validate

import (
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"github.com/dogmatiq/dogma"
)

var messageInterfaces = [...]struct {
	kind  MessageKind
	iface reflect.Type
}{
	{Command, reflect.TypeFor[dogma.Command]()},
	{Event, reflect.TypeFor[dogma.Event]()},
	{Timeout, reflect.TypeFor[dogma.Timeout]()},
}

// MessageTypeOf describes the Go type t for the model; it returns nil for a
// nil t. Name is spelled as go/types' types.TypeString(t, nil) spells the
// same type, so that both front ends name a type identically. One spelling
// cannot match: reflect does not know whether the empty interface was
// written any or interface{}, and spells it interface{}.
func MessageTypeOf(t reflect.Type) *MessageType {
	if t == nil {
		return nil
	}
	mt := &MessageType{
		Name:       typeName(t, true),
		Display:    typeName(t, false),
		Implements: kindsOf(t),
		Interface:  t.Kind() == reflect.Interface,
	}
	switch {
	case t.Kind() == reflect.Pointer:
		mt.Pointer = true
		mt.ElemImplements = kindsOf(t.Elem())
	case !mt.Interface:
		mt.PointerImplements = kindsOf(reflect.PointerTo(t))
	}
	return mt
}

func kindsOf(t reflect.Type) MessageKindSet {
	var s MessageKindSet
	for _, m := range messageInterfaces {
		if t.Implements(m.iface) {
			s = s.With(m.kind)
		}
	}
	return s
}

// typeName spells t as go/types does. With full set, a named type is
// qualified by its package path (types.TypeString(t, nil)); otherwise by its
// package name, as a user reads it. Type arguments of a generic type are
// spelled by reflect, which always uses package paths.
func typeName(t reflect.Type, full bool) string {
	if t.Name() != "" {
		if t.PkgPath() == "" {
			return t.Name() // predeclared, such as int or error
		}
		if full {
			return t.PkgPath() + "." + typeArgsSpacing(t.Name())
		}
		// reflect's String() qualifies by package name, except in type
		// arguments, which it qualifies by package path.
		return shortenTypeArgs(typeArgsSpacing(t.String()))
	}
	elem := func(e reflect.Type) string { return typeName(e, full) }
	switch t.Kind() {
	case reflect.Pointer:
		return "*" + elem(t.Elem())
	case reflect.Slice:
		return "[]" + elem(t.Elem())
	case reflect.Array:
		return "[" + strconv.Itoa(t.Len()) + "]" + elem(t.Elem())
	case reflect.Map:
		return "map[" + elem(t.Key()) + "]" + elem(t.Elem())
	case reflect.Chan:
		switch t.ChanDir() {
		case reflect.RecvDir:
			return "<-chan " + elem(t.Elem())
		case reflect.SendDir:
			return "chan<- " + elem(t.Elem())
		}
		if t.Elem().Kind() == reflect.Chan && t.Elem().ChanDir() == reflect.RecvDir {
			return "chan (" + elem(t.Elem()) + ")"
		}
		return "chan " + elem(t.Elem())
	case reflect.Struct:
		return structName(t, full)
	case reflect.Interface:
		return interfaceName(t, full)
	case reflect.Func:
		return "func" + signatureName(t, full)
	}
	return t.String()
}

// typeArgsSpacing respaces the type arguments reflect prints in a generic
// type's name ("G[int,string]", "struct { A int }") as go/types does
// ("G[int, string]", "struct{A int}").
func typeArgsSpacing(name string) string {
	i := strings.IndexByte(name, '[')
	if i < 0 {
		return name
	}
	var b strings.Builder
	b.WriteString(name[:i])
	args := name[i:]
	args = strings.NewReplacer("struct { ", "struct{", "interface { ", "interface{", " }", "}", "struct {}", "struct{}", "interface {}", "interface{}").Replace(args)
	for j := 0; j < len(args); j++ {
		b.WriteByte(args[j])
		if args[j] == ',' && j+1 < len(args) && args[j+1] != ' ' {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// pathQualifier matches the package path before a package's last path
// element, as in "example.com/bank/messages." of a type argument.
var pathQualifier = regexp.MustCompile(`(?:[\w.~-]+/)+([\w~-]+\.)`)

// shortenTypeArgs qualifies the type arguments of a display name by package
// name (the last path element, which is the package name by convention).
func shortenTypeArgs(name string) string {
	i := strings.IndexByte(name, '[')
	if i < 0 {
		return name
	}
	return name[:i] + pathQualifier.ReplaceAllString(name[i:], "$1")
}

func structName(t reflect.Type, full bool) string {
	var b strings.Builder
	b.WriteString("struct{")
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if i > 0 {
			b.WriteString("; ")
		}
		if !f.Anonymous {
			b.WriteString(f.Name + " ")
		}
		b.WriteString(typeName(f.Type, full))
		if f.Tag != "" {
			b.WriteString(" " + strconv.Quote(string(f.Tag)))
		}
	}
	b.WriteString("}")
	return b.String()
}

func interfaceName(t reflect.Type, full bool) string {
	if t.NumMethod() == 0 {
		return "interface{}"
	}
	var b strings.Builder
	b.WriteString("interface{")
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(m.Name + signatureName(m.Type, full))
	}
	b.WriteString("}")
	return b.String()
}

func signatureName(t reflect.Type, full bool) string {
	var b strings.Builder
	b.WriteString("(")
	for i := 0; i < t.NumIn(); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		if t.IsVariadic() && i == t.NumIn()-1 {
			b.WriteString("..." + typeName(t.In(i).Elem(), full))
			continue
		}
		b.WriteString(typeName(t.In(i), full))
	}
	b.WriteString(")")
	switch t.NumOut() {
	case 0:
	case 1:
		b.WriteString(" " + typeName(t.Out(0), full))
	default:
		b.WriteString(" (")
		for i := 0; i < t.NumOut(); i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(typeName(t.Out(i), full))
		}
		b.WriteString(")")
	}
	return b.String()
}
