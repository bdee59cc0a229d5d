package main_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dogmavet/dogmavet/internal/e2etest"
)

// TestPreCommitHook runs the repository's pre-commit hook with the real
// pre-commit, through "pre-commit try-repo", in a throw-away git
// repository: on the defective example the hook fails and prints every
// defect; on the clean example with one defect it fails with that finding,
// also through "pre-commit run" with the README's configuration; once the
// defect is fixed it passes.
func TestPreCommitHook(t *testing.T) {
	e2etest.RequireLong(t, "cmd/dogmavet", "installs the hook with pre-commit, which builds dogmavet from a fresh module cache")
	preCommit := e2etest.RequireProgram(t, "pre-commit", "apt-get install -y pre-commit")
	e2etest.RequireProgram(t, "git", "apt-get install -y git")
	work := t.TempDir()
	env := preCommitEnv(t, work)

	// pre-commit installs a hook repository from a commit. Commit the
	// working tree, as it is, to a repository of its own, so that the test
	// checks the hook of this tree whatever git state the checkout is in.
	hooks := filepath.Join(work, "hooks")
	snapshotRepo(t, env, hooks)

	target := filepath.Join(work, "target")
	e2etest.ExampleModule(t, root, "example-defects", target)
	initRepo(t, env, target)

	tryRepo := func(t *testing.T) result {
		t.Helper()
		start := time.Now()
		r := run(t, target, env, preCommit, "try-repo", hooks, "dogmavet", "--all-files", "--verbose", "--color=never")
		t.Logf("pre-commit try-repo took %s", time.Since(start).Round(100*time.Millisecond))
		return r
	}

	t.Run("defective example fails", func(t *testing.T) {
		r := tryRepo(t)
		if r.code == 0 || !strings.Contains(r.stdout, "Failed") || !strings.Contains(r.stdout, "- exit code: 3") {
			t.Fatalf("want the hook to fail with dogmavet's exit code 3, got %s", r)
		}
		wantFindings(t, e2etest.ParseText(t, r.stdout, target, target), e2etest.Defects(t, target))
	})

	// Replace the application with the clean example, then break one
	// identity key.
	replaceTree(t, env, target, "example")
	file, line, original := firstIdentityKey(t, target)
	broken := strings.Replace(original, keyPattern.FindString(original), `"not-a-uuid"`, 1)
	rewriteLine(t, filepath.Join(target, file), line, broken)
	commitAll(t, env, target, "break a key")

	t.Run("one defect fails", func(t *testing.T) {
		r := tryRepo(t)
		if r.code == 0 || !strings.Contains(r.stdout, "Failed") {
			t.Fatalf("want the hook to fail, got %s", r)
		}
		got := e2etest.ParseText(t, r.stdout, target, target)
		want := []e2etest.Finding{{File: file, Line: line, Rule: "identity-key"}}
		wantFindings(t, got, want)
		if !strings.Contains(r.stdout, `"not-a-uuid"`) {
			t.Errorf("the finding does not name the bad key:\n%s", r)
		}
	})

	// The README's .pre-commit-config.yaml, pointed at the snapshot, with
	// "pre-commit run" as a user runs it.
	config := readmeConfig(t, git(t, env, hooks, "rev-parse", "HEAD"), hooks)
	e2etest.WriteFile(t, filepath.Join(target, ".pre-commit-config.yaml"), config)
	commitAll(t, env, target, "add the pre-commit configuration")
	runConfig := func(t *testing.T) result {
		t.Helper()
		return run(t, target, env, preCommit, "run", "--all-files", "--color=never")
	}

	t.Run("README configuration fails", func(t *testing.T) {
		r := runConfig(t)
		if r.code == 0 || !strings.Contains(r.stdout, "Failed") {
			t.Fatalf("want the hook to fail, got %s", r)
		}
		wantFindings(t, e2etest.ParseText(t, r.stdout, target, target), []e2etest.Finding{{File: file, Line: line, Rule: "identity-key"}})
	})

	rewriteLine(t, filepath.Join(target, file), line, original)
	commitAll(t, env, target, "fix the key")

	t.Run("fixed passes", func(t *testing.T) {
		r := tryRepo(t)
		if r.code != 0 || !strings.Contains(r.stdout, "Passed") {
			t.Fatalf("want the hook to pass after the fix, got %s", r)
		}
		r = runConfig(t)
		if r.code != 0 || !strings.Contains(r.stdout, "Passed") {
			t.Fatalf("want the README configuration to pass after the fix, got %s", r)
		}
	})
}

// readmeConfig returns the README's .pre-commit-config.yaml with its
// repository and revision replaced by the snapshot's.
func readmeConfig(t *testing.T, rev, repo string) string {
	t.Helper()
	readme := e2etest.ReadFile(t, filepath.Join(root, "README.md"))
	for _, block := range strings.Split(readme, "```yaml\n")[1:] {
		body, _, _ := strings.Cut(block, "```")
		if !strings.HasPrefix(body, "# .pre-commit-config.yaml\n") {
			continue
		}
		repoLine := regexp.MustCompile(`(?m)^(\s*- repo: ).*$`)
		revLine := regexp.MustCompile(`(?m)^(\s*rev: )\S+`)
		if !repoLine.MatchString(body) || !revLine.MatchString(body) || !strings.Contains(body, "- id: dogmavet\n") {
			t.Fatalf("the README's .pre-commit-config.yaml has no repo, rev or dogmavet hook:\n%s", body)
		}
		body = repoLine.ReplaceAllString(body, "${1}"+repo)
		return revLine.ReplaceAllString(body, "${1}"+strings.TrimSpace(rev))
	}
	t.Fatal("README.md has no yaml block starting with # .pre-commit-config.yaml")
	return ""
}

// preCommitEnv isolates pre-commit's cache and gives git an identity. The
// module cache is named explicitly: pre-commit sets GOPATH to a directory
// of its own while it installs the hook, which would otherwise move the
// module cache there and download every module again.
func preCommitEnv(t *testing.T, work string) []string {
	return []string{
		"PRE_COMMIT_HOME=" + filepath.Join(work, "pre-commit-home"),
		"GOMODCACHE=" + e2etest.GoEnv(t, "GOMODCACHE"),
		"GOFLAGS=-mod=mod -buildvcs=false",
		"GOWORK=off",
		"GIT_AUTHOR_NAME=dogmavet test", "GIT_AUTHOR_EMAIL=test@example.com",
		"GIT_COMMITTER_NAME=dogmavet test", "GIT_COMMITTER_EMAIL=test@example.com",
		"GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL=" + os.DevNull,
	}
}

func git(t *testing.T, env []string, dir string, args ...string) string {
	t.Helper()
	r := run(t, dir, env, "git", args...)
	if r.code != 0 {
		t.Fatalf("git %s: %s", strings.Join(args, " "), r)
	}
	return r.stdout
}

func initRepo(t *testing.T, env []string, dir string) {
	t.Helper()
	git(t, env, dir, "init", "-q", "-b", "main")
	commitAll(t, env, dir, "initial")
}

func commitAll(t *testing.T, env []string, dir, msg string) {
	t.Helper()
	git(t, env, dir, "add", "-A")
	git(t, env, dir, "-c", "commit.gpgsign=false", "commit", "-q", "--allow-empty", "-m", msg)
}

// snapshotRepo copies the files of the repository's working tree that git
// tracks or would track (not ignored ones) into dir, and commits them.
func snapshotRepo(t *testing.T, env []string, dir string) {
	t.Helper()
	out := git(t, env, root, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
	for _, name := range strings.Split(strings.TrimRight(out, "\x00"), "\x00") {
		src := filepath.Join(root, filepath.FromSlash(name))
		info, err := os.Lstat(src)
		if err != nil || !info.Mode().IsRegular() {
			continue // deleted in the working tree, or not a file
		}
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		e2etest.WriteFile(t, filepath.Join(dir, filepath.FromSlash(name)), string(data))
	}
	if _, err := os.Stat(filepath.Join(dir, ".pre-commit-hooks.yaml")); err != nil {
		t.Fatal("the repository has no .pre-commit-hooks.yaml")
	}
	initRepo(t, env, dir)
}

// replaceTree replaces the application in dir with another example.
func replaceTree(t *testing.T, env []string, dir, example string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() != ".git" {
			os.RemoveAll(filepath.Join(dir, e.Name()))
		}
	}
	e2etest.ExampleModule(t, root, example, dir)
	commitAll(t, env, dir, "use the "+example+" application")
}

var (
	identityCall = regexp.MustCompile(`\.Identity\("[^"]+", "[0-9a-f-]{36}"\)`)
	keyPattern   = regexp.MustCompile(`"[0-9a-f-]{36}"`)
)

// firstIdentityKey finds the first Identity call with literal arguments in
// the application, in file order.
func firstIdentityKey(t *testing.T, dir string) (file string, line int, text string) {
	t.Helper()
	for _, name := range e2etest.GoFiles(t, dir) {
		lines := strings.Split(e2etest.ReadFile(t, filepath.Join(dir, filepath.FromSlash(name))), "\n")
		for i, l := range lines {
			if identityCall.MatchString(l) {
				return name, i + 1, l
			}
		}
	}
	t.Fatalf("no Identity call with a literal key under %s", dir)
	return "", 0, ""
}

func rewriteLine(t *testing.T, name string, line int, text string) {
	t.Helper()
	lines := strings.Split(e2etest.ReadFile(t, name), "\n")
	if line < 1 || line > len(lines) {
		t.Fatalf("%s has no line %d", name, line)
	}
	lines[line-1] = text
	e2etest.WriteFile(t, name, strings.Join(lines, "\n"))
}
