package validate_test

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/dogmavet/dogmavet/validate"
)

// expected records every rule that a passing assertion required to be
// reported, so that TestMain can check that every rule has a test that
// fails without it.
var (
	expectedMu sync.Mutex
	expected   = map[validate.RuleID]bool{}
)

// configRules are the rules that the functions of this package report (the
// catalog may also hold rules that only the analyzers report).
var configRules = []validate.RuleID{
	validate.IdentityMissing, validate.IdentityMultiple, validate.IdentityName,
	validate.IdentityNameLength, validate.IdentityNameUTF8, validate.IdentityKey,
	validate.IdentityKeyCanonical, validate.MissingHandlesCommand, validate.MissingRecordsEvent,
	validate.MissingHandlesEvent, validate.MissingExecutesCommand, validate.DuplicateRoute,
	validate.DuplicateCommandRoute, validate.DuplicateEventRecorder, validate.DuplicateKey,
	validate.DuplicateName, validate.NilDeliveryPolicy, validate.NilHandler, validate.InvalidRoute,
	validate.NilRouteType, validate.RouteReceiver, validate.RouteMessageKind,
	validate.RouteInterfaceType, validate.ConfigurePanic,
}

func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if code == 0 && flag.Lookup("test.run").Value.String() == "" && !testing.Short() {
		var missing []string
		for _, id := range append(append([]validate.RuleID(nil), configRules...), registryRules...) {
			if !expected[id] {
				missing = append(missing, string(id))
			}
		}
		if len(missing) > 0 {
			fmt.Fprintf(os.Stderr, "no test expects these rules to be reported: %s\n", strings.Join(missing, ", "))
			code = 1
		}
	}
	os.Exit(code)
}

// ruleSet returns the distinct rule IDs of ps, sorted.
func ruleSet(ps []validate.Problem) []validate.RuleID {
	var ids []validate.RuleID
	for _, p := range ps {
		if !slices.Contains(ids, p.Rule) {
			ids = append(ids, p.Rule)
		}
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	return ids
}

// expectRules fails unless ps reports exactly the rules want (in any order,
// each at least once).
func expectRules(t *testing.T, ps []validate.Problem, want ...validate.RuleID) {
	t.Helper()
	want = append([]validate.RuleID(nil), want...)
	sort.Slice(want, func(i, j int) bool { return want[i] < want[j] })
	want = slices.Compact(want)
	got := ruleSet(ps)
	if !slices.Equal(got, want) {
		t.Errorf("got rules %v, want %v; problems:\n%s", got, want, dump(ps))
		return
	}
	expectedMu.Lock()
	for _, id := range want {
		expected[id] = true
	}
	expectedMu.Unlock()
}

func dump(ps []validate.Problem) string {
	var b strings.Builder
	for _, p := range ps {
		fmt.Fprintf(&b, "\t%s: %s\n", p.Severity, p)
	}
	return b.String()
}

// hasError reports whether ps holds an error-severity problem.
func hasError(ps []validate.Problem) bool {
	for _, p := range ps {
		if p.Severity == validate.Error {
			return true
		}
	}
	return false
}

// recovered runs f and returns the value it panics with, or nil.
func recovered(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return nil
}
