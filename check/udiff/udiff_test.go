package udiff

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// apply applies a unified diff to a, failing the test on any inconsistency
// between the diff and a.
func apply(t testing.TB, a, diff string) string {
	t.Helper()
	if diff == "" {
		return a
	}
	lines := splitLines(diff)
	if len(lines) < 2 || !strings.HasPrefix(lines[0], "--- ") || !strings.HasPrefix(lines[1], "+++ ") {
		t.Fatalf("no file headers:\n%s", diff)
	}
	src := splitLines(a)
	var out []string
	pos := 0 // next line of src to copy
	header := regexp.MustCompile(`^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@\n$`)
	for i := 2; i < len(lines); {
		m := header.FindStringSubmatch(lines[i])
		if m == nil {
			t.Fatalf("line %d: not a hunk header: %q", i+1, lines[i])
		}
		aStart, _ := strconv.Atoi(m[1])
		aLen := 1
		if m[2] != "" {
			aLen, _ = strconv.Atoi(m[2])
		}
		bLen := 1
		if m[4] != "" {
			bLen, _ = strconv.Atoi(m[4])
		}
		first := aStart - 1
		if aLen == 0 {
			first = aStart
		}
		if first < pos {
			t.Fatalf("hunk %q overlaps the previous one", lines[i])
		}
		out = append(out, src[pos:first]...)
		pos = first
		i++
		gotA, gotB := 0, 0
		for i < len(lines) && !strings.HasPrefix(lines[i], "@@") {
			l := lines[i]
			i++
			body := l[1:]
			if i < len(lines) && lines[i] == "\\ No newline at end of file\n" {
				body = strings.TrimSuffix(body, "\n")
				i++
			}
			switch l[0] {
			case ' ', '-':
				if pos >= len(src) || src[pos] != body {
					t.Fatalf("context or deletion %q does not match line %d of a", l, pos+1)
				}
				pos++
				gotA++
				if l[0] == ' ' {
					out = append(out, body)
					gotB++
				}
			case '+':
				out = append(out, body)
				gotB++
			default:
				t.Fatalf("bad diff line %q", l)
			}
		}
		if gotA != aLen || gotB != bLen {
			t.Fatalf("hunk %s counts %d,%d lines, header says %d,%d", m[0], gotA, gotB, aLen, bLen)
		}
	}
	out = append(out, src[pos:]...)
	return strings.Join(out, "")
}

// changes counts the deleted and inserted lines of a diff.
func changes(diff string) int {
	n := 0
	for _, l := range splitLines(diff)[min(2, len(splitLines(diff))):] {
		if l[0] == '+' || l[0] == '-' {
			n++
		}
	}
	return n
}

// lcs is the length of the longest common subsequence of a and b's lines.
func lcs(a, b []string) int {
	prev := make([]int, len(b)+1)
	for i := range a {
		cur := make([]int, len(b)+1)
		for j := range b {
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(cur[j], prev[j+1])
			}
		}
		prev = cur
	}
	return prev[len(b)]
}

func TestEqual(t *testing.T) {
	if d := Unified("a", "b", "x\ny\n", "x\ny\n"); d != "" {
		t.Errorf("diff of equal texts = %q", d)
	}
}

// TestGolden compares with the committed expected output (which GNU diff
// -u agrees with, see TestGNUDiff).
func TestGolden(t *testing.T) {
	for _, c := range goldenCases {
		got := Unified("old", "new", c.a, c.b)
		if got != c.want {
			t.Errorf("%s:\ngot\n%s\nwant\n%s", c.name, got, c.want)
		}
		if r := apply(t, c.a, got); r != c.b {
			t.Errorf("%s: applying the diff gives %q", c.name, r)
		}
	}
}

var goldenCases = []struct{ name, a, b, want string }{
	{"one changed line", "a\nb\nc\nd\ne\nf\ng\nh\n", "a\nb\nc\nd\nE\nf\ng\nh\n",
		"--- old\n+++ new\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n"},
	{"from empty", "", "x\ny\n", "--- old\n+++ new\n@@ -0,0 +1,2 @@\n+x\n+y\n"},
	{"to empty", "x\n", "", "--- old\n+++ new\n@@ -1 +0,0 @@\n-x\n"},
	{"no final newline", "a\nb", "a\nb\n",
		"--- old\n+++ new\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n"},
	{"two hunks", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n", "0\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n",
		"--- old\n+++ new\n@@ -1,3 +1,4 @@\n+0\n 1\n 2\n 3\n@@ -12,4 +13,3 @@\n 12\n 13\n 14\n-15\n"},
}

// TestGNUDiff checks the golden cases against GNU diff, when it is there.
func TestGNUDiff(t *testing.T) {
	diff, err := exec.LookPath("diff")
	if err != nil {
		t.Skip("no diff(1) on this machine")
	}
	dir := t.TempDir()
	for _, c := range goldenCases {
		pa, pb := filepath.Join(dir, "old"), filepath.Join(dir, "new")
		if err := os.WriteFile(pa, []byte(c.a), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(pb, []byte(c.b), 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(diff, "-u", "--label", "old", "--label", "new", "old", "new")
		cmd.Dir = dir
		out, _ := cmd.Output()
		if string(out) != c.want {
			t.Errorf("%s: GNU diff says\n%s\nwe expect\n%s", c.name, out, c.want)
		}
	}
}

// TestRandom checks on random texts that the diff applies and is minimal.
func TestRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	text := func() string {
		var b strings.Builder
		for range r.IntN(30) {
			fmt.Fprintf(&b, "%c\n", 'a'+r.IntN(4))
		}
		if r.IntN(4) == 0 {
			b.WriteString("z")
		}
		return b.String()
	}
	for i := range 2000 {
		a, b := text(), text()
		d := Unified("a", "b", a, b)
		if got := apply(t, a, d); got != b {
			t.Fatalf("case %d: applying\n%s\nto %q gives %q, want %q", i, d, a, got, b)
		}
		al, bl := splitLines(a), splitLines(b)
		if want := len(al) + len(bl) - 2*lcs(al, bl); changes(d) != want {
			t.Fatalf("case %d: %d changed lines, minimal is %d:\n%s", i, changes(d), want, d)
		}
	}
}

// TestLarge diffs two unrelated texts past maxEdits: the diff must still
// be correct.
func TestLarge(t *testing.T) {
	var a, b strings.Builder
	for i := range 3 * maxEdits {
		fmt.Fprintf(&a, "a%d\n", i)
		fmt.Fprintf(&b, "b%d\n", i)
	}
	d := Unified("a", "b", a.String(), b.String())
	if got := apply(t, a.String(), d); got != b.String() {
		t.Fatal("large diff does not apply")
	}
}

func FuzzUnified(f *testing.F) {
	for _, c := range goldenCases {
		f.Add(c.a, c.b)
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if got := apply(t, a, Unified("a", "b", a, b)); got != b {
			t.Fatalf("diff of %q and %q does not apply", a, b)
		}
	})
}
