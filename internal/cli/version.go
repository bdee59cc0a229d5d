package cli

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

// modulePath is dogmavet's module, whose version the binary reports.
const modulePath = "github.com/dogmavet/dogmavet"

// version returns dogmavet's module version: the tag it was installed at, or
// "(devel)" when built inside its own repository.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	if info.Main.Path == modulePath {
		return info.Main.Version
	}
	for _, m := range info.Deps {
		if m.Path == modulePath {
			if m.Replace != nil {
				return m.Version + " => " + m.Replace.Path
			}
			return m.Version
		}
	}
	return "(unknown)"
}

// revision returns the VCS revision the binary was built from, if Go
// recorded one.
func revision() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	var rev, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if rev != "" && modified == "true" {
		rev += "+dirty"
	}
	return rev
}

func runVersion(args []string, stdout, stderr io.Writer) int {
	if len(args) != 0 {
		fmt.Fprintln(stderr, "dogmavet: version takes no arguments")
		return exitUsage
	}
	fmt.Fprintf(stdout, "dogmavet %s", version())
	if rev := revision(); rev != "" {
		fmt.Fprintf(stdout, " %s", rev)
	}
	fmt.Fprintf(stdout, " %s %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return exitClean
}
