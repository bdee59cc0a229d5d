package sarif

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// FingerprintKey is the partialFingerprints key dogmavet fills. Its version
// changes whenever the way the value is computed changes.
const FingerprintKey = "dogmavetLineHash/v1"

// Position is a place in a file as go/token reports it: an absolute file
// name, and a line and a byte column counting from 1.
type Position struct {
	Filename     string
	Line, Column int
}

// Finding is one diagnostic to write as a result.
type Finding struct {
	RuleID string

	// Level is the result's level; empty means the rule's default level.
	Level string

	Message  string
	Pos, End Position
	Related  []Related
}

// Related is a secondary position of a finding.
type Related struct {
	Pos, End Position
	Message  string
}

// Builder turns findings into a SARIF log.
type Builder struct {
	Driver Driver

	// Root is the absolute directory that artifact URIs are relative to,
	// normally the repository root.
	Root string

	// ReadFile reads a source file, to convert byte columns to UTF-16 ones
	// and to fingerprint the finding's line. A file it cannot read keeps
	// byte columns and is fingerprinted without its text.
	ReadFile func(name string) ([]byte, error)

	lines map[string][]string
}

// Build returns the log for the findings. Rules of findings that Driver.Rules
// does not list are added with their ID alone.
func (b *Builder) Build(findings []Finding) *Log {
	b.lines = map[string][]string{}
	driver := b.Driver
	driver.Rules = append([]Rule(nil), b.Driver.Rules...)
	index := map[string]int{}
	for i, r := range driver.Rules {
		index[r.ID] = i
	}

	var unknown []string
	for _, f := range findings {
		if _, ok := index[f.RuleID]; !ok {
			index[f.RuleID] = -1
			unknown = append(unknown, f.RuleID)
		}
	}
	sort.Strings(unknown)
	for _, id := range unknown {
		index[id] = len(driver.Rules)
		driver.Rules = append(driver.Rules, Rule{ID: id, Name: id})
	}

	results := make([]Result, 0, len(findings))
	seen := map[string]bool{}
	for _, f := range findings {
		r := b.result(f, driver.Rules, index[f.RuleID])
		key := resultKey(r)
		if seen[key] {
			continue // the same file seen through two packages, e.g. p and p [p.test]
		}
		seen[key] = true
		results = append(results, r)
	}
	sort.SliceStable(results, func(i, j int) bool { return lessResult(&results[i], &results[j]) })
	b.fingerprint(results)

	return &Log{
		Schema:  Schema,
		Version: Version,
		Runs: []Run{{
			Tool:       Tool{Driver: driver},
			Results:    results,
			ColumnKind: "utf16CodeUnits",
		}},
	}
}

func (b *Builder) result(f Finding, rules []Rule, ruleIndex int) Result {
	level := f.Level
	if level == "" {
		level = LevelWarning
		if c := rules[ruleIndex].DefaultConfiguration; c != nil {
			level = c.Level
		}
	}
	r := Result{
		RuleID:    f.RuleID,
		RuleIndex: ruleIndex,
		Level:     level,
		Message:   Message{Text: f.Message},
		Locations: []Location{{PhysicalLocation: b.physical(f.Pos, f.End)}},
	}
	for i, rel := range f.Related {
		id := i + 1
		r.RelatedLocations = append(r.RelatedLocations, Location{
			ID:               &id,
			PhysicalLocation: b.physical(rel.Pos, rel.End),
			Message:          &Message{Text: rel.Message},
		})
	}
	return r
}

func (b *Builder) physical(pos, end Position) PhysicalLocation {
	loc := PhysicalLocation{ArtifactLocation: b.artifact(pos.Filename)}
	if pos.Line > 0 {
		reg := &Region{StartLine: pos.Line, StartColumn: b.column(pos)}
		if end.Filename == pos.Filename && end.Line >= pos.Line && end.Line > 0 {
			reg.EndLine = end.Line
			reg.EndColumn = b.column(end)
			if reg.EndLine == reg.StartLine && reg.EndColumn <= reg.StartColumn {
				reg.EndLine, reg.EndColumn = 0, 0 // an empty range says nothing more than the start
			}
		}
		loc.Region = reg
	}
	return loc
}

// artifact returns the location of a file: relative to Root when the file
// is inside it, an absolute file URI otherwise.
func (b *Builder) artifact(name string) ArtifactLocation {
	if b.Root != "" {
		if rel, err := filepath.Rel(b.Root, name); err == nil && filepath.IsLocal(rel) {
			return ArtifactLocation{URI: escapePath(filepath.ToSlash(rel)), URIBaseID: SrcRoot}
		}
	}
	return ArtifactLocation{URI: "file://" + escapePath(filepath.ToSlash(name))}
}

func escapePath(p string) string {
	segs := strings.Split(p, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return strings.Join(segs, "/")
}

// column converts the byte column of pos to UTF-16 code units.
func (b *Builder) column(pos Position) int {
	line, ok := b.line(pos.Filename, pos.Line)
	if !ok || pos.Column < 1 || pos.Column-1 > len(line) {
		return pos.Column
	}
	prefix := line[:pos.Column-1]
	n := 0
	for len(prefix) > 0 {
		r, size := utf8.DecodeRuneInString(prefix)
		prefix = prefix[size:]
		n += len(utf16.Encode([]rune{r}))
	}
	return n + 1
}

// line returns line n (from 1) of the named file.
func (b *Builder) line(name string, n int) (string, bool) {
	lines, ok := b.lines[name]
	if !ok {
		if b.ReadFile != nil {
			if data, err := b.ReadFile(name); err == nil {
				lines = strings.Split(string(data), "\n")
			}
		}
		b.lines[name] = lines
	}
	if n < 1 || n > len(lines) {
		return "", false
	}
	return strings.TrimSuffix(lines[n-1], "\r"), true
}

// fingerprint sets each result's partial fingerprint: a hash of the rule,
// the file and the text of the finding's line with its whitespace collapsed,
// plus the number of earlier results with the same hash. Line numbers are
// left out, so a finding keeps its fingerprint when code above it moves.
func (b *Builder) fingerprint(results []Result) {
	count := map[string]int{}
	for i := range results {
		r := &results[i]
		loc := r.Locations[0].PhysicalLocation
		text := ""
		if loc.Region != nil {
			if t, ok := b.line(b.filename(loc.ArtifactLocation), loc.Region.StartLine); ok {
				text = strings.Join(strings.Fields(t), " ")
			}
		}
		sum := sha256.Sum256([]byte(r.RuleID + "\x00" + loc.ArtifactLocation.URI + "\x00" + text))
		h := hex.EncodeToString(sum[:16])
		count[h]++
		r.PartialFingerprints = map[string]string{FingerprintKey: h + ":" + strconv.Itoa(count[h])}
	}
}

// filename maps an artifact location back to the file name that line
// caches it under.
func (b *Builder) filename(a ArtifactLocation) string {
	p, err := url.PathUnescape(a.URI)
	if err != nil {
		p = a.URI
	}
	if a.URIBaseID == SrcRoot {
		return filepath.Join(b.Root, filepath.FromSlash(p))
	}
	return filepath.FromSlash(strings.TrimPrefix(p, "file://"))
}

func resultKey(r Result) string {
	b, _ := json.Marshal(r)
	return string(b)
}

func lessResult(a, b *Result) bool {
	pa, pb := a.Locations[0].PhysicalLocation, b.Locations[0].PhysicalLocation
	if pa.ArtifactLocation.URI != pb.ArtifactLocation.URI {
		return pa.ArtifactLocation.URI < pb.ArtifactLocation.URI
	}
	ra, rb := regionOrZero(pa.Region), regionOrZero(pb.Region)
	if ra != rb {
		switch {
		case ra.StartLine != rb.StartLine:
			return ra.StartLine < rb.StartLine
		case ra.StartColumn != rb.StartColumn:
			return ra.StartColumn < rb.StartColumn
		case ra.EndLine != rb.EndLine:
			return ra.EndLine < rb.EndLine
		default:
			return ra.EndColumn < rb.EndColumn
		}
	}
	if a.RuleID != b.RuleID {
		return a.RuleID < b.RuleID
	}
	return a.Message.Text < b.Message.Text
}

func regionOrZero(r *Region) Region {
	if r == nil {
		return Region{}
	}
	return *r
}

// Write writes the log as indented JSON followed by a newline.
func Write(w io.Writer, log *Log) error {
	data, err := json.MarshalIndent(log, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}
