package syntax

import (
	"bytes"
	"fmt"
	"iter"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/nixparse"
	"github.com/secrets-lsp/secrets-lsp/nixparse/scanner"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

func TestCheck(t *testing.T) {
	tests := []struct {
		src  string
		want string // "text-under-the-range code: message", one per diagnostic
	}{
		{"{ a = 1; }", ""},
		{"{ a = 1 }", `"}" syntax-error: syntax error, unexpected '}', expecting ';'`},
		{"{ a = [ 1 2 ; }", `";" syntax-error: syntax error, unexpected ';'`},
		// An unexpected end of file covers characters an editor can show,
		// Nix's position included: the last token, or the first line of
		// an open string (Nix: its start), with the blanks after it.
		{"{ a =   \n\n  # c\n", "\"=   \\n\\n  # c\\n\" syntax-error: syntax error, unexpected end of file"},
		{"{ a = 1; ", `"; " syntax-error: syntax error, unexpected end of file`},
		{`{ a = "abc`, `"abc" syntax-error: syntax error, unexpected end of file, expecting '"'`},
		{"{ a = \"abc \nline2\n", `"abc" syntax-error: syntax error, unexpected end of file, expecting '"'`},
		{"{ a = ''\n  é\n", "\"  é\" syntax-error: syntax error, unexpected end of file, expecting IND_STR or DOLLAR_CURLY or IND_STRING_CLOSE"},
		{"# only\n", `"# only\n" syntax-error: syntax error, unexpected end of file`},
		{"", `"" syntax-error: syntax error, unexpected end of file`},
		{"{ a = 1; a = 2; }", `"a" duplicate-attribute: attribute 'a' already defined at /ws/a.nix:1:3`},
		{"{}: { a.b = 1; a = { c = 2; }; a.b = 3; }", `"a" duplicate-attribute: attribute 'a.b' already defined at /ws/a.nix:1:7`},
		{`{ "a b" = 1; "a b" = 2; }`, `"\"a b\"" duplicate-attribute: attribute '"a b"' already defined at /ws/a.nix:1:3`},
		{"{ ''x'' = 1; }", `"''" syntax-error: syntax error, unexpected IND_STRING_OPEN`}, // not in the tree
		{"{ x, x }: x", `"x" duplicate-argument: duplicate formal function argument 'x'`},
		{"99999999999999999999", `"99999999999999999999" invalid-number: invalid integer '99999999999999999999'`},
		{"./foo/", `"./foo/" path-trailing-slash: path has a trailing slash`},
		{"let x = 1; in y", `"y" undefined-variable: undefined variable 'y'`},
		{"rec { a = b; c = a; }", `"b" undefined-variable: undefined variable 'b'`},
		{"{ lib, ... }: with lib; { x = mkIf true 1; y = builtins.getFlake; }", ""}, // with and builtins bind
		// With a syntax error, variables are not checked: their bindings may be in the broken part.
		{"let a = ; in a + undefinedToo", `";" syntax-error: syntax error, unexpected ';'`},
		// An invalid token covers whole characters, even if Nix's lexer sees one byte.
		{"{ é = 1; }", `"é" syntax-error: syntax error, unexpected invalid token`},
		// The scanner's empty token that ends a path is not Nix's.
		{"{ a = b ./keys.nix); }", `")" syntax-error: syntax error, unexpected ')', expecting ';'`},
		// Several errors, in order.
		{"{ a = 1; a = 2; b = c; }", "\"a\" duplicate-attribute: attribute 'a' already defined at /ws/a.nix:1:3\n\"c\" undefined-variable: undefined variable 'c'"},
	}
	for _, tt := range tests {
		f := token.NewFile("a.nix", []byte(tt.src))
		var got []string
		for _, d := range Check("a.nix", f, "/ws") {
			if d.File != "a.nix" || d.Severity != 1 {
				t.Errorf("%q: diagnostic %+v", tt.src, d)
			}
			got = append(got, fmt.Sprintf("%q %s: %s", tt.src[d.Start:d.End], d.Code, d.Message))
		}
		if strings.Join(got, "\n") != tt.want {
			t.Errorf("Check(%q) =\n%s\nwant\n%s", tt.src, strings.Join(got, "\n"), tt.want)
		}
	}
}

// TestFromErrors places the errors of the analysis' parse (Parse, then
// Resolve even when the syntax is broken) exactly as Check places its own.
func TestFromErrors(t *testing.T) {
	for _, src := range []string{
		"{ a = 1; }",
		"let a = ; in a + undefinedToo",
		`let "a ${"}"} b" = 1; in 1`,
		`{ "a b" = 1; "a b" = 2; }`,
		"{ x = 1; y = z; }",
		`{ "unterminated = 1; "unterminated = 2;`,
	} {
		f := token.NewFile("a.nix", []byte(src))
		file, errs := nixparse.Parse(f, 0)
		_, rerrs := nixparse.Resolve(file, nixparse.NixCurrent)
		errs = append(errs, rerrs...)
		errs.Sort()
		for _, e := range errs {
			e.Msg = e.MessageUnder("/ws") // as the analysis names files
		}
		got, want := FromErrors("a.nix", f, errs), Check("a.nix", f, "/ws")
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: FromErrors = %+v, Check = %+v", src, got, want)
		}
	}
}

func TestStringExtent(t *testing.T) {
	src := `{ "a\"}{" = 1; "a\"}{" = 2; }`
	ds := Check("a.nix", token.NewFile("a.nix", []byte(src)), "/ws")
	if len(ds) != 1 || ds[0].Code != CodeDuplicateAttr || src[ds[0].Start:ds[0].End] != `"a\"}{"` {
		t.Fatalf("diagnostics = %+v, want the second quoted name, braces and escaped quote included", ds)
	}
}

// TestRangesVisible breaks the golden vectors' Nix files (a few bytes
// deleted, at places a seeded generator picks) and checks that no
// diagnostic is an empty range before a character an editor could
// underline: some editors draw nothing for an empty range.
func TestRangesVisible(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	n := 0
	for name, src := range goldenNixFiles(t) {
		for range 10 {
			i := rng.Intn(len(src))
			broken := slices.Delete(slices.Clone(src), i, min(len(src), i+1+rng.Intn(3)))
			for _, d := range Check("a.nix", token.NewFile("a.nix", broken), "/ws") {
				n++
				if d.Start == d.End && len(bytes.TrimSpace(broken[d.Start:min(int(d.Start)+1, len(broken))])) > 0 {
					t.Errorf("%s with bytes %d… deleted: %s %q at an empty range before %q", name, i, d.Code, d.Message, broken[d.Start:min(int(d.Start)+10, len(broken))])
				}
			}
		}
	}
	if n < 1000 {
		t.Errorf("only %d diagnostics", n)
	}
}

// TestFromErrorsAfter: the errors of the golden vectors' Nix files broken
// at random (a quote, an interpolation, a comment or a brace typed, bytes
// deleted) are placed the same by a scan that starts after any token
// before them at which the lexer is in its initial state as by a scan
// from the start of the file.
func TestFromErrorsAfter(t *testing.T) {
	// The scan may start right before the error: an unexpected end of
	// file after a comment is placed on the token before it.
	eof := []byte("{ a = 1; # c\n")
	f := token.NewFile("a.nix", eof)
	_, errs := nixparse.Parse(f, 0)
	semi := scanner.Token{Kind: token.SEMI, Pos: 7, End: 8}
	if got, want := FromErrorsAfter("a.nix", f, errs, &semi), FromErrors("a.nix", f, errs); len(want) != 1 || !reflect.DeepEqual(got, want) {
		t.Errorf("%q scanned after the semicolon: %+v, want %+v", eof, got, want)
	}
	rng := rand.New(rand.NewSource(2))
	typed := []string{`"`, "''", "${", "}", "{", "/*", "*/", ";", "#", "./p/${"}
	compared := 0
	for name, src := range goldenNixFiles(t) {
		for range 5 {
			i := rng.Intn(len(src) + 1)
			broken := slices.Concat(src[:i], []byte(typed[rng.Intn(len(typed))]), src[min(len(src), i+rng.Intn(3)):])
			f := token.NewFile("a.nix", broken)
			_, errs := nixparse.Parse(f, 0)
			if len(errs) == 0 {
				continue
			}
			want := FromErrors("a.nix", f, errs)
			first := token.Pos(len(broken))
			for _, e := range errs {
				first = min(first, token.Pos(e.Pos.Offset))
			}
			var s, initial scanner.Scanner
			s.Init(string(broken), 0)
			initial.Init("", 0)
			var restarts []scanner.Token
			for tok := s.Next(); tok.Kind != token.EOF && tok.End < first; tok = s.Next() {
				if s.SameState(&initial) {
					restarts = append(restarts, tok)
				}
			}
			if len(restarts) == 0 {
				continue
			}
			after := restarts[len(restarts)-1] // the nearest, as a keystroke's
			if rng.Intn(2) == 0 {
				after = restarts[rng.Intn(len(restarts))]
			}
			if got := FromErrorsAfter("a.nix", f, errs, &after); !reflect.DeepEqual(got, want) {
				t.Errorf("%s broken at %d, scanned after %+v:\n%+v\nwant\n%+v", name, i, after, got, want)
			}
			compared++
		}
	}
	if compared < 500 {
		t.Errorf("only %d broken files compared", compared)
	}
	t.Logf("%d broken files compared", compared)
}

// goldenNixFiles yields the golden vectors' Nix files with their text, in
// the order of their names.
func goldenNixFiles(t *testing.T) iter.Seq2[string, []byte] {
	t.Helper()
	files, err := filepath.Glob("../../testdata/policies/*/*.nix")
	if err != nil || len(files) < 100 {
		t.Fatalf("%d files, %v", len(files), err)
	}
	return func(yield func(string, []byte) bool) {
		for _, name := range files {
			src, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			if !yield(name, src) {
				return
			}
		}
	}
}
