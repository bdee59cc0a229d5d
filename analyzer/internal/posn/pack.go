package posn

import (
	"reflect"
	"strconv"
	"strings"
)

// Under go vet every importer of a package decodes again the facts of all
// of that package's dependencies, and most of a fact's encoded size is the
// file names of its positions, one per position. Pack replaces each name
// with a reference into a table that holds it once; Unpack restores it.

// ref marks a packed file name; no file name starts with a NUL byte.
const ref = "\x00"

// Pack returns a deep copy of v whose positions' file names are references
// into files. v itself is not changed: analyzers may still read it.
func Pack[T any](v T) (packed T, files []string) {
	index := map[string]int{}
	packed = transform(v, func(name string) string {
		i, ok := index[name]
		if !ok {
			i = len(files)
			index[name] = i
			files = append(files, name)
		}
		return ref + strconv.Itoa(i)
	})
	return packed, files
}

// Unpack returns a deep copy of v, a value Pack returned, with the file
// names restored from files. A reference outside files, from a corrupt
// fact, becomes no file: the position then resolves to no position.
func Unpack[T any](v T, files []string) T {
	return transform(v, func(name string) string {
		s, ok := strings.CutPrefix(name, ref)
		if !ok {
			return name
		}
		i, err := strconv.Atoi(s)
		if err != nil || i < 0 || i >= len(files) {
			return ""
		}
		return files[i]
	})
}

var posnType = reflect.TypeFor[Posn]()

// transform returns a deep copy of v with f applied to the file name of
// every position it holds.
func transform[T any](v T, f func(string) string) T {
	in := reflect.ValueOf(&v).Elem()
	out := reflect.New(in.Type()).Elem()
	copyValue(out, in, f)
	return out.Interface().(T)
}

// copyValue copies in to out, deeply through pointers, slices, arrays and
// the exported fields of structs, applying f to positions' file names.
// Unexported fields and maps are copied as they are: facts keep their data
// in exported fields and hold no positions in maps.
func copyValue(out, in reflect.Value, f func(string) string) {
	switch in.Kind() {
	case reflect.Pointer:
		if in.IsNil() {
			return
		}
		p := reflect.New(in.Type().Elem())
		copyValue(p.Elem(), in.Elem(), f)
		out.Set(p)
	case reflect.Slice:
		if in.IsNil() {
			return
		}
		s := reflect.MakeSlice(in.Type(), in.Len(), in.Len())
		for i := range in.Len() {
			copyValue(s.Index(i), in.Index(i), f)
		}
		out.Set(s)
	case reflect.Array:
		for i := range in.Len() {
			copyValue(out.Index(i), in.Index(i), f)
		}
	case reflect.Struct:
		out.Set(in)
		if in.Type() == posnType {
			if name := in.Field(0).String(); name != "" {
				out.Field(0).SetString(f(name))
			}
			return
		}
		for i := range in.NumField() {
			if in.Type().Field(i).IsExported() {
				copyValue(out.Field(i), in.Field(i), f)
			}
		}
	default:
		out.Set(in)
	}
}
