package analysis_test

import (
	"cmp"
	"fmt"
	"io/fs"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/internal/testenv"
	"github.com/secrets-lsp/secrets-lsp/lsp/lsptest"
)

// literal is the text between the quotes of a plain Nix string.
var literal = regexp.MustCompile(`"([^"\\$\n]*)"`)

// TestReselectMatchesAnalyze edits string literals of the golden vectors
// and of a generated policy at random (other names of the file, typos,
// "*", nothing; elements added, removed, commented) and checks that whenever Reselect answers, its answer is
// exactly the diagnostics of a fresh analysis of the edited flake.
func TestReselectMatchesAnalyze(t *testing.T) {
	workspaces := editWorkspaces(t)

	rng := rand.New(rand.NewPCG(5, 8))
	answered, generated := 0, [2]int{}
	editedFiles(t, workspaces, func(name string, base *analysis.Result, fsys fs.FS, file, src string) {
		edits := 12
		if name == "generated" {
			edits = 150
		}
		lits := literal.FindAllStringSubmatchIndex(src, -1)
		if len(lits) == 0 {
			return
		}
		var names []string
		for _, l := range lits {
			names = append(names, src[l[2]:l[3]])
		}
		for i := range 2 * edits {
			l := lits[rng.IntN(len(lits))]
			// Every other edit changes the list around the literal.
			start, end, repl := l[2], l[3], replacement(rng, src[l[2]:l[3]], names)
			if i%2 == 1 {
				start, end, repl = listEdit(rng, l, names)
			}
			text := src[:start] + repl + src[end:]
			if ok, _ := reselectMatches(t, base, fsys, file, text, fmt.Sprintf("%s: %s: %q → %q", name, file, src[start:end], repl)); !ok {
				continue
			}
			answered++
			if name == "generated" {
				generated[i%2]++
			}
		}
	})
	t.Logf("%d edits answered by Reselect; in the generated policy, %d retyped names and %d list edits", answered, generated[0], generated[1])
	// The generated policy writes its secrets' targets as literals in a
	// module file: the case Reselect is for.
	if generated[0] < 20 || generated[1] < 20 {
		t.Errorf("Reselect answered %d retyped names and %d list edits of the generated policy", generated[0], generated[1])
	}
}

// listEdit returns an edit of the list around the literal l (a match of
// literal): a new element before it (a name of the file, "*", an
// interpolation, a variable), its removal, or a comment after it.
func listEdit(rng *rand.Rand, l []int, names []string) (start, end int, repl string) {
	switch rng.IntN(6) {
	case 0:
		return l[0], l[0], `"*" `
	case 1:
		return l[0], l[1], ""
	case 2:
		return l[0], l[0], "x "
	case 3:
		return l[0], l[0], `"${"a"}" `
	case 4:
		return l[1], l[1], " # comment\n"
	}
	return l[0], l[0], fmt.Sprintf("%q ", names[rng.IntN(len(names))])
}

// editWorkspaces are the flakes the edit tests change: every golden vector
// and a generated policy ("generated").
func editWorkspaces(t *testing.T) map[string]fs.FS {
	workspaces := map[string]fs.FS{}
	dirs, err := os.ReadDir("../testdata/policies")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dirs {
		if d.IsDir() {
			workspaces[d.Name()] = os.DirFS(filepath.Join("../testdata/policies", d.Name()))
		}
	}
	gen, err := lsptest.GenerateFlake(300)
	if err != nil {
		t.Fatal(err)
	}
	workspaces["generated"] = mapFS(gen.Files)
	return workspaces
}

// editedFiles calls edit with the text of every Nix file of each
// workspace, in name order, and the workspace's analysis.
func editedFiles(t *testing.T, workspaces map[string]fs.FS, edit func(name string, base *analysis.Result, fsys fs.FS, file, src string)) {
	for _, name := range slices.Sorted(maps.Keys(workspaces)) {
		fsys := workspaces[name]
		base := analysis.NewAnalyzer().Analyze(fsys, analysis.Options{Dir: "."})
		for _, file := range nixFiles(t, fsys) {
			data, err := fs.ReadFile(fsys, file)
			if err != nil {
				t.Fatal(err)
			}
			edit(name, base, fsys, file, string(data))
		}
	}
}

// reselectMatches asks base, the analysis of fsys, for the diagnostics of
// fsys with file's text replaced by text; when Reselect answers, it checks
// the answer against a fresh analysis (what describes the edit in a
// failure) and returns that analysis' diagnostics.
func reselectMatches(t *testing.T, base *analysis.Result, fsys fs.FS, file, text, what string) (bool, []analysis.Diagnostic) {
	next := overlay{fsys, file, []byte(text)}
	got, ok := base.Reselect(next, file, []byte(text))
	if !ok {
		return false, nil
	}
	want := analysis.Analyze(next, analysis.Options{Dir: "."}).Diagnostics
	if g, w := describe(got), describe(want); g != w {
		t.Errorf("%s:\nReselect:\n%s\nAnalyze:\n%s", what, g, w)
	}
	return true, want
}

// nixFiles are the Nix files of a flake's directory and its
// subdirectories.
func nixFiles(t *testing.T, fsys fs.FS) []string {
	files, err := fs.Glob(fsys, "*.nix")
	if err != nil {
		t.Fatal(err)
	}
	more, _ := fs.Glob(fsys, "*/*.nix")
	return append(files, more...)
}

// replacement returns a new text for a literal: another name of the file,
// a typo of it, "*" or nothing.
func replacement(rng *rand.Rand, old string, names []string) string {
	switch rng.IntN(6) {
	case 0:
		return "*"
	case 1:
		return ""
	case 2:
		return old + "x"
	case 3:
		if len(old) > 1 {
			i := rng.IntN(len(old) - 1)
			return old[:i] + old[i+1:i+2] + old[i:i+1] + old[i+2:]
		}
	}
	return names[rng.IntN(len(names))]
}

// recipients are a group's recipients for the refusal tests, and plain a
// module that selects one of them with a list of one plain name.
const recipients = `recipients.admins = [ { name = "alice"; age = "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv"; } ];
      recipients.targets = [ { name = "web1"; age = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg"; } { name = "web2"; age = "age1yflkun7n5n62c6a6p05t8ex9h4elal5xuf38lnq65fsyzmheevxqwm2w7y"; } ];`
const plain = `{ ... }: { flake.secrets.g = { ` + recipients + ` secret.s.targets = [ "web1" ]; }; }`

// TestReselectRefuses checks that Reselect does not answer edits of names
// that may have gone elsewhere than into one selection, nor list edits it
// cannot read as a list of plain names, and answers those it can. (Edits
// of a group written literally, which reselectName refuses, regroup
// answers: a recipient's name, a string with an escape.)
func TestReselectRefuses(t *testing.T) {
	for _, c := range []struct {
		accept                 bool
		name, module, old, new string
	}{
		{true, "accepted", plain, `[ "web1" ]`, `[ "web2" ]`},
		{true, "let", `{ ... }: let t = "web1"; in { flake.secrets.g = { ` + recipients + ` secret.s.targets = [ t ]; }; }`, `"web1"; in`, `"web2"; in`},
		{true, "recipient name", plain, `name = "web2"`, `name = "web3"`},
		{true, "rec set", `{ ... }: { flake.secrets.g = rec { ` + recipients + ` secret.s.targets = [ "web1" ]; }; }`, `[ "web1" ]`, `[ "web2" ]`},
		{true, "function of the list", `{ lib, ... }: { flake.secrets.g = { ` + recipients + ` secret.s.targets = lib.unique [ "web1" ]; }; }`, `[ "web1" ]`, `[ "web2" ]`},
		{false, "reads config", `{ config, ... }: { flake.secrets.g = { ` + recipients + ` secret.s.targets = [ "web1" ]; secret.t.targets = config.flake.secrets.g.secret.s.targets; }; }`, `[ "web1" ]`, `[ "web2" ]`},
		{false, "imports itself", `{ ... }: { flake.secrets.g = { ` + recipients + ` secret.s.targets = [ "web1" ]; secret.t = { inherit ((import ./policy.nix {}).flake.secrets.g.secret.s) targets; }; }; }`, `[ "web1" ]`, `[ "web2" ]`},
		{true, "escape", plain, `[ "web1" ]`, `[ "web\n" ]`},
		{false, "variable added", plain, `[ "web1" ]`, `[ "web1" web2 ]`},
		{true, "element added", plain, `[ "web1" ]`, `[ "web1" "web2" ]`},
		{true, "star added", plain, `[ "web1" ]`, `[ "*" "web1" ]`},
		{true, "element removed", plain, `[ "web1" ]`, `[ ]`},
		{true, "interpolation added", plain, `[ "web1" ]`, `[ "web1" "${"web2"}" ]`},
		{false, "comment runs on", plain, `[ "web1" ]`, `[ "web1" # ]`},
		{true, "empty before", `{ ... }: { flake.secrets.g = { ` + recipients + ` secret.s.targets = [ ]; }; }`, `[ ]`, `[ "web1" ]`},
		{false, "second definition", `{ ... }: { imports = [ { flake.secrets.g.secret.s.targets = [ ]; } ]; flake.secrets.g = { ` + recipients + ` secret.s.targets = [ "web1" ]; }; }`, `[ "web1" ]`, `[ "web1" "web2" ]`},
	} {
		t.Run(c.name, func(t *testing.T) {
			fsys := mapFS(map[string]string{"flake.nix": lsptest.FlakeNix("./policy.nix"), "policy.nix": c.module})
			base := analysis.Analyze(fsys, analysis.Options{Dir: "."})
			text := strings.Replace(c.module, c.old, c.new, 1)
			if text == c.module {
				t.Fatalf("no %q", c.old)
			}
			next := maps.Clone(fsys)
			next["policy.nix"] = &fstest.MapFile{Data: []byte(text)}
			got, ok := base.Reselect(next, "policy.nix", []byte(text))
			if ok != c.accept {
				t.Fatalf("Reselect answered %v, want %v:\n%s", ok, c.accept, describe(got))
			}
			if ok {
				if g, w := describe(got), describe(analysis.Analyze(next, analysis.Options{Dir: "."}).Diagnostics); g != w {
					t.Errorf("Reselect:\n%s\nAnalyze:\n%s", g, w)
				}
			}
		})
	}
}

// describe prints diagnostics in a canonical order, every field.
func describe(ds []analysis.Diagnostic) string {
	lines := make([]string, len(ds))
	for i, d := range ds {
		lines[i] = fmt.Sprintf("%+v", d)
	}
	slices.SortFunc(lines, cmp.Compare)
	return strings.Join(lines, "\n")
}

// overlay is a file system with one file replaced.
type overlay struct {
	fs.FS
	name string
	data []byte
}

func (o overlay) Open(name string) (fs.File, error) {
	if name == o.name {
		return fstest.MapFS{name: {Data: o.data}}.Open(name)
	}
	return o.FS.Open(name)
}

func mapFS(files map[string]string) fstest.MapFS {
	out := fstest.MapFS{}
	for p, data := range files {
		out[p] = &fstest.MapFile{Data: []byte(data)}
	}
	return out
}

// BenchmarkReselect: a target of the generated 10,000-line policy
// misspelled, as the language server's benchmark does.
func BenchmarkReselect(b *testing.B) {
	testenv.GCPercent(b, analysis.GCPercent) // as the binaries analyse
	for _, bm := range []struct {
		name, insert string
		diags        int
	}{
		{"typo", "x", 1},            // in a target's name
		{"line-break", "\n", 0},     // before it
		{"list-element", `"*" `, 1}, // before it: "*" beside names
	} {
		b.Run(bm.name, func(b *testing.B) {
			gen, err := lsptest.GenerateFlake(10000)
			if err != nil {
				b.Fatal(err)
			}
			src := gen.Files[lsptest.PolicyFile]
			at := gen.Targets[len(gen.Targets)/2]
			if bm.insert != "x" {
				at = strings.LastIndexByte(src[:at], '"')
			}
			benchReselect(b, gen.Files, src[:at]+bm.insert+src[at:], bm.diags)
		})
	}
}

// benchReselect measures Reselect answering, from the analysis of the
// flake of files, the policy file's text replaced by text, which it must
// answer with diags diagnostics.
func benchReselect(b *testing.B, files map[string]string, text string, diags int) {
	fsys := mapFS(files)
	base := analysis.Analyze(fsys, analysis.Options{Dir: "."})
	next := overlay{fsys, lsptest.PolicyFile, []byte(text)}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if ds, ok := base.Reselect(next, lsptest.PolicyFile, next.data); !ok || len(ds) != diags {
			b.Fatalf("Reselect: %v, %v", ok, ds)
		}
	}
}

// TestSyntaxErrorsCapped types a quote before a target name of a generated
// policy: the string left open makes a syntax error of most lines after it
// in the recovered parse. Ten are reported (Nix reports the first), the
// file gives no other diagnostic, and no .sops.yaml.
func TestSyntaxErrorsCapped(t *testing.T) {
	gen, err := lsptest.GenerateFlake(1000)
	if err != nil {
		t.Fatal(err)
	}
	fsys := mapFS(gen.Files)
	src := gen.Files[lsptest.PolicyFile]
	at := gen.Targets[len(gen.Targets)/2]
	res := analysis.Analyze(overlay{fsys, lsptest.PolicyFile, []byte(src[:at] + `"h` + src[at:])}, analysis.Options{Dir: "."})
	syntax := 0
	for _, d := range res.Diagnostics {
		switch {
		case d.Code == analysis.CodeSyntax:
			syntax++
		case d.File == lsptest.PolicyFile:
			t.Errorf("a diagnostic beside the syntax errors: %v", d)
		}
	}
	if syntax != 10 || res.SopsYAMLKnown {
		t.Fatalf("%d syntax errors (want 10), .sops.yaml known %v", syntax, res.SopsYAMLKnown)
	}
}

// BenchmarkAnalyzeEditedPolicy is the analysis the language server runs
// after an edit Reselect cannot answer: a secret added to (and removed
// from) the middle of the generated 10,000-line policy, the Analyzer
// keeping what it has of the other files.
func BenchmarkAnalyzeEditedPolicy(b *testing.B) {
	testenv.GCPercent(b, analysis.GCPercent) // as the binaries analyse
	gen, err := lsptest.GenerateFlake(10000)
	if err != nil {
		b.Fatal(err)
	}
	fsys := mapFS(gen.Files)
	src := gen.Files[lsptest.PolicyFile]
	at := gen.Secrets[len(gen.Secrets)/2]
	versions := []fs.FS{overlay{fsys, lsptest.PolicyFile, []byte(src[:at] + "added = { };\n        " + src[at:])}, fsys}
	a := analysis.NewAnalyzer()
	a.Analyze(fsys, analysis.Options{Dir: "."})
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		if res := a.Analyze(versions[i%2], analysis.Options{Dir: "."}); res.HasErrors() {
			b.Fatal("unexpected errors")
		}
	}
}

// TestRespaceMatchesAnalyze inserts and removes whitespace and comments at
// random offsets of the golden vectors and of a generated policy (between
// tokens, and inside strings, paths and comments, where they change the
// tokens) and checks that whenever Reselect answers, its answer is exactly
// the diagnostics of a fresh analysis of the edited flake.
func TestRespaceMatchesAnalyze(t *testing.T) {
	workspaces := editWorkspaces(t)
	inserts := []string{"\n", " ", "\t", "  # a comment\n", "/* c */", "\n\n  ", "#", "\""}
	rng := rand.New(rand.NewPCG(3, 7))
	answered, refused := 0, 0
	editedFiles(t, workspaces, func(name string, base *analysis.Result, fsys fs.FS, file, src string) {
		for range 6 {
			at := rng.IntN(len(src) + 1)
			var text string
			if i := strings.IndexAny(src[at:], " \n\t"); rng.IntN(2) == 0 && i >= 0 {
				at += i // remove a blank
				text = src[:at] + src[at+1:]
			} else {
				text = src[:at] + inserts[rng.IntN(len(inserts))] + src[at:]
			}
			lo, hi := max(0, at-20), min(len(text), at+20)
			if ok, _ := reselectMatches(t, base, fsys, file, text, fmt.Sprintf("%s: %s: edit at %d (%q)", name, file, at, text[lo:hi])); ok {
				answered++
			} else {
				refused++
			}
		}
	})
	t.Logf("%d edits answered, %d refused", answered, refused)
	if answered < 300 || refused < 50 {
		t.Errorf("answered %d, refused %d: the edits test too little", answered, refused)
	}
}

// TestRespaceRefuses checks that Reselect does not move the diagnostics of
// an analysis into a text whose tokens are the same when the change may
// still matter (bytes read as a string, places printed in a message), and
// that it does where the text does not matter (an assertion's message
// prints the condition as --parse does).
func TestRespaceRefuses(t *testing.T) {
	for _, c := range []struct {
		name, file, old, new string
		files                map[string]string
	}{
		{"accepted: line break", "policy.nix", `secret.s`, "\n  secret.s", map[string]string{
			"policy.nix": `{ ... }: { flake.secrets.g = { ` + recipients + ` secret.s.targets = [ "wbe1" ]; }; }`}},
		{"read as text", "names.nix", "web1 web2", "web1  web2", map[string]string{
			"policy.nix": `{ lib, ... }: { flake.secrets.g = { ` + recipients + ` secret.s.targets = lib.splitString " " (lib.removeSuffix "\n" (builtins.readFile ./names.nix)); }; }`,
			"names.nix":  "web1 web2\n"}},
		{"accepted: assertion", "policy.nix", `"x" == "y"`, `"x"  == "y"`, map[string]string{
			"policy.nix": `{ ... }: { flake.secrets.g = assert "x" == "y"; { ` + recipients + ` secret.s.targets = [ "web1" ]; }; }`}},
		{"place in a message", "policy.nix", `{ foo }:`, "\n{ foo }:", map[string]string{
			"policy.nix": `{ foo }: { flake.secrets.g = { ` + recipients + ` secret.s.targets = [ "web1" ]; }; }`}},
		{"comment", "policy.nix", `"web1" ]`, `"web1" # ]`, map[string]string{
			"policy.nix": plain}},
	} {
		t.Run(c.name, func(t *testing.T) {
			files := maps.Clone(c.files)
			files["flake.nix"] = lsptest.FlakeNix("./policy.nix")
			fsys := mapFS(files)
			base := analysis.Analyze(fsys, analysis.Options{Dir: "."})
			text := strings.Replace(files[c.file], c.old, c.new, 1)
			if text == files[c.file] {
				t.Fatalf("no %q", c.old)
			}
			next := maps.Clone(fsys)
			next[c.file] = &fstest.MapFile{Data: []byte(text)}
			want := describe(analysis.Analyze(next, analysis.Options{Dir: "."}).Diagnostics)
			got, ok := base.Reselect(next, c.file, []byte(text))
			if accept := strings.HasPrefix(c.name, "accepted"); ok != accept {
				t.Fatalf("Reselect answered %v, want %v:\n%s\nAnalyze:\n%s", ok, accept, describe(got), want)
			}
			if ok && describe(got) != want {
				t.Errorf("Reselect:\n%s\nAnalyze:\n%s", describe(got), want)
			}
			if !ok && describe(base.Diagnostics) == want && c.name != "comment" || strings.HasPrefix(c.name, "accepted") && describe(base.Diagnostics) == "" {
				t.Errorf("the edit does not change the diagnostics: the case tests nothing\n%s", want)
			}
		})
	}
}
