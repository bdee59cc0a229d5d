// Package fuzzextract fuzzes dogmavet's static extraction: it puts mutated
// Configure bodies into a small handler and application template, and
// whenever the result type-checks, runs dogmaconfig, configcheck and the
// rest of the suite over it. Whatever the code, the analyzers must not
// panic, must export only facts about their own package, and those facts
// must survive gob encoding as the go vet protocol requires.
//
// Run it with:
//
//	go test ./internal/fuzzextract -fuzz FuzzExtract -fuzztime 1m
//
// The seed corpus in testdata/fuzz/FuzzExtract holds shapes that are known
// to crash or fool configkit/static (closures capturing the configurer,
// dynamic helpers, recursion, route struct literals, nil routes, loops).
package fuzzextract
