package dogmaapi

import "go/types"

// Find returns the dogma API as seen from pkg, which imports it directly or
// not, with version as for [Recognize]. It returns nil and no error when pkg
// does not depend on dogma, and also when the dogma package it sees is
// incomplete: under go vet a package imported only indirectly is read from
// its importers' export data and holds only what they mention, too little to
// place (and then pkg declares nothing in terms of dogma's own objects that
// an analyzer could check).
func Find(pkg *types.Package, version string) (*API, error) {
	p := FindPackage(pkg)
	if p == nil || !p.Complete() {
		return nil, nil
	}
	return Recognize(p, version)
}

// FindPackage returns the dogma package as imported, directly or not, by
// pkg (pkg itself when it is dogma), or nil.
func FindPackage(pkg *types.Package) *types.Package {
	return findPkg(pkg, map[*types.Package]bool{})
}

func findPkg(pkg *types.Package, seen map[*types.Package]bool) *types.Package {
	if pkg.Path() == Path {
		return pkg
	}
	if seen[pkg] {
		return nil
	}
	seen[pkg] = true
	for _, imp := range pkg.Imports() {
		if p := findPkg(imp, seen); p != nil {
			return p
		}
	}
	return nil
}
