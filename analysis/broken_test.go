package analysis_test

import (
	"maps"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/lsp/lsptest"
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
// answers exactly when the new text does not parse (unless another file
// was broken already and this one was not), with exactly the diagnostics
// of a fresh analysis: syntax errors alone, at most ten a file. Each
// broken version is then the base of a second keystroke (a character
// typed after the first edit), as while a string is typed.
func TestBrokenMatchesAnalyze(t *testing.T) {
	workspaces := editWorkspaces(t)
	rng := rand.New(rand.NewPCG(7, 11))
	answered, refused := 0, 0
	// check compares base.Broken with a fresh analysis of next.
	check := func(name string, base *analysis.Result, next overlay, what string) bool {
		file := next.name
		got, ok := base.Broken(next, file)
		want := analysis.Analyze(next, analysis.Options{Dir: "."}).Diagnostics
		syntaxIn := func(ds []analysis.Diagnostic, in func(string) bool) bool {
			return slices.ContainsFunc(ds, func(d analysis.Diagnostic) bool { return in(d.File) && d.Code == analysis.CodeSyntax })
		}
		isFile := func(f string) bool { return f == file }
		broken := syntaxIn(want, isFile)
		if broken {
			perFile := map[string]int{}
			for _, d := range want {
				if perFile[d.File]++; d.Code != analysis.CodeSyntax || perFile[d.File] > 10 {
					t.Errorf("%s: %s: %s: Analyze reports more than syntax errors, or more than ten in a file:\n%s", name, file, what, describe(want))
					break
				}
			}
		}
		wasBroken := syntaxIn(base.Diagnostics, isFile)
		brokenElsewhere := syntaxIn(base.Diagnostics, func(f string) bool { return f != file })
		if answerable := broken && (wasBroken || !brokenElsewhere); ok != answerable {
			t.Errorf("%s: %s: %s: Broken answered %v; the file has syntax errors: %v (before: %v, another file: %v)", name, file, what, ok, broken, wasBroken, brokenElsewhere)
			return false
		}
		if !ok {
			refused++
			return false
		}
		answered++
		if g, w := describe(got), describe(want); g != w {
			t.Errorf("%s: %s: %s:\nBroken:\n%s\nAnalyze:\n%s", name, file, what, g, w)
		}
		return true
	}
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
				what := strconv.Quote(src[start:end]) + " → " + strconv.Quote(repl)
				next := overlay{fsys, file, []byte(text)}
				if !check(name, base, next, what) {
					continue
				}
				broken := analysis.NewAnalyzer().Analyze(next, analysis.Options{Dir: "."})
				at := start + len(repl)
				check(name, broken, overlay{fsys, file, []byte(text[:at] + "h" + text[at:])}, what+", then h")
			}
		}
	}
	t.Logf("%d broken versions answered, %d refused", answered, refused)
	if answered < 400 {
		t.Errorf("Broken answered %d edits", answered)
	}
}

// TestBrokenStops checks that the analysis stops where Nix does: what a
// module file with a syntax error imports is not read,
// the policy is unknown and the syntax error is the only diagnostic, the
// other module's unknown recipient included.
func TestBrokenStops(t *testing.T) {
	fsys := mapFS(map[string]string{
		"flake.nix": lsptest.FlakeNix("./a.nix", "./other.nix"),
		"a.nix":     `{ imports = [ ./b.nix ]; flake.secrets.prod.secret.app.targets = [ "web1 ]; }`,
		"b.nix":     `{ flake.secrets.prod.recipients.targets = [ { name = "web1"; age = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg"; } ]; }`,
		"other.nix": `{ flake.secrets.prod.secret.db.targets = [ "nobody" ]; }`,
	})
	res := analysis.Analyze(fsys, analysis.Options{Dir: "."})
	if slices.Contains(res.Files(), "b.nix") {
		t.Errorf("read %v: the import of a.nix followed", res.Files())
	}
	if !res.Policy.SyntaxError || !res.Policy.Open || len(res.Policy.Groups) > 0 || res.SopsYAMLKnown {
		t.Errorf("policy %s, .sops.yaml known: %v; want it unknown", res.SecretsJSON(), res.SopsYAMLKnown)
	}
	if len(res.Diagnostics) == 0 || slices.ContainsFunc(res.Diagnostics, func(d analysis.Diagnostic) bool { return d.File != "a.nix" || d.Code != analysis.CodeSyntax }) {
		t.Errorf("diagnostics:\n%s\nwant the syntax errors of a.nix alone", describe(res.Diagnostics))
	}
}

// TestBrokenExtraFile checks that a broken Nix file no module imports (an
// open buffer, Options.Extra) has its syntax errors reported beside the
// flake's diagnostics, which it does not hide (Nix never reads it), and
// that Broken leaves such a file to the analysis.
func TestBrokenExtraFile(t *testing.T) {
	files := map[string]string{
		"flake.nix":  lsptest.FlakeNix("./policy.nix"),
		"policy.nix": `{ flake.secrets.prod.secret.db.targets = [ "nobody" ]; }`,
		"new.nix":    `{ flake.secrets.prod.secret.app.targets = [ ]; }`,
	}
	opts := analysis.Options{Dir: ".", Extra: []string{"new.nix"}}
	base := analysis.NewAnalyzer().Analyze(mapFS(files), opts)
	files["new.nix"] = `{ flake.secrets.prod.secret.app.targets = [ "web1 ]; }`
	next := mapFS(files)
	res := analysis.Analyze(next, opts)
	if !slices.ContainsFunc(res.Diagnostics, func(d analysis.Diagnostic) bool { return d.File == "new.nix" && d.Code == analysis.CodeSyntax }) ||
		!slices.ContainsFunc(res.Diagnostics, func(d analysis.Diagnostic) bool {
			return d.File == "policy.nix" && d.Code == analysis.CodeUnknownRecipient
		}) ||
		res.Policy.SyntaxError {
		t.Errorf("diagnostics:\n%s\nwant new.nix's syntax error beside policy.nix's unknown recipient", describe(res.Diagnostics))
	}
	if ds, ok := base.Broken(next, "new.nix"); ok {
		t.Errorf("Broken answered for a file the flake does not read:\n%s", describe(ds))
	}
}

// openStrings returns the generated 10,000-line policy's flake analysed by
// a, and two versions of it with a string left open before a target name
// (a quote typed, then a character more).
func openStrings(b *testing.B, a *analysis.Analyzer) (*analysis.Result, [2]overlay) {
	gen, err := lsptest.GenerateFlake(10000)
	if err != nil {
		b.Fatal(err)
	}
	fsys := mapFS(gen.Files)
	base := a.Analyze(fsys, analysis.Options{Dir: "."})
	src := gen.Files[lsptest.PolicyFile]
	at := gen.Targets[len(gen.Targets)/2]
	var texts [2]overlay
	for i, typed := range []string{`"`, `"h`} {
		texts[i] = overlay{fsys, lsptest.PolicyFile, []byte(src[:at] + typed + src[at:])}
	}
	return base, texts
}

// BenchmarkBroken answers a keystroke that leaves a string open before a
// target name of the generated 10,000-line policy: each run a new text
// (an open string one character longer or shorter), parsed afresh.
func BenchmarkBroken(b *testing.B) {
	base, texts := openStrings(b, analysis.NewAnalyzer())
	i := 0
	for b.Loop() {
		if ds, ok := base.Broken(texts[i%2], lsptest.PolicyFile); !ok || len(ds) == 0 {
			b.Fatalf("Broken: %v, %v", ok, ds)
		}
		i++
	}
}

// BenchmarkAnalyzeBroken is the full analysis that follows such a
// keystroke (BenchmarkBroken), by the Analyzer of the version before: the
// broken file is parsed, not evaluated, and nothing is merged or built.
func BenchmarkAnalyzeBroken(b *testing.B) {
	a := analysis.NewAnalyzer()
	_, texts := openStrings(b, a)
	i := 0
	for b.Loop() {
		if res := a.Analyze(texts[i%2], analysis.Options{Dir: "."}); !res.Policy.SyntaxError {
			b.Fatalf("the policy is known: %v", res.Diagnostics)
		}
		i++
	}
}
