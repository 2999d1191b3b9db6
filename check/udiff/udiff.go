// Package udiff writes the unified diff of two texts, line by line, in the
// format of `diff -u` and `git diff`: what `secrets-lsp --check` shows when
// the committed .sops.yaml differs from the one the policy generates.
//
// Lines are compared with Myers' O(ND) algorithm after the common prefix
// and suffix are set aside. Past maxEdits differences the middle is shown
// as one replaced block instead: still a correct diff, only not a minimal
// one, and it keeps time and memory bounded on unrelated inputs.
package udiff

import (
	"fmt"
	"strings"
)

// Context is the number of unchanged lines shown around each change.
const Context = 3

// maxEdits bounds the edit distance searched for a minimal diff.
const maxEdits = 1000

// op is one line of an edit script.
type op struct {
	kind byte // ' ', '-' or '+'
	a, b int  // line index in a (for ' ' and '-') and in b (for ' ' and '+')
}

// Unified returns the unified diff turning a into b, with file headers
// naming them oldName and newName, or "" when the texts are equal. A last
// line without a line break is marked as diff marks it.
func Unified(oldName, newName, a, b string) string {
	if a == b {
		return ""
	}
	al, bl := splitLines(a), splitLines(b)
	ops := script(al, bl)
	var out strings.Builder
	fmt.Fprintf(&out, "--- %s\n+++ %s\n", oldName, newName)
	for _, h := range hunks(ops) {
		writeHunk(&out, ops, h, al, bl)
	}
	return out.String()
}

// splitLines splits s after each "\n"; the last line lacks one when s does
// not end in a line break.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// script returns the edit script from a to b: every line of both, in
// order, as kept, deleted or inserted.
func script(a, b []string) []op {
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	ops := make([]op, 0, len(a)+len(b))
	for i := 0; i < pre; i++ {
		ops = append(ops, op{' ', i, i})
	}
	ops = append(ops, middle(a[pre:len(a)-suf], b[pre:len(b)-suf], pre, pre)...)
	for i := 0; i < suf; i++ {
		ops = append(ops, op{' ', len(a) - suf + i, len(b) - suf + i})
	}
	return ops
}

// middle is Myers' greedy algorithm on a and b, whose first lines are at
// offA and offB in the whole texts. It keeps a copy of the reachable part
// of the frontier per edit (O(maxEdits²) at worst), to walk back.
func middle(a, b []string, offA, offB int) []op {
	n, m := len(a), len(b)
	maxD := min(n+m, maxEdits)
	off := maxD + 1
	v := make([]int, 2*maxD+3)
	var trace [][]int // trace[d][k+d] is v[k] before step d, for -d <= k <= d
	found := -1
	for d := 0; d <= maxD && found < 0; d++ {
		trace = append(trace, append([]int(nil), v[off-d:off+d+1]...))
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				x = v[off+k+1] // down: an insertion
			} else {
				x = v[off+k-1] + 1 // right: a deletion
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x, y = x+1, y+1
			}
			v[off+k] = x
			if x >= n && y >= m {
				found = d
				break
			}
		}
	}
	if found < 0 {
		return replaceAll(n, m, offA, offB)
	}
	// Walk back from (n, m) through the saved frontiers.
	var rev []op
	x, y := n, m
	for d := found; d > 0; d-- {
		at := func(k int) int { return trace[d][k+d] }
		k := x - y
		var prevK int
		if k == -d || k != d && at(k-1) < at(k+1) {
			prevK = k + 1
		} else {
			prevK = k - 1
		}
		prevX := at(prevK)
		prevY := prevX - prevK
		for x > prevX && y > prevY {
			x, y = x-1, y-1
			rev = append(rev, op{' ', offA + x, offB + y})
		}
		if x == prevX {
			y--
			rev = append(rev, op{'+', 0, offB + y})
		} else {
			x--
			rev = append(rev, op{'-', offA + x, 0})
		}
	}
	for x > 0 && y > 0 {
		x, y = x-1, y-1
		rev = append(rev, op{' ', offA + x, offB + y})
	}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	return rev
}

// replaceAll is the edit script that deletes every line of a and inserts
// every line of b.
func replaceAll(n, m, offA, offB int) []op {
	ops := make([]op, 0, n+m)
	for i := 0; i < n; i++ {
		ops = append(ops, op{'-', offA + i, 0})
	}
	for j := 0; j < m; j++ {
		ops = append(ops, op{'+', 0, offB + j})
	}
	return ops
}

// hunk is ops[start:end] of an edit script, with the number of lines of
// each text before it.
type hunk struct {
	start, end       int
	aBefore, bBefore int
}

// hunks cuts the edit script into hunks: each change with Context lines
// around it, changes closer than 2*Context lines sharing a hunk.
func hunks(ops []op) []hunk {
	var out []hunk
	cur := hunk{start: -1}
	for i, o := range ops {
		if o.kind == ' ' {
			continue
		}
		lo, hi := max(i-Context, 0), min(i+Context+1, len(ops))
		if cur.start >= 0 && lo <= cur.end {
			cur.end = max(cur.end, hi)
			continue
		}
		if cur.start >= 0 {
			out = append(out, cur)
		}
		cur = hunk{start: lo, end: hi}
	}
	if cur.start >= 0 {
		out = append(out, cur)
	}
	// Count the lines of each text before each hunk.
	na, nb, i := 0, 0, 0
	for h := range out {
		for ; i < out[h].start; i++ {
			if ops[i].kind != '+' {
				na++
			}
			if ops[i].kind != '-' {
				nb++
			}
		}
		out[h].aBefore, out[h].bBefore = na, nb
	}
	return out
}

func writeHunk(out *strings.Builder, ops []op, h hunk, a, b []string) {
	aLen, bLen := 0, 0
	for _, o := range ops[h.start:h.end] {
		if o.kind != '+' {
			aLen++
		}
		if o.kind != '-' {
			bLen++
		}
	}
	fmt.Fprintf(out, "@@ -%s +%s @@\n", rangeOf(h.aBefore, aLen), rangeOf(h.bBefore, bLen))
	for _, o := range ops[h.start:h.end] {
		var line string
		if o.kind == '+' {
			line = b[o.b]
		} else {
			line = a[o.a]
		}
		out.WriteByte(o.kind)
		out.WriteString(line)
		if !strings.HasSuffix(line, "\n") {
			out.WriteString("\n\\ No newline at end of file\n")
		}
	}
}

// rangeOf writes a hunk's range in one text as diff does: "start,len"
// with a 1-based start, just "start" for one line, and for an empty range
// the line before it with length 0.
func rangeOf(before, n int) string {
	switch n {
	case 0:
		return fmt.Sprintf("%d,0", before)
	case 1:
		return fmt.Sprintf("%d", before+1)
	}
	return fmt.Sprintf("%d,%d", before+1, n)
}
