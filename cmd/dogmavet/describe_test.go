package main_test

import (
	"encoding/json"
	"strings"
	"testing"
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
