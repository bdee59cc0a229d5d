package cli

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"io"
	"os"
	"sort"

	"golang.org/x/tools/go/analysis/checker"
)

// edit replaces the bytes [start, end) of a file with text.
type edit struct {
	start, end int
	text       string
}

// fileEdits are the accepted edits of one file, against its content.
type fileEdits struct {
	content []byte
	edits   []edit
}

// fixes gathers the first suggested fix of every diagnostic of the root
// packages, as x/tools' drivers do, and merges them file by file. A fix is
// taken whole or not at all: it is left out when one of its edits overlaps
// an edit already taken (other than the same edit, which a file of both p
// and "p [p.test]" gets twice) or touches a generated file. It returns the
// files, by name, and the number of fixes left out.
func fixes(graph *checker.Graph) (map[string]*fileEdits, int, error) {
	files := map[string]*fileEdits{}
	generated := map[string]bool{}
	skipped := 0
	for _, act := range graph.Roots {
		fset := act.Package.Fset
		for _, f := range act.Package.Syntax {
			generated[fset.File(f.FileStart).Name()] = ast.IsGenerated(f)
		}
	diagnostics:
		for _, d := range act.Diagnostics {
			if len(d.SuggestedFixes) == 0 {
				continue
			}
			byFile := map[string][]edit{}
			for _, te := range d.SuggestedFixes[0].TextEdits {
				tf := fset.File(te.Pos)
				if tf == nil || generated[tf.Name()] {
					skipped++
					continue diagnostics
				}
				name := tf.Name()
				fe := files[name]
				if fe == nil {
					content, err := os.ReadFile(name)
					if err != nil {
						return nil, 0, err
					}
					if len(content) != tf.Size() {
						return nil, 0, fmt.Errorf("%s changed while it was checked; run dogmavet again", relPath(name))
					}
					fe = &fileEdits{content: content}
					files[name] = fe
				}
				end := te.End
				if !end.IsValid() {
					end = te.Pos
				}
				byFile[name] = append(byFile[name], edit{tf.Offset(te.Pos), tf.Offset(end), string(te.NewText)})
			}
			merged := map[string][]edit{}
			for name, es := range byFile {
				all, ok := merge(files[name].edits, es)
				if !ok {
					skipped++
					continue diagnostics
				}
				merged[name] = all
			}
			for name, es := range merged {
				files[name].edits = es
			}
		}
	}
	return files, skipped, nil
}

// merge adds edits to accepted, which is sorted and without overlaps. It
// reports false when one of them overlaps an accepted edit other than
// itself: two insertions at one offset overlap, since their order would
// be a guess.
func merge(accepted, edits []edit) ([]edit, bool) {
	out := append([]edit(nil), accepted...)
	for _, e := range edits {
		dup, clash := false, false
		for _, a := range out {
			switch {
			case a == e:
				dup = true
			case e.start < a.end && a.start < e.end,
				e.start == a.start:
				clash = true
			}
		}
		if clash {
			return nil, false
		}
		if !dup {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out, true
}

// apply returns the file's content with its edits made, gofmt-formatted
// when it parses.
func (fe *fileEdits) apply() []byte {
	var b bytes.Buffer
	last := 0
	for _, e := range fe.edits {
		b.Write(fe.content[last:e.start])
		b.WriteString(e.text)
		last = e.end
	}
	b.Write(fe.content[last:])
	if formatted, err := format.Source(b.Bytes()); err == nil {
		return formatted
	}
	return b.Bytes()
}

// runFixes applies the fixes, or with diff prints them as a unified diff
// to stdout, and returns the exit code.
func runFixes(graph *checker.Graph, diff bool, stdout, stderr io.Writer) int {
	files, skipped, err := fixes(graph)
	if err != nil {
		fmt.Fprintln(stderr, "dogmavet: "+oneLine(err.Error()))
		return exitError
	}
	var names []string
	for name := range files {
		names = append(names, name)
	}
	sort.Slice(names, func(i, j int) bool { return relPath(names[i]) < relPath(names[j]) })
	code := exitClean
	for _, name := range names {
		fe := files[name]
		fixed := fe.apply()
		if diff {
			io.WriteString(stdout, unifiedDiff(relPath(name), string(fe.content), string(fixed), 3))
			continue
		}
		if bytes.Equal(fixed, fe.content) {
			continue
		}
		info, err := os.Stat(name)
		if err == nil {
			err = os.WriteFile(name, fixed, info.Mode().Perm())
		}
		if err != nil {
			fmt.Fprintln(stderr, "dogmavet: "+oneLine(err.Error()))
			code = exitError
		}
	}
	if skipped > 0 {
		fmt.Fprintf(stderr, "dogmavet: %d fixes left out, because they overlap others or edit generated files; run dogmavet -fix again\n", skipped)
	}
	return code
}
