// Command gen writes a synthetic Dogma application of any size, for
// benchmarks, scaling tests and determinism tests of dogmavet.
//
// Usage:
//
//	go run ./internal/cmd/gen -packages P -handlers H -out DIR [-seed S] [-defects] [-shape S]
//
// The output is a standalone module (its own go.mod requiring dogma v0.15.0
// and a go.sum derived from the local module cache, so it builds offline).
// It holds P domain packages with H handlers between them, cycling through
// the four handler kinds, and one application package that registers every
// handler. The same flags always produce byte-identical output.
//
// With -defects, a further package adds one handler per configuration rule
// that breaks exactly that rule; each offending line carries a
// "// defect: <rule-id>" comment.
//
// -shape realistic writes an application shaped like real ones, whose code
// depends on modules that import dogma, as real applications depend on
// projectionkit and testkit:
//   - two local library modules under kit/, required through replace
//     directives: a projection adaptor module (example.com/projkit) whose
//     constructor wraps the projections, and a testkit-like module
//     (example.com/testkit) that runs commands through the application;
//   - the messages of each domain package in a package of their own,
//     messages/<domain>msg;
//   - an external test package in every domain package, which tests each
//     aggregate and integration through the application and the testkit-like
//     module (so go list recompiles the application for each of them, as it
//     does real applications tested through their app package).
//
// Handlers, names, keys and routes are the same as in the synthetic shape for
// the same flags.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	var cfg config
	flag.IntVar(&cfg.Packages, "packages", 4, "number of domain packages")
	flag.IntVar(&cfg.Handlers, "handlers", 16, "number of handlers, spread over the packages")
	flag.Uint64Var(&cfg.Seed, "seed", 1, "seed for names, keys and message shapes")
	flag.BoolVar(&cfg.Defects, "defects", false, "add a package with one defect per configuration rule")
	flag.StringVar(&cfg.Shape, "shape", synthetic, "synthetic (dogma alone) or realistic (adaptor and testkit-like modules, message packages, tests)")
	out := flag.String("out", "", "output directory (created; must be empty if it exists)")
	flag.Parse()

	if *out == "" || flag.NArg() != 0 {
		fmt.Fprintln(os.Stderr, "usage: gen -packages P -handlers H -out DIR [-seed S] [-defects] [-shape synthetic|realistic]")
		os.Exit(2)
	}
	if err := run(cfg, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(cfg config, out string) error {
	files, err := generate(cfg)
	if err != nil {
		return err
	}
	sum, err := dogmaGoSum()
	if err != nil {
		return err
	}
	files = append(files, file{Path: "go.sum", Data: sum})
	if cfg.realistic() {
		files = append(files, file{Path: projKitDir + "/go.sum", Data: sum}, file{Path: testKitDir + "/go.sum", Data: sum})
	}
	return writeTree(out, files)
}
