package analysis_test

import (
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/lsp/lsptest"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// breakingEdit returns an edit of src that usually breaks its syntax, at
// the literal l (a match of literal) or at a random line: a string left
// open (typed without its closing quote), a closing quote removed, a
// binding not finished, a stray brace, a semicolon removed, a variable no
// one binds (Nix rejects it while parsing too).
func breakingEdit(rng *rand.Rand, src string, l []int) (start, end int, repl string) {
	line := func() int {
		i := rng.IntN(len(src))
		return strings.LastIndexByte(src[:i], '\n') + 1
	}
	switch rng.IntN(9) {
	case 0:
		return l[0], l[0], `"`
	case 1:
		return l[0], l[0], `"h1`
	case 2:
		return l[1] - 1, l[1], ""
	case 3:
		return l[0], l[0], "x = "
	case 4:
		at := line()
		return at, at, "  extra = "
	case 5:
		at := line()
		return at, at, "{\n"
	case 6:
		at := line()
		return at, at, "}\n"
	case 7:
		if i := strings.IndexByte(src[l[1]:], ';'); i >= 0 {
			return l[1] + i, l[1] + i + 1, ""
		}
	}
	return l[0], l[0], "hx "
}

// TestBrokenMatchesAnalyze breaks the syntax of the files of the golden
// vectors and of a generated policy at random and checks that Broken
// answers exactly when the new text does not parse, with the syntax
// errors a fresh analysis reports for the file (and nothing else in it)
// and the base analysis' diagnostics of the other files.
func TestBrokenMatchesAnalyze(t *testing.T) {
	workspaces := editWorkspaces(t)
	rng := rand.New(rand.NewPCG(7, 11))
	answered, parsed := 0, 0
	for _, name := range slices.Sorted(maps.Keys(workspaces)) {
		fsys := workspaces[name]
		// The Analyzer's cache of files parses each broken text for Broken.
		base := analysis.NewAnalyzer().Analyze(fsys, analysis.Options{Dir: "."})
		edits := map[bool]int{false: 2, true: 60}[name == "generated"]
		for _, file := range base.Files() {
			if !strings.HasSuffix(file, ".nix") {
				continue
			}
			src := string(base.File(file).Source())
			lits := literal.FindAllStringSubmatchIndex(src, -1)
			if len(lits) == 0 {
				continue
			}
			for range edits {
				start, end, repl := breakingEdit(rng, src, lits[rng.IntN(len(lits))])
				text := src[:start] + repl + src[end:]
				next := overlay{fsys, file, []byte(text)}
				got, ok := base.Broken(next, file)
				want := analysis.Analyze(next, analysis.Options{Dir: "."}).Diagnostics
				wantOwn, _ := split(want, file)
				broken := slices.ContainsFunc(wantOwn, func(d analysis.Diagnostic) bool { return d.Code == analysis.CodeSyntax })
				if ok != broken {
					t.Errorf("%s: %s: %q → %q: Broken answered %v, the file has syntax errors: %v", name, file, src[start:end], repl, ok, broken)
					continue
				}
				if !ok {
					parsed++
					continue
				}
				answered++
				if len(wantOwn) > 10 || slices.ContainsFunc(wantOwn, func(d analysis.Diagnostic) bool { return d.Code != analysis.CodeSyntax }) {
					t.Errorf("%s: %s: %q → %q: Analyze reports more than ten syntax errors in the file:\n%s", name, file, src[start:end], repl, describe(wantOwn))
				}
				gotOwn, gotOthers := split(got, file)
				if g, w := describe(gotOwn), describe(wantOwn); g != w {
					t.Errorf("%s: %s: %q → %q:\nBroken:\n%s\nAnalyze:\n%s", name, file, src[start:end], repl, g, w)
				}
				_, baseOthers := split(base.Diagnostics, file)
				baseOthers = moved(baseOthers, file, analysis.DiffTexts([]byte(src), []byte(text)))
				if g, w := describe(gotOthers), describe(baseOthers); g != w {
					t.Errorf("%s: %s: %q → %q: other files:\nBroken:\n%s\nbase:\n%s", name, file, src[start:end], repl, g, w)
				}
			}
		}
	}
	t.Logf("%d broken versions answered, %d edits that still parse refused", answered, parsed)
	if answered < 200 {
		t.Errorf("Broken answered %d edits", answered)
	}
}

// moved returns diagnostics with their related places in file moved with
// the text around the change m.
func moved(ds []analysis.Diagnostic, file string, m analysis.TextChange) []analysis.Diagnostic {
	out := make([]analysis.Diagnostic, len(ds))
	for i, d := range ds {
		d.Related = slices.Clone(d.Related)
		for j := range d.Related {
			if d.Related[j].File != file {
				continue
			}
			for _, p := range []*token.Pos{&d.Related[j].Start, &d.Related[j].End} {
				if *p > m.Start && *p >= m.OldEnd {
					*p += m.NewEnd - m.OldEnd
				}
			}
		}
		out[i] = d
	}
	return out
}

// split returns the diagnostics placed in file and the others.
func split(ds []analysis.Diagnostic, file string) (own, others []analysis.Diagnostic) {
	for _, d := range ds {
		if d.File == file {
			own = append(own, d)
		} else {
			others = append(others, d)
		}
	}
	return own, others
}

// BenchmarkBroken answers a keystroke that leaves a string open before a
// target name of the generated 10,000-line policy: each run a new text
// (an open string one character longer or shorter), parsed afresh.
func BenchmarkBroken(b *testing.B) {
	gen, err := lsptest.GenerateFlake(10000)
	if err != nil {
		b.Fatal(err)
	}
	fsys := mapFS(gen.Files)
	base := analysis.NewAnalyzer().Analyze(fsys, analysis.Options{Dir: "."})
	src := gen.Files[lsptest.PolicyFile]
	at := gen.Targets[len(gen.Targets)/2]
	var texts [2]overlay
	for i, typed := range []string{`"`, `"h`} {
		texts[i] = overlay{fsys, lsptest.PolicyFile, []byte(src[:at] + typed + src[at:])}
	}
	i := 0
	for b.Loop() {
		if ds, ok := base.Broken(texts[i%2], lsptest.PolicyFile); !ok || len(ds) == 0 {
			b.Fatalf("Broken: %v, %v", ok, ds)
		}
		i++
	}
}
