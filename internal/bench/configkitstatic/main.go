// Command configkitstatic loads the packages of a directory and extracts
// their Dogma application configurations with configkit/static, as the
// comparison point of dogmavet's benchmarks.
//
// It lives in its own module: configkit v0.16.0 asks for x/tools v0.25.0,
// which does not compile with current Go, so this module selects a newer
// x/tools without touching dogmavet's go.mod.
//
// Usage: configkitstatic DIR
//
// It prints one line per application ("<name> <handlers>") on stdout and the
// split between loading and extraction on stderr.
package main

import (
	"fmt"
	"os"
	"sort"
	"time"

	"github.com/dogmatiq/configkit/static"
	"golang.org/x/tools/go/packages"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: configkitstatic DIR")
		os.Exit(2)
	}
	start := time.Now()
	pkgs, err := packages.Load(&packages.Config{Mode: static.PackagesLoadMode, Dir: os.Args[1]}, "./...")
	if err != nil {
		fmt.Fprintln(os.Stderr, "configkitstatic:", err)
		os.Exit(1)
	}
	if packages.PrintErrors(pkgs) > 0 {
		os.Exit(1)
	}
	loaded := time.Now()
	apps := static.FromPackages(pkgs)
	done := time.Now()

	var lines []string
	for _, a := range apps {
		lines = append(lines, fmt.Sprintf("%s %d", a.Identity().Name, len(a.Handlers())))
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	fmt.Fprintf(os.Stderr, "load %v, FromPackages %v\n", loaded.Sub(start).Round(time.Millisecond), done.Sub(loaded).Round(time.Millisecond))
}
