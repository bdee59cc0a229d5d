package main_test

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/dogmavet/dogmavet/internal/e2etest"
)

// goVet runs go vet with dogmavet as its tool in the repository root.
func goVet(t *testing.T, args ...string) result {
	t.Helper()
	return run(t, root, nil, "go", append([]string{"vet", "-vettool=" + dogmavet}, args...)...)
}

func TestVetDefects(t *testing.T) {
	dir := exampleDir("example-defects")
	r := goVet(t, "./testdata/example-defects/...")
	if r.code == 0 {
		t.Fatalf("go vet passed a defective application:\n%s", r)
	}
	// Each finding ends with its rule ID.
	wantFindings(t, e2etest.ParseText(t, r.stderr, root, dir), e2etest.Defects(t, dir))
}

func TestVetClean(t *testing.T) {
	r := goVet(t, "./testdata/example/...")
	wantCode(t, r, 0)
	if r.stdout != "" || r.stderr != "" {
		t.Errorf("go vet reported on the clean example:\n%s", r)
	}
}

// TestVetJSON checks go vet -json: a stream of JSON objects in the
// -json schema of x/tools, one per package, on standard output.
func TestVetJSON(t *testing.T) {
	dir := exampleDir("example-defects")
	r := goVet(t, "-json", "./testdata/example-defects/...")
	wantCode(t, r, 0)
	dec := json.NewDecoder(strings.NewReader(r.stdout))
	var all []e2etest.Finding
	seen := map[e2etest.Finding]bool{}
	for {
		var obj json.RawMessage
		if err := dec.Decode(&obj); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("go vet -json output is not a JSON stream: %v\n%s", err, r.stdout)
		}
		for _, f := range parseJSON(t, string(obj), dir) {
			if !seen[f] {
				seen[f] = true
				all = append(all, f)
			}
		}
	}
	e2etest.SortFindings(all)
	wantFindings(t, all, e2etest.Defects(t, dir))
}

// TestVetNonce checks that -nonce reaches go vet's cache key: the same
// nonce replays the cache, a new one runs dogmavet again.
func TestVetNonce(t *testing.T) {
	nonce := fmt.Sprint(time.Now().UnixNano())
	runs := func(nonce string) int {
		r := goVet(t, "-x", "-nonce="+nonce, "./testdata/example/app")
		wantCode(t, r, 0)
		// -x prints each tool run as "... dogmavet -nonce=N ... vet.cfg".
		n := 0
		for _, line := range strings.Split(r.stderr, "\n") {
			if strings.Contains(line, dogmavet) && strings.Contains(line, "-nonce="+nonce) && strings.HasSuffix(line, "vet.cfg") {
				n++
			}
		}
		return n
	}
	if n := runs(nonce); n == 0 {
		t.Fatalf("go vet did not run dogmavet with a new nonce")
	}
	if n := runs(nonce); n != 0 {
		t.Errorf("go vet ran dogmavet %d times with the same nonce: the cache was not used", n)
	}
	if n := runs(nonce + "x"); n == 0 {
		t.Errorf("go vet did not run dogmavet with another nonce: -nonce does not bust the cache")
	}
}

// TestVetFlags checks the -flags protocol: go vet learns dogmavet's flags
// from it, including -nonce and one flag per analyzer.
func TestVetFlags(t *testing.T) {
	r := dv(t, root, "-flags")
	wantCode(t, r, 0)
	var flags []struct {
		Name string
		Bool bool
	}
	if err := json.Unmarshal([]byte(r.stdout), &flags); err != nil {
		t.Fatalf("-flags output is not JSON: %v\n%s", err, r)
	}
	names := map[string]bool{}
	for _, f := range flags {
		names[f.Name] = true
	}
	for _, want := range []string{"nonce", "json", "configcheck", "V"} {
		if !names[want] {
			t.Errorf("-flags does not list -%s", want)
		}
	}

	r = dv(t, root, "-V=full")
	wantCode(t, r, 0)
	if !strings.Contains(r.stdout, "buildID=") {
		t.Errorf("-V=full does not print a build ID: %s", r)
	}
}
