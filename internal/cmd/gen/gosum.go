package main

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

const (
	dogmaPath    = "github.com/dogmatiq/dogma"
	dogmaVersion = "v0.15.0"
)

// dogmaGoSum returns the go.sum of a generated module. It derives both lines
// from the module cache, so the generated module builds with GOPROXY=off and
// the checksums are whatever the go command verified when it downloaded dogma.
func dogmaGoSum() ([]byte, error) {
	cache, err := modCache()
	if err != nil {
		return nil, err
	}
	dl := filepath.Join(cache, "cache", "download", dogmaPath, "@v", dogmaVersion)
	zipHash, err := os.ReadFile(dl + ".ziphash")
	if err != nil {
		return nil, fmt.Errorf("%s@%s is not in the module cache (run: go mod download %s@%s): %v",
			dogmaPath, dogmaVersion, dogmaPath, dogmaVersion, err)
	}
	mod, err := os.ReadFile(dl + ".mod")
	if err != nil {
		return nil, fmt.Errorf("reading dogma's go.mod from the module cache: %v", err)
	}
	h := strings.TrimSpace(string(zipHash))
	if !strings.HasPrefix(h, "h1:") {
		return nil, fmt.Errorf("unexpected module hash %q in %s.ziphash", h, dl)
	}
	return fmt.Appendf(nil, "%s %s %s\n%s %s/go.mod %s\n",
		dogmaPath, dogmaVersion, h, dogmaPath, dogmaVersion, goModHash(mod)), nil
}

// goModHash is the "h1:" hash the go command records for a go.mod file: the
// SHA-256 of a one-line manifest naming the file's own SHA-256.
func goModHash(data []byte) string {
	manifest := fmt.Sprintf("%x  go.mod\n", sha256.Sum256(data))
	sum := sha256.Sum256([]byte(manifest))
	return "h1:" + base64.StdEncoding.EncodeToString(sum[:])
}

func modCache() (string, error) {
	if dir := os.Getenv("GOMODCACHE"); dir != "" {
		return dir, nil
	}
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMODCACHE: %v", err)
	}
	return strings.TrimSpace(string(out)), nil
}
