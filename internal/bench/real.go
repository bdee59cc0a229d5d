package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// The real-application section measures dogmatiq/example, which is not on
// the module proxy: the benchmark takes checkouts' paths (-example-v15,
// -example-v25) and skips the section without them. To make them:
//
//	git --git-dir=/work/.mirror/dogmatiq+example/repo archive 9fc32b8 | tar -x -C DIR
//	(cd DIR && go mod download)
//
// and the same with a37e610.

// exampleCommitV15 and exampleCommitV25 are the commits the section is
// about; the checkouts' go.mod must require these dogma versions.
const (
	exampleCommitV15 = "9fc32b8"
	exampleCommitV25 = "a37e610"
	exampleDogmaV15  = "v0.15.0"
	exampleDogmaV25  = "v0.25.0"
	exampleAppName   = "bank" // the example's application identity name
)

// v25Patterns are the packages of the v0.25.0 example that build: its
// cmd/bank and its tests need testkit v0.22.0, which the module proxy does
// not serve.
var v25Patterns = []string{".", "./domain/...", "./messages/...", "./integrations/...", "./ui/..."}

// realCase is one real application to measure.
type realCase struct {
	Title string
	Dir   string
	Tools toolSet
	// Command is how the report describes the run.
	Command string
}

// realCases checks the checkouts and returns the cases to measure, or a
// sentence saying why the section is skipped.
func realCases(work, v15, v25 string) ([]realCase, string, error) {
	if v15 == "" && v25 == "" {
		return nil, "skipped: no checkouts of dogmatiq/example were given (-example-v15 DIR, -example-v25 DIR); see internal/bench/real.go for how to make them", nil
	}
	var cases []realCase
	if v15 != "" {
		if err := checkCheckout(v15, exampleDogmaV15); err != nil {
			return nil, "", err
		}
		cases = append(cases, realCase{
			Title: "dogmatiq/example " + exampleCommitV15 + " (dogma " + exampleDogmaV15 + ")",
			Dir:   v15,
			Tools: toolSet{
				Patterns:   []string{"./..."},
				Standalone: []variant{{}, {Label: "-test=false", Flag: "-test=false"}},
				JSON:       true,
				Configkit:  exampleAppName,
				Phases:     true,
			},
			Command: "`./...`; standalone both with tests (the default) and with `-test=false`; go vet always includes tests",
		})
	}
	if v25 != "" {
		if err := checkCheckout(v25, exampleDogmaV25); err != nil {
			return nil, "", err
		}
		// go vet has no -test=false: it runs on a copy without test files,
		// so that both modes check the same code.
		dir := filepath.Join(work, "example-v25-notests")
		if err := copyWithoutTests(v25, dir); err != nil {
			return nil, "", err
		}
		cases = append(cases, realCase{
			Title: "dogmatiq/example " + exampleCommitV25 + " (dogma " + exampleDogmaV25 + ")",
			Dir:   dir,
			Tools: toolSet{
				Patterns:   v25Patterns,
				Standalone: []variant{{Label: "-test=false", Flag: "-test=false"}},
				JSON:       true,
			},
			Command: "`-test=false " + strings.Join(v25Patterns, " ") + "` (cmd/bank and the tests need testkit v0.22.0, which the module proxy does not serve); go vet runs on a copy of the checkout without its _test.go files, the same code",
		})
	}
	return cases, "", nil
}

// checkCheckout makes sure dir is a dogmatiq/example checkout that requires
// the given dogma version.
func checkCheckout(dir, dogma string) error {
	data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		return fmt.Errorf("%s is not a checkout of dogmatiq/example: %v", dir, err)
	}
	mod := string(data)
	if !strings.Contains(mod, "module github.com/dogmatiq/example\n") {
		return fmt.Errorf("%s/go.mod is not dogmatiq/example's", dir)
	}
	if !strings.Contains(mod, "github.com/dogmatiq/dogma "+dogma+"\n") {
		return fmt.Errorf("%s/go.mod does not require dogma %s: check out the commit the flag names", dir, dogma)
	}
	return nil
}

// copyWithoutTests copies the tree at src to dst (replacing dst), leaving
// out _test.go files and .git.
func copyWithoutTests(src, dst string) error {
	if err := os.RemoveAll(dst); err != nil {
		return err
	}
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		switch {
		case d.IsDir() && d.Name() == ".git":
			return filepath.SkipDir
		case d.IsDir():
			return os.MkdirAll(target, 0o755)
		case strings.HasSuffix(d.Name(), "_test.go") || !d.Type().IsRegular():
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}
