package mutation_test

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dogmavet/dogmavet/internal/e2etest"
)

// A mutation replaces one snippet of one file of the example with another,
// and names the finding that the change must cause.
type mutation struct {
	name     string
	example  string // the directory under testdata, "example" when empty
	file     string // relative to the example, with slashes
	old, new string // old must occur exactly once in file
	wantRule string
	wantFile string // the file the finding must be reported in
	orFile   string // another file the finding may be reported in instead
}

// mutations are the defects issue 10 names, each written the way real code
// hides it: a message produced in a root method or a helper, a nil or empty
// value that reaches the return through a variable, an End() in one function
// and the call that follows it in another.
var mutations = []mutation{
	{
		name:     "route removed, event recorded in a root method",
		file:     "domain/account.go",
		old:      "\t\tdogma.RecordsEvent[messages.AccountOpened](),\n",
		new:      "",
		wantRule: "scope-unrouted-message",
		wantFile: "domain/account.go",
	},
	{
		name:     "route removed, command executed in a helper",
		file:     "workflow/transfer.go",
		old:      "\t\tdogma.ExecutesCommand[messages.DebitAccount](),\n",
		new:      "",
		wantRule: "scope-unrouted-message",
		wantFile: "workflow/transfer.go",
	},
	{
		name:     "key duplicated",
		file:     "domain/transfer.go",
		old:      `"f4599e3e-0dcf-463c-985f-061fa07848e5"`,
		new:      `"08ef0476-bb23-4b28-abce-e17eff99fc6f"`,
		wantRule: "duplicate-key",
		wantFile: "app/app.go",
	},
	{
		name:     "case removed from a panicking switch",
		file:     "domain/account.go",
		old:      "\tcase messages.CloseAccount:\n\t\ta.close(s, m)\n",
		new:      "",
		wantRule: "switch-missing-case",
		wantFile: "domain/account.go",
	},
	{
		name:     "New returns nil",
		file:     "domain/account.go",
		old:      "\treturn &account{}\n",
		new:      "\treturn nil\n",
		wantRule: "new-returns-nil",
		wantFile: "domain/account.go",
	},
	{
		name:     "New returns a nil root through a variable",
		file:     "domain/account.go",
		old:      "\treturn &account{}\n",
		new:      "\tvar root *account\n\treturn root\n",
		wantRule: "new-returns-nil",
		wantFile: "domain/account.go",
	},
	{
		name:     "empty instance ID through a variable",
		file:     "domain/account.go",
		old:      "\tcase messages.CloseAccount:\n\t\treturn m.AccountID\n",
		new:      "\tcase messages.CloseAccount:\n\t\tvar id string\n\t\treturn id\n",
		wantRule: "empty-instance-id",
		wantFile: "domain/account.go",
	},
	{
		name:     "End() then ExecuteCommand in a helper",
		file:     "workflow/transfer.go",
		old:      "\t\tst.awaitingApproval = false\n\t\tst.debit(s)\n",
		new:      "\t\tst.awaitingApproval = false\n\t\ts.End()\n\t\tst.debit(s)\n",
		wantRule: "end-cancelled",
		wantFile: "workflow/transfer.go",
	},
	{
		name:     "End() then ExecuteCommand",
		file:     "workflow/transfer.go",
		old:      "\t\ts.ExecuteCommand(messages.CompleteTransfer{\n\t\t\tTransferID: e.TransferID,\n\t\t})\n\t\ts.End()\n",
		new:      "\t\ts.End()\n\t\ts.ExecuteCommand(messages.CompleteTransfer{\n\t\t\tTransferID: e.TransferID,\n\t\t})\n",
		wantRule: "end-cancelled",
		wantFile: "workflow/transfer.go",
	},
}

// v25 are mutations of the v0.25.0 application in testdata/example-v25:
// generic handlers over pointer roots, the message type registry, deadlines
// and Mutate.
var v25 = []mutation{
	{
		example:  "example-v25",
		name:     "v0.25.0: handler key duplicated",
		file:     "domain/copy.go",
		old:      `"9bcab120-7c0e-4eaf-8cda-38e50f35c8c7"`,
		new:      `"72ab1f2a-e540-4b6b-83c2-fc0ee9920c8a"`,
		wantRule: "duplicate-key",
		wantFile: "app.go",
	},
	{
		example:  "example-v25",
		name:     "v0.25.0: route removed, event recorded in HandleCommand",
		file:     "domain/member.go",
		old:      "\t\tdogma.RecordsEvent[*events.FineCharged](),\n",
		new:      "",
		wantRule: "scope-unrouted-message",
		wantFile: "domain/member.go",
	},
	{
		example:  "example-v25",
		name:     "v0.25.0: route removed, event recorded in a root method",
		file:     "domain/member.go",
		old:      "\t\tdogma.RecordsEvent[*events.FineSettled](),\n",
		new:      "",
		wantRule: "scope-unrouted-message",
		wantFile: "domain/member.go",
	},
	{
		example:  "example-v25",
		name:     "v0.25.0: case removed from ApplyEvent",
		file:     "domain/member.go",
		old:      "\tcase *events.FineSettled:\n\t\tm.Outstanding = e.Outstanding\n",
		new:      "",
		wantRule: "switch-missing-case",
		wantFile: "domain/member.go",
	},
	{
		example:  "example-v25",
		name:     "v0.25.0: ExecuteCommand after End()",
		file:     "domain/welcome.go",
		old:      "\t\ts.ExecuteCommand(&commands.SendNotice{\n\t\t\tNoticeID: e.MemberID + \"-welcome\",\n\t\t\tMemberID: e.MemberID,\n\t\t\tKind:     commands.Welcome,\n\t\t})\n\t\ts.End()\n",
		new:      "\t\ts.End()\n\t\ts.ExecuteCommand(&commands.SendNotice{\n\t\t\tNoticeID: e.MemberID + \"-welcome\",\n\t\t\tMemberID: e.MemberID,\n\t\t\tKind:     commands.Welcome,\n\t\t})\n",
		wantRule: "call-after-end",
		wantFile: "domain/welcome.go",
	},
	{
		example:  "example-v25",
		name:     "v0.25.0: root field changed in HandleCommand",
		file:     "domain/copy.go",
		old:      "\t\t\tReturnedAt: c.At,\n\t\t})\n",
		new:      "\t\t\tReturnedAt: c.At,\n\t\t})\n\t\tr.LoanID = \"\"\n",
		wantRule: "aggregate-root-mutated",
		wantFile: "domain/copy.go",
	},
	{
		example:  "example-v25",
		name:     "v0.25.0: RegisterEvent removed",
		file:     "messages/events/notice.go",
		old:      "\tdogma.RegisterEvent[*NoticeSent](\"1d95d295-82aa-4e38-983f-f616ddd8e30e\")\n",
		new:      "",
		wantRule: "message-type-unregistered",
		wantFile: "integrations/notifier.go",
		orFile:   "messages/events/notice.go",
	},
	{
		example:  "example-v25",
		name:     "v0.25.0: two types share a registry ID",
		file:     "messages/events/notice.go",
		old:      `"7b5a8084-05b7-4832-95f4-32ab7debb24b"`,
		new:      `"1d95d295-82aa-4e38-983f-f616ddd8e30e"`,
		wantRule: "duplicate-message-type-id",
		wantFile: "messages/events/notice.go",
	},
	{
		example:  "example-v25",
		name:     "v0.25.0: registry ID not a UUID",
		file:     "messages/deadlines/deadlines.go",
		old:      `"b4f2ceb6-fc11-4c25-b2d4-fa1adf1f2f4e"`,
		new:      `"loan-due"`,
		wantRule: "message-type-id",
		wantFile: "messages/deadlines/deadlines.go",
	},
}

var dogmavet, root string

func TestMain(m *testing.M) {
	os.Exit(e2etest.WithBinary(m, "cmd/dogmavet", &root, &dogmavet))
}

// TestCleanExample is the baseline: without a mutation there is nothing to
// report, so every finding below is the mutation's.
func TestCleanExample(t *testing.T) {
	for _, example := range []string{"example", "example-v25"} {
		t.Run(example, func(t *testing.T) {
			dir := t.TempDir()
			e2etest.ExampleModule(t, root, example, dir)
			if got := findings(t, dir); len(got) != 0 {
				t.Fatalf("the clean example has findings:\n\t%s", strings.Join(got, "\n\t"))
			}
		})
	}
}

// TestMutations injects each defect into its own copy of the example.
func TestMutations(t *testing.T) {
	for _, m := range append(append([]mutation(nil), mutations...), v25...) {
		t.Run(m.name, func(t *testing.T) {
			t.Parallel()
			example := m.example
			if example == "" {
				example = "example"
			}
			dir := t.TempDir()
			e2etest.ExampleModule(t, root, example, dir)
			apply(t, dir, m)
			got := findings(t, dir)
			for _, f := range got {
				inFile := strings.HasPrefix(f, m.wantFile+":") || (m.orFile != "" && strings.HasPrefix(f, m.orFile+":"))
				if inFile && strings.HasSuffix(f, " ("+m.wantRule+")") {
					return
				}
			}
			t.Errorf("no %s finding in %s; dogmavet reported:\n\t%s", m.wantRule, m.wantFile, strings.Join(got, "\n\t"))
		})
	}
}

// apply makes the mutation's one replacement, failing when the snippet is
// missing or ambiguous so that a change to the example cannot silently turn
// a mutation into no change at all.
func apply(t *testing.T, dir string, m mutation) {
	t.Helper()
	name := filepath.Join(dir, filepath.FromSlash(m.file))
	src := e2etest.ReadFile(t, name)
	if n := strings.Count(src, m.old); n != 1 {
		t.Fatalf("%s: the snippet to replace occurs %d times, want once:\n%s", m.file, n, m.old)
	}
	e2etest.WriteFile(t, name, strings.Replace(src, m.old, m.new, 1))
}

// findings runs dogmavet -json on the module in dir and returns its
// findings as "file:line: message (rule)", sorted, files relative to dir.
func findings(t *testing.T, dir string) []string {
	t.Helper()
	cmd := exec.Command(dogmavet, "-json", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	out, err := cmd.Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 3 {
			t.Fatalf("dogmavet -json ./...: %v\n%s%s", err, out, stderrOf(err))
		}
	}
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal(out, &tree); err != nil {
		t.Fatalf("dogmavet -json output: %v\n%s", err, out)
	}
	var got []string
	for _, byAnalyzer := range tree {
		for analyzer, raw := range byAnalyzer {
			var diags []struct{ Category, Posn, Message string }
			if err := json.Unmarshal(raw, &diags); err != nil {
				t.Fatalf("%s failed: %s", analyzer, raw)
			}
			for _, d := range diags {
				file, line := splitPosn(d.Posn)
				got = append(got, fmt.Sprintf("%s:%s: %s (%s)", e2etest.Rel(t, dir, file), line, d.Message, d.Category))
			}
		}
	}
	sort.Strings(got)
	return got
}

// splitPosn splits "file:line:col" into the file and the line.
func splitPosn(posn string) (file, line string) {
	parts := strings.Split(posn, ":")
	if len(parts) < 3 {
		return posn, "0"
	}
	return strings.Join(parts[:len(parts)-2], ":"), parts[len(parts)-2]
}

func stderrOf(err error) string {
	if ee, ok := err.(*exec.ExitError); ok {
		return string(ee.Stderr)
	}
	return ""
}
