package posn_test

import (
	"bytes"
	"encoding/gob"
	"reflect"
	"strings"
	"testing"

	"github.com/dogmavet/dogmavet/analyzer/internal/posn"
)

type site struct {
	Pos    posn.Posn
	Path   []posn.Posn
	hidden int
}

type summary struct {
	Pos   posn.Posn
	Sites []site
	Next  *summary
}

func sample() summary {
	a := posn.Posn{File: "/src/app/a.go", Offset: 10, Line: 2, Column: 3}
	b := posn.Posn{File: "/src/app/b.go", Offset: 20, Line: 4, Column: 1}
	return summary{
		Pos:   a,
		Sites: []site{{Pos: b, Path: []posn.Posn{a, b, {}}, hidden: 7}},
		Next:  &summary{Pos: a},
	}
}

// TestPackRoundTrip: a packed value survives gob with each file name stored
// once, unpacks to the original, and packing leaves the original alone.
func TestPackRoundTrip(t *testing.T) {
	orig := sample()
	packed, files := posn.Pack(orig)
	if !reflect.DeepEqual(orig, sample()) {
		t.Fatal("Pack changed its argument")
	}
	if want := []string{"/src/app/a.go", "/src/app/b.go"}; !reflect.DeepEqual(files, want) {
		t.Fatalf("files = %q, want %q", files, want)
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(packed); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(buf.Bytes(), []byte("a.go")) {
		t.Error("the packed value still holds a file name")
	}
	var decoded summary
	if err := gob.NewDecoder(&buf).Decode(&decoded); err != nil {
		t.Fatal(err)
	}
	got := posn.Unpack(decoded, files)
	want := sample()
	want.Sites[0].hidden = 0 // unexported: gob does not carry it
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Unpack(Pack(v)) = %+v, want %+v", got, want)
	}
}

// TestUnpackCorrupt: a reference outside the table resolves to no file, so
// that the position resolves to no position rather than a wrong one.
func TestUnpackCorrupt(t *testing.T) {
	packed, _ := posn.Pack(sample())
	got := posn.Unpack(packed, []string{"/only/one.go"})
	if got.Pos.File != "/only/one.go" || got.Sites[0].Pos.File != "" {
		t.Errorf("got files %q and %q, want the known one and none", got.Pos.File, got.Sites[0].Pos.File)
	}
	if strings.HasPrefix(got.Sites[0].Path[1].File, "\x00") {
		t.Error("a reference survived Unpack")
	}
}
