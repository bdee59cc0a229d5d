package validate_test

import (
	"bytes"
	"fmt"
	"go/token"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dogmavet/dogmavet/validate"
)

// registryVersions are the served dogma versions whose registry the
// differential test runs: the first with a registry and the newest.
var registryVersions = map[string]string{
	"v0.16.0": "github.com/dogmatiq/dogma v0.16.0 h1:O6W9N8K30psWka7smLUjjtcItUubiLDtlHpJSebsc28=\n" +
		"github.com/dogmatiq/dogma v0.16.0/go.mod h1:TF6xisRxQ2RE3JQwFr6MCI4nWLKQQp7KRWXVHOq9K0k=\n",
	"v0.25.0": "github.com/dogmatiq/dogma v0.25.0 h1:L1NM8xBaQMyJ+oFSKSH9FWqyQyf91I50qFN/Bz4WsT0=\n" +
		"github.com/dogmatiq/dogma v0.25.0/go.mod h1:BNKrZq9wm3jRu35XUWQXkMRhq4EzYK+rOVbGjrbCVyI=\n",
}

// buildProbe builds testdata/registryprobe against dogma version v.
func buildProbe(t *testing.T, v string) string {
	t.Helper()
	src, err := os.ReadFile("testdata/registryprobe/main.go.txt")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	files := map[string]string{
		"go.mod":  "module example.com/registryprobe\n\ngo 1.24.0\n\nrequire github.com/dogmatiq/dogma " + v + "\n",
		"go.sum":  registryVersions[v],
		"main.go": string(src),
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	bin := filepath.Join(dir, "probe")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Skipf("cannot build the probe against dogma %s (is the module available?): %v\n%s", v, err, out)
	}
	return bin
}

// probeOp is one call of a probe script.
type probeOp struct {
	route bool
	typ   int
	id    string
}

func (o probeOp) String() string {
	if o.route {
		return fmt.Sprintf("route %d", o.typ)
	}
	return fmt.Sprintf("register %d %s", o.typ, strconv.Quote(o.id))
}

// probeValidIDs are three UUIDs in several spellings, and the UUID next to
// the nil UUID; probeInvalidIDs are values dogma rejects.
var probeValidIDs, probeInvalidIDs = func() (valid, invalid []string) {
	valid = []string{"00000000-0000-0000-0000-000000000001"}
	invalid = []string{validate.NilUUID, "account", "", "8f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0g"}
	for _, u := range []string{
		"8f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a09",
		"1c2b3a49-5867-4d3e-9f0a-b1c2d3e4f5a6",
		"e0d9c8b7-a695-4483-b271-605f4e3d2c1b",
	} {
		valid = append(valid, u, u, strings.ToUpper(u), u[:9]+strings.ToUpper(u[9:19])+u[19:])
		invalid = append(invalid, "{"+u+"}", "urn:uuid:"+u, strings.ReplaceAll(u, "-", ""), " "+u)
	}
	return valid, invalid
}()

// probeScript returns a random script: registrations, then routes, as a
// program registers its types when it starts and routes them later, in
// Configure. One registration in ten has an ID dogma rejects.
func probeScript(r *rand.Rand) []probeOp {
	var ops []probeOp
	for range 1 + r.IntN(6) {
		id := probeValidIDs[r.IntN(len(probeValidIDs))]
		if r.IntN(10) == 0 {
			id = probeInvalidIDs[r.IntN(len(probeInvalidIDs))]
		}
		ops = append(ops, probeOp{typ: r.IntN(8), id: id})
	}
	for range r.IntN(4) {
		ops = append(ops, probeOp{route: true, typ: r.IntN(8)})
	}
	return ops
}

// probeRule is the rule that a probe outcome is a violation of, or "" for
// "ok".
func probeRule(t *testing.T, outcome string) validate.RuleID {
	switch {
	case outcome == "ok":
		return ""
	case strings.Contains(outcome, "is not a canonical RFC 9562 UUID"):
		return validate.MessageTypeID
	case strings.Contains(outcome, "is already associated with"):
		return validate.DuplicateMessageTypeID
	case strings.Contains(outcome, "it is already registered"):
		return validate.MessageTypeRegisteredTwice
	case strings.Contains(outcome, "is not in the message type registry"):
		return validate.MessageTypeUnregistered
	}
	t.Fatalf("unexpected outcome %q", outcome)
	return ""
}

// TestRegistryRulesAgreeWithDogma runs random scripts of registrations and
// routes against dogma's own registry and checks, per script, that the
// first call that panics (where a real program stops) is reported with the
// matching rule at that call, that nothing is reported at the calls before
// it, and that a script that never panics gets no problem at all.
func TestRegistryRulesAgreeWithDogma(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a program against two dogma versions")
	}
	const scripts = 300
	for _, v := range []string{"v0.16.0", "v0.25.0"} {
		t.Run(v, func(t *testing.T) {
			bin := buildProbe(t, v)
			r := rand.New(rand.NewPCG(16, 25))
			firsts := map[validate.RuleID]int{}
			for n := range scripts {
				ops := probeScript(r)
				var in bytes.Buffer
				for _, o := range ops {
					fmt.Fprintln(&in, o)
				}
				cmd := exec.Command(bin)
				cmd.Stdin = &in
				out, err := cmd.Output()
				if err != nil {
					t.Fatalf("probe: %v", err)
				}
				outcomes := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
				if len(outcomes) != len(ops) {
					t.Fatalf("script %d: %d outcomes for %d calls", n, len(outcomes), len(ops))
				}

				g := &validate.Registry{Complete: true, Keys: validate.RFC9562Keys}
				var uses []validate.MessageUse
				for i, o := range ops {
					typ := &validate.MessageType{Name: fmt.Sprintf("*example.com/probe.T%d", o.typ), Display: fmt.Sprintf("*probe.T%d", o.typ), Pointer: true}
					pos := token.Pos(i + 1)
					if o.route {
						uses = append(uses, validate.MessageUse{Type: typ, Kind: validate.Command, Via: "HandlesCommand route", Entity: "probe", Pos: pos})
						continue
					}
					g.Registrations = append(g.Registrations, validate.MessageRegistration{
						Kind: validate.Command, Type: typ, ID: o.id, IDKnown: true, Pos: pos, IDPos: pos,
					})
				}
				at := map[token.Pos][]validate.RuleID{}
				for _, p := range append(validate.CheckRegistrations(g), validate.CheckRegistered(g, uses)...) {
					at[p.Pos] = append(at[p.Pos], p.Rule)
				}

				script := func() string {
					var b strings.Builder
					for i, o := range ops {
						fmt.Fprintf(&b, "\t%d %s -> %s %v\n", i+1, o, outcomes[i], at[token.Pos(i+1)])
					}
					return b.String()
				}
				first := -1
				for i, oc := range outcomes {
					if probeRule(t, oc) != "" {
						first = i
						break
					}
				}
				if first < 0 {
					if len(at) != 0 {
						t.Errorf("script %d: dogma accepts it, validate reports problems:\n%s", n, script())
					}
					firsts[""]++
					continue
				}
				want := probeRule(t, outcomes[first])
				firsts[want]++
				if !containsRule(at[token.Pos(first+1)], want) {
					t.Errorf("script %d: call %d panics (%s), validate does not report it there:\n%s", n, first+1, want, script())
				}
				for i := range first {
					if len(at[token.Pos(i+1)]) != 0 {
						t.Errorf("script %d: call %d runs, validate reports %v there:\n%s", n, i+1, at[token.Pos(i+1)], script())
					}
				}
			}
			t.Logf("first panics by rule over %d scripts: %v", scripts, firsts)
			for _, id := range append([]validate.RuleID{""}, registryRules...) {
				if firsts[id] == 0 {
					t.Errorf("no script's first outcome is %q; the generator does not exercise it", id)
				}
			}
		})
	}
}
