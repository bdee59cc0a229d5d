// Package dogmaversion defines an Analyzer that refuses a package built on a
// Dogma API that dogmavet does not support, and the version gate the
// command line applies before it analyses anything.
//
// # Analyzer dogmaversion
//
// dogmaversion: refuse a program whose dogma is outside the supported range
//
// dogmavet checks programs built on dogma v0.15.0 to v0.25.x. The other
// analyzers stay silent on a package whose dogma they cannot place, so
// without a gate such a program would pass unchecked. This analyzer fails,
// with the one-line reason of [Check], on every package that depends on a
// refused dogma package; a package that does not depend on dogma, or sees
// only part of it (under go vet, a package imported indirectly is read from
// its importers' export data), is left alone.
//
// Under an analysis driver (go vet, golangci-lint) the module version is not
// known, so the package is placed by its shape alone. The dogmavet command
// line knows the version from the module build list and applies the gate
// itself, before loading anything else into the analysis; it does not run
// this analyzer.
package dogmaversion
