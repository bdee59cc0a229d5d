package cli

import (
	"fmt"
	"strings"
)

// unifiedDiff returns the unified diff of a file's two versions, with
// "a/" and "b/" before its name as git writes them, and contextLines of
// unchanged lines around each change; "" when they are equal. It is what
// git apply and patch -p1 take.
func unifiedDiff(name, old, new string, contextLines int) string {
	if old == new {
		return ""
	}
	a, b := splitLines(old), splitLines(new)
	ops := diffLines(a, b)

	var out strings.Builder
	fmt.Fprintf(&out, "--- a/%s\n+++ b/%s\n", name, name)
	for i := 0; i < len(ops); {
		if ops[i].kind == opEqual {
			i++
			continue
		}
		// A hunk: from contextLines before this change to contextLines
		// after the last change that is at most 2*contextLines equal
		// lines away from the next one.
		start := max(0, i-contextLines)
		end := i
		for j := i; j < len(ops); j++ {
			if ops[j].kind != opEqual {
				end = j + 1
				continue
			}
			if j-end >= 2*contextLines {
				break
			}
		}
		end = min(len(ops), end+contextLines)
		writeHunk(&out, ops[start:end])
		i = end
	}
	return out.String()
}

func writeHunk(out *strings.Builder, ops []lineOp) {
	first := ops[0]
	var nOld, nNew int
	for _, op := range ops {
		if op.kind != opInsert {
			nOld++
		}
		if op.kind != opDelete {
			nNew++
		}
	}
	// The line numbers are 1-based; an empty range is numbered by the
	// line before it.
	oldStart, newStart := first.oldLine+1, first.newLine+1
	if nOld == 0 {
		oldStart--
	}
	if nNew == 0 {
		newStart--
	}
	fmt.Fprintf(out, "@@ -%s +%s @@\n", hunkRange(oldStart, nOld), hunkRange(newStart, nNew))
	for _, op := range ops {
		prefix := map[opKind]string{opEqual: " ", opDelete: "-", opInsert: "+"}[op.kind]
		out.WriteString(prefix + op.text)
		if !strings.HasSuffix(op.text, "\n") {
			out.WriteString("\n\\ No newline at end of file\n")
		}
	}
}

func hunkRange(start, n int) string {
	if n == 1 {
		return fmt.Sprint(start)
	}
	return fmt.Sprintf("%d,%d", start, n)
}

// splitLines splits s after each newline; the last line may lack one.
func splitLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

type opKind int

const (
	opEqual opKind = iota
	opDelete
	opInsert
)

// lineOp is one line of an edit script: kept, deleted from the old version
// or inserted from the new one. oldLine and newLine are the 0-based
// numbers of the line in each version, or of the line it comes before.
type lineOp struct {
	kind             opKind
	text             string
	oldLine, newLine int
}

// diffLines returns a shortest edit script from a to b (Myers' algorithm,
// after the common head and tail are set aside: fixes change few lines).
func diffLines(a, b []string) []lineOp {
	head := 0
	for head < len(a) && head < len(b) && a[head] == b[head] {
		head++
	}
	tail := 0
	for tail < len(a)-head && tail < len(b)-head && a[len(a)-1-tail] == b[len(b)-1-tail] {
		tail++
	}
	var ops []lineOp
	for i := 0; i < head; i++ {
		ops = append(ops, lineOp{opEqual, a[i], i, i})
	}
	for _, op := range myers(a[head:len(a)-tail], b[head:len(b)-tail]) {
		op.oldLine += head
		op.newLine += head
		ops = append(ops, op)
	}
	for i := tail; i > 0; i-- {
		ops = append(ops, lineOp{opEqual, a[len(a)-i], len(a) - i, len(b) - i})
	}
	return ops
}

// myers returns a shortest edit script from a to b.
func myers(a, b []string) []lineOp {
	n, m := len(a), len(b)
	limit := n + m
	off := limit + 1
	v := make([]int, 2*limit+3)
	var trace [][]int
search:
	for d := 0; d <= limit; d++ {
		trace = append(trace, append([]int(nil), v...))
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[off+k-1] < v[off+k+1]) {
				x = v[off+k+1] // down: an insertion
			} else {
				x = v[off+k-1] + 1 // right: a deletion
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[off+k] = x
			if x >= n && y >= m {
				break search
			}
		}
	}

	// Walk back from the end, collecting the script in reverse.
	var rev []lineOp
	x, y := n, m
	for d := len(trace) - 1; d >= 0; d-- {
		v := trace[d]
		k := x - y
		var prevK int
		if k == -d || (k != d && v[off+k-1] < v[off+k+1]) {
			prevK = k + 1
		} else {
			prevK = k - 1
		}
		prevX := v[off+prevK]
		prevY := prevX - prevK
		for x > prevX && y > prevY {
			x--
			y--
			rev = append(rev, lineOp{opEqual, a[x], x, y})
		}
		if d > 0 {
			if x == prevX {
				y--
				rev = append(rev, lineOp{opInsert, b[y], x, y})
			} else {
				x--
				rev = append(rev, lineOp{opDelete, a[x], x, y})
			}
		}
		x, y = prevX, prevY
	}
	ops := make([]lineOp, len(rev))
	for i, op := range rev {
		ops[len(rev)-1-i] = op
	}
	return ops
}
