package cli

import (
	"flag"
	"fmt"
	"io"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/internal/ruleselect"
)

// flags are the standalone run's flags. They mirror multichecker's, so that
// a command line means the same standalone and under go vet.
type flags struct {
	set *flag.FlagSet

	json, fix, diff bool
	context         int
	load            *loadFlags

	enabled map[*analysis.Analyzer]*triState

	// enableRules and disableRules are -enable and -disable: rule IDs.
	enableRules, disableRules ruleselect.List
}

func newFlags(analyzers []*analysis.Analyzer, output io.Writer) *flags {
	f := &flags{
		set:     flag.NewFlagSet("dogmavet", flag.ContinueOnError),
		enabled: map[*analysis.Analyzer]*triState{},
	}
	f.enableRules.Name, f.disableRules.Name = "enable", "disable"
	f.set.SetOutput(output)
	for _, a := range analyzers {
		ts := new(triState)
		f.enabled[a] = ts
		f.set.Var(ts, a.Name, "enable "+a.Name+" analysis")
		a.Flags.VisitAll(func(af *flag.Flag) {
			f.set.Var(af.Value, a.Name+"."+af.Name, af.Usage)
		})
	}
	f.set.Var(&f.enableRules, "enable", enableUsage)
	f.set.Var(&f.disableRules, "disable", disableUsage)
	f.set.BoolVar(&f.json, "json", false, "emit JSON output (exit code 0 whatever was found)")
	f.set.IntVar(&f.context, "c", -1, "display offending line with this many lines of context")
	f.set.BoolVar(&f.fix, "fix", false, "apply all suggested fixes")
	f.set.BoolVar(&f.diff, "diff", false, "with -fix, don't update the files, but print a unified diff")
	f.load = addLoadFlags(f.set, true)
	return f
}

// loadFlags are the flags that say what to load, which every command that
// loads packages accepts: the main command, describe and sarif.
type loadFlags struct {
	tests bool
	nonce string
}

// addLoadFlags declares the load flags on fs; tests is -test's default.
func addLoadFlags(fs *flag.FlagSet, tests bool) *loadFlags {
	l := &loadFlags{}
	fs.BoolVar(&l.tests, "test", tests, "indicates whether test files should be analyzed, too")
	fs.StringVar(&l.nonce, "nonce", "", nonceUsage)
	return l
}

const (
	enableUsage  = "report only these rules: comma-separated rule IDs (dogmavet help lists them)"
	disableUsage = "do not report these rules: comma-separated rule IDs (dogmavet help lists them)"
)

// rules returns the rule selection of -enable and -disable.
func (f *flags) rules() ruleselect.Selection {
	return ruleselect.Selection{Enable: f.enableRules.IDs, Disable: f.disableRules.IDs}
}

// selected returns the analyzers the -NAME flags select: if any is true,
// only those; otherwise all but those set false.
func (f *flags) selected(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	var anyTrue bool
	for _, ts := range f.enabled {
		anyTrue = anyTrue || *ts == setTrue
	}
	var keep []*analysis.Analyzer
	for _, a := range analyzers {
		if ts := *f.enabled[a]; ts == setTrue || (!anyTrue && ts != setFalse) {
			keep = append(keep, a)
		}
	}
	return keep
}

// triState is a boolean flag that remembers whether it was set.
type triState int

const (
	unset triState = iota
	setTrue
	setFalse
)

func (ts *triState) IsBoolFlag() bool { return true }

func (ts *triState) Get() any { return *ts == setTrue }

func (ts *triState) String() string {
	if ts != nil && *ts == setFalse {
		return "false"
	}
	return "true"
}

func (ts *triState) Set(s string) error {
	b, err := strconv.ParseBool(s)
	if err != nil {
		return fmt.Errorf("want true or false")
	}
	if b {
		*ts = setTrue
	} else {
		*ts = setFalse
	}
	return nil
}
