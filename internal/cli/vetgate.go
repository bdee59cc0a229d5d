package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"go/token"
	"go/types"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/gcexportdata"

	"github.com/dogmavet/dogmavet/analyzer/dogmaversion"
)

// vetUnit is the part of go vet's unit configuration the version gate
// reads.
type vetUnit struct {
	ImportPath  string
	Compiler    string
	PackageFile map[string]string
	VetxOnly    bool
}

// vetRefusal returns why the dogma package that the unit cfg depends on,
// directly or not, is refused, or nil: also when the unit does not depend
// on dogma, is analysed only for facts (its findings are not shown, and a
// package the user named that depends on it is refused anyway) or cannot
// be read (unitchecker then says why). go vet gives no module versions of
// dependencies, so dogma is placed by its shape, read from its own export
// data: complete, unlike the part of it an indirect importer sees.
func vetRefusal(cfg string) error {
	data, err := os.ReadFile(cfg)
	if err != nil {
		return nil
	}
	var u vetUnit
	if json.Unmarshal(data, &u) != nil || u.VetxOnly || u.ImportPath == dogmaPath || u.Compiler != "gc" {
		return nil
	}
	file := u.PackageFile[dogmaPath]
	if file == "" {
		return nil
	}
	pkg, err := readExportFile(file)
	if err != nil {
		return nil
	}
	return dogmaversion.Check(pkg, "")
}

func readExportFile(name string) (*types.Package, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := gcexportdata.NewReader(f)
	if err != nil {
		return nil, err
	}
	return gcexportdata.Read(r, token.NewFileSet(), map[string]*types.Package{}, dogmaPath)
}

// refusedMarker is the file, in go vet's work directory (the parent of each
// unit's directory, removed when go vet ends), whose creation claims the
// printing of the refusal: go vet runs dogmavet once per package, and the
// line is the same for each.
const refusedMarker = "dogmavet-refused"

// reportVetRefusal prints the refusal unless another run of the same go vet
// command printed it already. Every refused package fails all the same, so
// that go vet exits non-zero and does not cache a pass.
func reportVetRefusal(w io.Writer, cfg string, refusal error) {
	// The go command's work directory is a temporary "go-build..."
	// directory; a configuration elsewhere was not written by go vet, and
	// nothing is left behind next to it.
	work := filepath.Dir(filepath.Dir(cfg))
	if !strings.HasPrefix(filepath.Base(work), "go-build") {
		fmt.Fprintln(w, "dogmavet: "+refusal.Error())
		return
	}
	f, err := os.OpenFile(filepath.Join(work, refusedMarker), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o666)
	if errors.Is(err, fs.ErrExist) {
		return
	}
	if err == nil {
		f.Close()
	}
	fmt.Fprintln(w, "dogmavet: "+refusal.Error())
}
