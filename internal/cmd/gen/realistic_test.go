package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// TestRealisticLayout checks what makes the realistic shape realistic: the
// library modules and their replace directives, messages in packages of
// their own, projections registered through the adaptor's constructor, and
// a test package per domain package that uses the testkit-like module.
func TestRealisticLayout(t *testing.T) {
	cfg := config{Packages: 3, Handlers: 14, Seed: 5, Shape: realistic}
	files, err := generate(cfg)
	if err != nil {
		t.Fatal(err)
	}
	byPath := map[string][]byte{}
	for _, f := range files {
		byPath[f.Path] = f.Data
	}
	goMod := string(byPath["go.mod"])
	for _, want := range []string{projKitPath + " => ./" + projKitDir, testKitPath + " => ./" + testKitDir} {
		if !strings.Contains(goMod, want) {
			t.Errorf("go.mod lacks %q:\n%s", want, goMod)
		}
	}
	for _, dir := range []string{projKitDir, testKitDir} {
		if !bytes.Contains(byPath[dir+"/go.mod"], []byte("require "+dogmaPath)) {
			t.Errorf("%s/go.mod does not require dogma", dir)
		}
	}

	p := newPlan(cfg, newRNG(cfg.Seed))
	app := string(byPath["app/app.go"])
	for _, pk := range p.Packages {
		msgs := "messages/" + pk.Name + "msg/messages.go"
		if _, ok := byPath[msgs]; !ok {
			t.Errorf("no %s", msgs)
		}
		if _, ok := byPath["domain/"+pk.Name+"/messages.go"]; ok {
			t.Errorf("domain/%s declares its own messages", pk.Name)
		}
		test := string(byPath["domain/"+pk.Name+"/"+pk.Name+"_test.go"])
		if !strings.Contains(test, "package "+pk.Name+"_test") || !strings.Contains(test, `"`+testKitPath+`"`) || !strings.Contains(test, "testkit.Begin(t, &app.App{})") {
			t.Errorf("domain/%s has no external test package using the testkit-like module:\n%s", pk.Name, test)
		}
		for _, h := range pk.Handlers {
			reg := "memprojection.New(a.Store, &" + pk.Name + "." + h.Type + "{})"
			if got := strings.Contains(app, reg); got != (h.Kind == projection) {
				t.Errorf("app registers %s through the adaptor: %v, want %v", h.Type, got, h.Kind == projection)
			}
		}
	}
}

// TestShapesShareHandlers checks that, for one seed, both shapes declare the
// same handlers with the same identities, so their figures compare.
func TestShapesShareHandlers(t *testing.T) {
	identity := regexp.MustCompile(`c\.Identity\("[^"]*", "[^"]*"\)`)
	identities := func(shape string) []string {
		files, err := generate(config{Packages: 4, Handlers: 30, Seed: 9, Shape: shape})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, f := range files {
			for _, m := range identity.FindAll(f.Data, -1) {
				ids = append(ids, string(m))
			}
		}
		sort.Strings(ids)
		return ids
	}
	a, b := identities(synthetic), identities(realistic)
	if len(a) != 31 || strings.Join(a, "\n") != strings.Join(b, "\n") {
		t.Errorf("the shapes declare different identities (%d and %d)", len(a), len(b))
	}
}

// TestRealisticModuleBuilds builds the realistic shape offline, vets it, and
// runs its generated tests, which exercise the testkit-like module and the
// projection adaptor's configuration.
func TestRealisticModuleBuilds(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a module: skipped with -short")
	}
	dir := t.TempDir()
	if err := run(config{Packages: 3, Handlers: 14, Seed: 7, Shape: realistic}, dir); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"build", "./..."}, {"vet", "./..."}, {"test", "-count=1", "./..."}} {
		if out, err := goIn(dir, args...); err != nil {
			t.Fatalf("go %s in the generated module: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
}

// TestRealisticDefects runs dogmavet, tests included, on the realistic shape
// with -defects: it must report exactly one finding per defect marker, of
// the marker's rule, and nothing in the realistic code around them.
func TestRealisticDefects(t *testing.T) {
	if testing.Short() {
		t.Skip("builds dogmavet and a module: skipped with -short")
	}
	scratch := t.TempDir()
	dv := filepath.Join(scratch, "dogmavet")
	root, err := filepath.Abs(filepath.Join("..", "..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "build", "-o", dv, "./cmd/dogmavet")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building dogmavet: %v\n%s", err, out)
	}
	dir := filepath.Join(scratch, "app")
	if err := run(config{Packages: 3, Handlers: 14, Seed: 11, Defects: true, Shape: realistic}, dir); err != nil {
		t.Fatal(err)
	}
	cmd = exec.Command(dv, "-json", "./...")
	cmd.Dir = dir
	cmd.Env = offlineEnv()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("dogmavet -json: %v\n%s", err, stderr.Bytes())
	}
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal(stdout.Bytes(), &tree); err != nil {
		t.Fatalf("%v\n%s", err, stdout.Bytes())
	}
	got := map[string]int{}
	for pkg, byAnalyzer := range tree {
		for analyzer, raw := range byAnalyzer {
			var diags []struct{ Category, Posn, Message string }
			if json.Unmarshal(raw, &diags) != nil {
				t.Errorf("%s on %s failed: %s", analyzer, pkg, raw)
				continue
			}
			for _, d := range diags {
				got[d.Category]++
				if !strings.Contains(d.Posn, "/defects") {
					t.Errorf("finding outside the defects: %s: %s [%s]", d.Posn, d.Message, d.Category)
				}
			}
		}
	}
	want := map[string]int{}
	marker := regexp.MustCompile(`// defect: (\S+)`)
	err = filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".go" {
			return err
		}
		data, err := os.ReadFile(path)
		for _, m := range marker.FindAllSubmatch(data, -1) {
			want[string(m[1])]++
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(want) != len(defectList()) {
		t.Fatalf("%d defect markers in the generated application, want %d", len(want), len(defectList()))
	}
	rules := map[string]bool{}
	for r := range got {
		rules[r] = true
	}
	for r := range want {
		rules[r] = true
	}
	for r := range rules {
		if got[r] != want[r] {
			t.Errorf("rule %s: %d findings for %d defects", r, got[r], want[r])
		}
	}
}

func offlineEnv() []string {
	return append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=readonly", "GOWORK=off")
}

func goIn(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = offlineEnv()
	return cmd.CombinedOutput()
}
