package dogmaapi_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
)

// variant type-checks the sources of a served dogma release with edits
// applied, to stand for a release the module proxy does not serve (or for a
// package no release ever had). edits maps a file's base name to
// replacements of a first occurrence; the edit.all renames apply to every
// occurrence in every file and the edit.drop patterns delete what they
// match; add is a file's declarations to add.
func variant(t *testing.T, served string, edits map[string][][2]string, add string, more ...edit) *types.Package {
	t.Helper()
	_, dogma := loadModule(t, filepath.Join("testdata", served))
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range dogma.GoFiles {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		text := string(src)
		for _, r := range edits[filepath.Base(name)] {
			if !strings.Contains(text, r[0]) {
				t.Fatalf("%s of %s has no %q", filepath.Base(name), served, r[0])
			}
			text = strings.Replace(text, r[0], r[1], 1)
		}
		for _, e := range more {
			for _, r := range e.all {
				text = strings.ReplaceAll(text, r[0], r[1])
			}
			for _, d := range e.drop {
				text = regexp.MustCompile(d).ReplaceAllString(text, "")
			}
		}
		f, err := parser.ParseFile(fset, name, text, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	if add != "" {
		f, err := parser.ParseFile(fset, "added.go", "package dogma\n"+add, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	// The standard library packages dogma imports, as the load type-checked
	// them.
	imports := importerFunc(func(path string) (*types.Package, error) {
		if p, ok := dogma.Imports[path]; ok {
			return p.Types, nil
		}
		return nil, fmt.Errorf("%s is not imported by dogma %s", path, served)
	})
	conf := types.Config{Importer: imports}
	p, err := conf.Check(dogmaapi.Path, fset, files, nil)
	if err != nil {
		t.Fatalf("the %s variant does not type-check: %v", served, err)
	}
	return p
}

// edit is a rename or deletion across all of a variant's files.
type edit struct {
	all  [][2]string
	drop []string
}

const withEventObserver = "func WithEventObserver() {}\n"

// statelessDescription and statelessEnded keep StatelessProcessRoot a
// ProcessRoot once ProcessRoot describes its instances.
const (
	statelessDescription = "func (statelessProcessRoot) ProcessInstanceDescription() string { return \"\" }\n"
	statelessEnded       = "func (statelessProcessRoot) ProcessInstanceDescription(bool) string { return \"\" }\n"
)

// viaWithoutPointers undoes v0.25.0's pointer root constraint.
var viaWithoutPointers = [][2]string{
	{"func ViaAggregate[R interface {\n\tAggregateRoot\n\t*E\n}, E any]", "func ViaAggregate[R AggregateRoot]"},
	{"func ViaProcess[R interface {\n\tProcessRoot\n\t*E\n}, E any]", "func ViaProcess[R ProcessRoot]"},
}

var instanceDescriptions = map[string][][2]string{
	"aggregate.go": {{"type AggregateRoot interface {", "type AggregateRoot interface {\n\tAggregateInstanceDescription() string\n"}},
	"process.go":   {{"type ProcessRoot interface {", "type ProcessRoot interface {\n\tProcessInstanceDescription() string\n"}},
}

var endedDescriptions = map[string][][2]string{
	"aggregate.go": instanceDescriptions["aggregate.go"],
	"process.go":   {{"type ProcessRoot interface {", "type ProcessRoot interface {\n\tProcessInstanceDescription(ended bool) string\n"}},
}

// TestUnservedShapes places the shapes of releases the proxy does not
// serve, derived from the served sources by their CHANGELOG entries, and
// refuses shapes no release had.
func TestUnservedShapes(t *testing.T) {
	for _, tc := range []struct {
		name, served string
		edits        map[string][][2]string
		add          string
		more         edit
		summary      string // "" for a refusal
		refusal      string
	}{
		{
			// v0.23.0 is v0.25.0 without v0.24.0's rename and Mutate and
			// v0.25.0's pointer constraint.
			name: "v0.23.0 is generic with timeouts", served: "v0.25.0",
			edits: map[string][][2]string{"handlerroute.go": viaWithoutPointers},
			more: edit{
				all:  [][2]string{{"Deadline", "Timeout"}},
				drop: []string{`(?m)^\tMutate\(fn func\(r R\)\)\n`, `(?s)func \(a untypedProcess\w+Scope\[R\]\) Mutate\(fn func\(R\)\) \{.*?\n\}\n`},
			},
			summary: "v0.23.x: Routes(ViaX), message type registry, pointer messages, generic roots, projection Reset, ConcurrencyPreference, instance descriptions, projection OCC by checkpoint offsets, a call after End panics, keys case-insensitive, nil UUID rejected",
		},
		{
			name: "v0.19.1 adds WithEventObserver", served: "v0.19.0",
			add: withEventObserver, summary: "v0.19.1–v0.20.x: Routes(ViaX), message type registry, pointer messages, projection Reset, ConcurrencyPreference, projection OCC by checkpoint offsets, a call after End panics, keys case-insensitive, nil UUID rejected",
		},
		{
			name: "v0.21.0 adds instance descriptions", served: "v0.19.0",
			edits: instanceDescriptions, add: withEventObserver + statelessDescription, summary: "v0.21.x: Routes(ViaX), message type registry, pointer messages, projection Reset, ConcurrencyPreference, instance descriptions, projection OCC by checkpoint offsets, a call after End panics, keys case-insensitive, nil UUID rejected",
		},
		{
			name: "v0.22.0 passes ended", served: "v0.19.0",
			edits: endedDescriptions, add: withEventObserver + statelessEnded, summary: "v0.22.x: Routes(ViaX), message type registry, pointer messages, projection Reset, ConcurrencyPreference, instance descriptions, projection OCC by checkpoint offsets, a call after End panics, keys case-insensitive, nil UUID rejected",
		},
		{
			name: "v0.24.0 has no pointer constraint", served: "v0.25.0",
			edits:   map[string][][2]string{"handlerroute.go": viaWithoutPointers},
			summary: "v0.24.x: Routes(ViaX), message type registry, pointer messages, generic roots, deadlines, Mutate, projection Reset, ConcurrencyPreference, instance descriptions, projection OCC by checkpoint offsets, a call after End panics, keys case-insensitive, nil UUID rejected",
		},
		{
			name: "a v0.21.0 change without v0.19.1's", served: "v0.19.0",
			edits:   instanceDescriptions,
			add:     statelessDescription,
			refusal: "the program's dogma package (github.com/dogmatiq/dogma) is not a Dogma API that dogmavet recognises (it has AggregateRoot.AggregateInstanceDescription (v0.21.0) but not WithEventObserver (v0.19.1)): dogmavet supports dogma v0.15.0 to v0.25.0; require a version in that range",
		},
		{
			name: "Timeout and Deadline together", served: "v0.25.0",
			add:     "type Timeout = Deadline\n",
			refusal: "the program's dogma package (github.com/dogmatiq/dogma) is not a Dogma API that dogmavet recognises (it has both Timeout and Deadline): dogmavet supports dogma v0.15.0 to v0.25.0; require a version in that range",
		},
		{
			name: "a handler interface that is an alias", served: "v0.25.0",
			edits: map[string][][2]string{"aggregate.go": {{
				"type AggregateMessageHandler[R AggregateRoot] interface {",
				"type AggregateMessageHandler[R AggregateRoot] = aggregateMessageHandler[R]\n\ntype aggregateMessageHandler[R AggregateRoot] interface {",
			}}},
			refusal: "the program's dogma package (github.com/dogmatiq/dogma) is not a Dogma API that dogmavet recognises (no AggregateMessageHandler interface): dogmavet supports dogma v0.15.0 to v0.25.0; require a version in that range",
		},
		{
			name: "RegisterX methods with the registry", served: "v0.15.0",
			add:     "func RegisterCommand[T Command](id string) {}\n",
			refusal: "the program's dogma package (github.com/dogmatiq/dogma) is not a Dogma API that dogmavet recognises (it has RegisterCommand but registers handlers with RegisterX methods): dogmavet supports dogma v0.15.0 to v0.25.0; require a version in that range",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			api, err := dogmaapi.Recognize(variant(t, tc.served, tc.edits, tc.add, tc.more), "")
			if tc.summary == "" {
				assertRefused(t, api, err, tc.refusal)
				return
			}
			if err != nil {
				t.Fatalf("refused: %v", err)
			}
			if got := api.Summary(); got != tc.summary {
				t.Errorf("got  %s\nwant %s", got, tc.summary)
			}
		})
	}
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }
