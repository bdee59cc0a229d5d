package dogmaapi

import (
	"go/ast"
	"iter"
)

// Methods yields the method declarations with a body in files, in source
// order, for HandlerMethod and RootMethod to sort out. Methods are only ever
// top-level declarations, so reading each file's Decls finds them all
// without walking (or, for the first analyzer that asks, indexing) every
// node of the package.
func Methods(files []*ast.File) iter.Seq[*ast.FuncDecl] {
	return func(yield func(*ast.FuncDecl) bool) {
		for _, f := range files {
			for _, decl := range f.Decls {
				fd, ok := decl.(*ast.FuncDecl)
				if !ok || fd.Recv == nil || fd.Body == nil {
					continue
				}
				if !yield(fd) {
					return
				}
			}
		}
	}
}
