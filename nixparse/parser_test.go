package nixparse_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/nixparse"
	"github.com/secrets-lsp/secrets-lsp/nixparse/ast"
	"github.com/secrets-lsp/secrets-lsp/nixparse/printer"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/nixparse")

const testdata = "../testdata/nixparse"

func testFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(testdata, "*", "*.nix"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no test inputs in %s: %v", testdata, err)
	}
	return files
}

// parseFunc is nixparse.ParseFile or a Parser's.
type parseFunc func(name string, src []byte, mode nixparse.Mode) (*ast.File, nixparse.ErrorList)

// diagnostics parses and resolves src as an editor would: every error,
// in the order Nix meets them.
func diagnostics(parse parseFunc, name string, src []byte) (*ast.File, nixparse.ErrorList) {
	file, errs := parse(name, src, nixparse.ParseComments)
	_, undefined := nixparse.Resolve(file, nixparse.Nix28)
	return file, append(errs, undefined...).InNixOrder()
}

// golden renders what a test input parses to: its errors, the tree printed
// as nix-instantiate --parse would (with /base for the file's directory and
// /home for ~), and the number of comments kept.
func golden(name string, src []byte) string { return goldenWith(nixparse.ParseFile, name, src) }

func goldenWith(parse parseFunc, name string, src []byte) string {
	file, errs := diagnostics(parse, name, src)
	var b strings.Builder
	for _, e := range errs {
		fmt.Fprintf(&b, "%d:%d: error: %s\n", e.Pos.Line, e.Pos.Column, e.Msg)
	}
	b.WriteString(printer.Config{BaseDir: "/base", Home: "/home"}.Print(file.Expr))
	fmt.Fprintf(&b, "\n%d comments\n", len(file.Comments))
	return b.String()
}

// TestParserReuse parses every test input with one Parser, forwards then
// backwards (each tree built in the memory of a larger or a smaller one),
// and compares each result with a fresh parse's.
func TestParserReuse(t *testing.T) {
	files := testFiles(t)
	var p nixparse.Parser
	backwards := slices.Clone(files)
	slices.Reverse(backwards)
	for _, f := range append(files, backwards...) {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(f)
		if got, want := goldenWith(p.ParseFile, name, src), golden(name, src); got != want {
			t.Errorf("%s: reusing a Parser gives\n%s\nwant\n%s", f, got, want)
		}
	}
}

// TestGolden compares each input of testdata/nixparse with its .golden
// file; go test -update rewrites them. The trees of ok/ inputs are checked
// against Nix itself by TestDifferential.
func TestGolden(t *testing.T) {
	for _, f := range testFiles(t) {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		got := golden(filepath.Base(f), src)
		gf := strings.TrimSuffix(f, ".nix") + ".golden"
		if *update {
			if err := os.WriteFile(gf, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(gf)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if got != string(want) {
			t.Errorf("%s: got\n%s\nwant\n%s", f, got, want)
		}
		if strings.Contains(f, "/ok/") && strings.Contains(got, "error:") {
			t.Errorf("%s: a valid input has errors:\n%s", f, got)
		}
	}
}

var annotation = regexp.MustCompile(`# ERROR "((?:[^"\\]|\\.)*)"`)

// TestErrorAnnotations checks the inputs of testdata/nixparse/err that
// carry `# ERROR "regexp"` comments: every error is on a line with a
// matching annotation, and every annotation matches an error. So one
// missing ';' gives one error, not a cascade.
func TestErrorAnnotations(t *testing.T) {
	for _, f := range testFiles(t) {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(f)
		file, errs := diagnostics(nixparse.ParseFile, name, src)
		want := map[int][]*regexp.Regexp{}
		for _, c := range file.Comments {
			for _, m := range annotation.FindAllStringSubmatch(c.Text, -1) {
				line := file.File.Position(c.Slash).Line
				want[line] = append(want[line], regexp.MustCompile(strings.ReplaceAll(m[1], `\"`, `"`)))
			}
		}
		if len(want) == 0 {
			continue
		}
		for _, e := range errs {
			res := want[e.Pos.Line]
			matched := false
			for i, re := range res {
				if re != nil && re.MatchString(e.Msg) {
					res[i] = nil
					matched = true
					break
				}
			}
			if !matched {
				t.Errorf("%s: unexpected error %s", name, e)
			}
		}
		for line, res := range want {
			for _, re := range res {
				if re != nil {
					t.Errorf("%s:%d: no error matching %q", name, line, re)
				}
			}
		}
	}
}

// TestDeepNesting checks that nesting beyond the 10000 entries of Nix's
// parser stack fails as in Nix, with one error and no recursion beyond it,
// while long left-nested chains (generated files have them) parse.
func TestDeepNesting(t *testing.T) {
	deep := map[string]string{
		"parens": strings.Repeat("(", 20000) + "1" + strings.Repeat(")", 20000),
		"lists":  strings.Repeat("[", 6000) + "1" + strings.Repeat("]", 6000),
		"concat": "1" + strings.Repeat(" ++ 1", 6000), // right-associative
		"lambda": strings.Repeat("x: ", 6000) + "x",
	}
	for name, src := range deep {
		_, errs := nixparse.ParseFile(name, []byte(src), 0)
		if len(errs) != 1 || errs[0].Msg != "memory exhausted" {
			t.Errorf("%s: got %v, want one \"memory exhausted\"", name, errs)
		}
	}
	long := map[string]string{
		"sum":   "1" + strings.Repeat(" + 1", 200000),
		"apply": "x: x" + strings.Repeat(" 1", 200000),
		"list":  "[" + strings.Repeat(" 1", 200000) + " ]",
		"binds": "{" + bigBindings(100000) + "}",
	}
	for name, src := range long {
		file, errs := nixparse.ParseFile(name, []byte(src), 0)
		errs = append(errs, nixparse.CheckVariables(file, nixparse.Nix28)...)
		if len(errs) > 0 {
			t.Errorf("%s: %v", name, errs)
		}
		if out := (printer.Config{}).Print(file.Expr); len(out) < len(src)/2 {
			t.Errorf("%s: printed %d bytes for %d", name, len(out), len(src))
		}
	}
}

// bigBindings returns n distinct bindings, nested ones included.
func bigBindings(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, " a%d.b = %d; x%d = { };", i, i, i)
	}
	return b.String()
}
