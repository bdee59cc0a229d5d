package runtimetest

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// formatValue prints a message as Go syntax, without pointer addresses and
// with map keys sorted, so that failures read the same on every run.
func formatValue(v reflect.Value) string {
	var b strings.Builder
	writeValue(&b, v, 0)
	return b.String()
}

// maxDepth stops formatting cyclic or very deep values.
const maxDepth = 8

func writeValue(b *strings.Builder, v reflect.Value, depth int) {
	if !v.IsValid() {
		b.WriteString("nil")
		return
	}
	if depth > maxDepth {
		b.WriteString("...")
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			fmt.Fprintf(b, "(%s)(nil)", v.Type())
			return
		}
		b.WriteByte('&')
		writeValue(b, v.Elem(), depth+1)
	case reflect.Interface:
		if v.IsNil() {
			b.WriteString("nil")
			return
		}
		writeValue(b, v.Elem(), depth+1)
	case reflect.Struct:
		b.WriteString(v.Type().String())
		b.WriteByte('{')
		t := v.Type()
		for i := range v.NumField() {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(t.Field(i).Name + ": ")
			writeValue(b, v.Field(i), depth+1)
		}
		b.WriteByte('}')
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			b.WriteString("nil")
			return
		}
		b.WriteString(v.Type().String())
		b.WriteByte('{')
		for i := range v.Len() {
			if i > 0 {
				b.WriteString(", ")
			}
			writeValue(b, v.Index(i), depth+1)
		}
		b.WriteByte('}')
	case reflect.Map:
		if v.IsNil() {
			b.WriteString("nil")
			return
		}
		type kv struct{ k, v string }
		var kvs []kv
		it := v.MapRange()
		for it.Next() {
			kvs = append(kvs, kv{formatValue(it.Key()), formatValue(it.Value())})
		}
		slices.SortFunc(kvs, func(a, b kv) int { return strings.Compare(a.k, b.k) })
		b.WriteString(v.Type().String())
		b.WriteByte('{')
		for i, p := range kvs {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(p.k + ": " + p.v)
		}
		b.WriteByte('}')
	case reflect.String:
		b.WriteString(strconv.Quote(v.String()))
	case reflect.Bool:
		b.WriteString(strconv.FormatBool(v.Bool()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		b.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		b.WriteString(strconv.FormatUint(v.Uint(), 10))
	case reflect.Float32, reflect.Float64:
		b.WriteString(strconv.FormatFloat(v.Float(), 'g', -1, 64))
	case reflect.Complex64, reflect.Complex128:
		b.WriteString(strconv.FormatComplex(v.Complex(), 'g', -1, 128))
	case reflect.Func, reflect.Chan, reflect.UnsafePointer:
		if v.IsNil() {
			b.WriteString("nil")
		} else {
			fmt.Fprintf(b, "(%s)(...)", v.Type())
		}
	default:
		b.WriteString(v.Type().String())
	}
}

// diff lists where got differs from want, a line each: "Amount: got 100,
// want 200". Structs and pointers are compared field by field; any other
// value that is not reflect.DeepEqual is one line.
func diff(want, got reflect.Value) []string {
	var out []string
	diffAt(&out, "", want, got, 0)
	return out
}

func diffAt(out *[]string, path string, want, got reflect.Value, depth int) {
	if reflect.DeepEqual(valueOf(want), valueOf(got)) {
		return
	}
	if want.IsValid() && got.IsValid() && want.Type() == got.Type() && depth <= maxDepth {
		switch want.Kind() {
		case reflect.Pointer:
			if !want.IsNil() && !got.IsNil() {
				diffAt(out, path, want.Elem(), got.Elem(), depth+1)
				return
			}
		case reflect.Struct:
			for i := range want.NumField() {
				diffAt(out, join(path, want.Type().Field(i).Name), want.Field(i), got.Field(i), depth+1)
			}
			return
		}
	}
	name := path
	if name == "" {
		name = "value"
	}
	*out = append(*out, fmt.Sprintf("%s: got %s, want %s", name, formatValue(got), formatValue(want)))
}

// valueOf returns v's value for reflect.DeepEqual; an unexported field's
// value cannot be taken, so it is compared through a copy of its parent,
// which diffAt reaches only when DeepEqual already said the parents differ.
func valueOf(v reflect.Value) any {
	if !v.IsValid() {
		return nil
	}
	if v.CanInterface() {
		return v.Interface()
	}
	return formatValue(v) // compared by its printed form
}

func join(path, field string) string {
	if path == "" {
		return field
	}
	return path + "." + field
}
