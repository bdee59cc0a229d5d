package main_test

import (
	"encoding/binary"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dogmavet/dogmavet/internal/e2etest"
)

func TestDescribeGolden(t *testing.T) {
	for _, format := range []string{"text", "json", "dot", "mermaid"} {
		t.Run(format, func(t *testing.T) {
			r := dv(t, root, "describe", "-format", format, "./testdata/example/...")
			wantCode(t, r, 0)
			if r.stderr != "" {
				t.Errorf("describe wrote to standard error:\n%s", r.stderr)
			}
			golden(t, "describe."+format, r.stdout)
		})
	}
}

// TestDescribeModel checks the JSON description against what the example
// application is known to hold: one application, all four handler kinds,
// every handler with a known identity, and a flow into and out of every
// handler that routes messages.
func TestDescribeModel(t *testing.T) {
	r := dv(t, root, "describe", "-format=json", "./testdata/example/...")
	wantCode(t, r, 0)
	var d struct {
		Applications []struct {
			Identities []struct{ Name string }
			Handlers   []struct {
				Kind       string
				Identities []struct {
					Name      string
					NameKnown bool
				}
				Routes []struct{ Kind string }
			}
			Flows []struct{ From, To string }
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &d); err != nil {
		t.Fatal(err)
	}
	if len(d.Applications) != 1 {
		t.Fatalf("got %d applications, want 1", len(d.Applications))
	}
	a := d.Applications[0]
	kinds := map[string]bool{}
	for i, h := range a.Handlers {
		kinds[h.Kind] = true
		if len(h.Identities) != 1 || !h.Identities[0].NameKnown {
			t.Errorf("handler %d has identities %+v", i, h.Identities)
		}
		node := "handler:" + itoa(i)
		var in, out bool
		for _, f := range a.Flows {
			in = in || f.To == node
			out = out || f.From == node
		}
		if !in {
			t.Errorf("no message flows into %s handler %s", h.Kind, h.Identities[0].Name)
		}
		for _, route := range h.Routes {
			if (route.Kind == "RecordsEvent" || route.Kind == "ExecutesCommand") && !out {
				t.Errorf("no message flows out of %s handler %s", h.Kind, h.Identities[0].Name)
				break
			}
		}
	}
	for _, k := range []string{"aggregate", "process", "integration", "projection"} {
		if !kinds[k] {
			t.Errorf("no %s handler described", k)
		}
	}
}

func TestDescribeUsage(t *testing.T) {
	r := dv(t, root, "describe", "-format=svg", "./testdata/example/...")
	wantCode(t, r, 2)
	if !strings.Contains(r.stderr, `"svg"`) {
		t.Errorf("unknown format not named:\n%s", r)
	}
	wantCode(t, dv(t, root, "describe"), 2)
}

func itoa(i int) string {
	b, _ := json.Marshal(i)
	return string(b)
}

// TestDescribeUTF8 checks that every format is valid UTF-8 on the
// defective example, whose handler name "daily\xfftotals" is not: the
// invalid byte is escaped as %q escapes it.
func TestDescribeUTF8(t *testing.T) {
	for _, format := range []string{"text", "json", "dot", "mermaid"} {
		r := dv(t, root, "describe", "-format", format, "./testdata/example-defects/...")
		wantCode(t, r, 0)
		if !utf8.ValidString(r.stdout) {
			t.Errorf("describe -format=%s is not valid UTF-8", format)
		}
		if format != "json" && !strings.Contains(r.stdout, `daily\xfftotals`) && !strings.Contains(r.stdout, `daily\\xfftotals`) {
			t.Errorf("describe -format=%s does not show the escaped name:\n%s", format, r.stdout)
		}
	}
}

// TestDescribeAdaptor checks describe on a module whose application
// registers a projection through an adaptor of another package, which
// dogmavet does not follow (as projectionkit's sqlprojection.New): every
// format says the graph is partial, and the projection is registered
// through the adaptor rather than by no application; the projection that
// nothing registers is still said to be so.
func TestDescribeAdaptor(t *testing.T) {
	dir := filepath.Join("testdata", "adaptor")
	for _, c := range []struct {
		format string
		want   []string
	}{
		{"text", []string{
			"adaptor:        projection registered through wrap.New at app/app.go:56:23, which dogmavet could not follow\n",
			"handlers registered through an adaptor that could not be followed\n\n  projection totals\n",
			"handlers not registered by any application found\n\n  projection orphan\n",
		}},
		{"dot", []string{
			`partial: some handlers are registered in a way dogmavet cannot follow`,
			`label="projection\ntotals\nregistered through wrap.New,\nan adaptor that could not be followed"`,
		}},
		{"mermaid", []string{
			`partial: some handlers are registered in a way dogmavet cannot follow`,
			`["projection<br>totals<br>registered through wrap.New,<br>an adaptor that could not be followed"]`,
		}},
		{"json", []string{`"func": "example.com/adaptor/wrap.New"`}},
	} {
		r := dv(t, dir, "describe", "-format", c.format, "./app")
		wantCode(t, r, 0)
		for _, want := range c.want {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("describe -format=%s lacks %q:\n%s", c.format, want, r.stdout)
			}
		}
		if (c.format == "dot" || c.format == "mermaid") && strings.Contains(r.stdout, "orphan") {
			t.Errorf("describe -format=%s draws the projection nothing registers:\n%s", c.format, r.stdout)
		}
	}
}

// TestDescribeDOTSize renders the examples' graphs with Graphviz and checks
// that they stay readable: at most 2,000 pixels wide, for the example (8
// handlers) and the defective one (17 and 6). It runs when dot is
// installed (.ci/run installs it).
func TestDescribeDOTSize(t *testing.T) {
	dot := e2etest.RequireProgram(t, "dot", "apt-get install -y graphviz")
	for _, example := range []string{"example", "example-defects"} {
		r := dv(t, root, "describe", "-format=dot", "./testdata/"+example+"/...")
		wantCode(t, r, 0)
		cmd := exec.Command(dot, "-Tpng")
		cmd.Stdin = strings.NewReader(r.stdout)
		png, err := cmd.Output()
		if err != nil {
			t.Fatalf("dot -Tpng: %v", err)
		}
		// A PNG's IHDR chunk holds its width and height at bytes 16 to 24.
		if len(png) < 24 || string(png[1:4]) != "PNG" {
			t.Fatalf("dot -Tpng wrote no PNG")
		}
		width, height := binary.BigEndian.Uint32(png[16:20]), binary.BigEndian.Uint32(png[20:24])
		t.Logf("%s: %d x %d px", example, width, height)
		if width > 2000 {
			t.Errorf("the graph of %s is %d px wide, want at most 2,000", example, width)
		}
	}
}

// TestDescribeLoadFlags checks that describe and sarif take the main
// command's load flags: -test=false and -test describe the same application
// as the default, and sarif accepts -test=false and -nonce.
func TestDescribeLoadFlags(t *testing.T) {
	want := dv(t, root, "describe", "-format=json", "./testdata/example/...")
	wantCode(t, want, 0)
	for _, flags := range [][]string{{"-test=false"}, {"-test"}, {"-nonce=1", "-test=false"}} {
		r := dv(t, root, append(append([]string{"describe", "-format=json"}, flags...), "./testdata/example/...")...)
		wantCode(t, r, 0)
		if r.stdout != want.stdout {
			t.Errorf("describe %v differs from describe without it", flags)
		}
	}
	r := dv(t, root, "sarif", "-test=false", "-nonce=1", "./testdata/example/...")
	wantCode(t, r, 0)
}
