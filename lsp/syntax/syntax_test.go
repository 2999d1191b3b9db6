package syntax

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/secrets-lsp/secrets-lsp/lsp/workspace"
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
		{"{ a =   \n\n  # c\n", `"" syntax-error: syntax error, unexpected end of file`},
		{`{ a = "abc`, `"" syntax-error: syntax error, unexpected end of file, expecting '"'`},
		{"{ a = 1; a = 2; }", `"a" duplicate-attribute: attribute 'a' already defined at a.nix:1:3`},
		{"{}: { a.b = 1; a = { c = 2; }; a.b = 3; }", `"a" duplicate-attribute: attribute 'a.b' already defined at a.nix:1:7`},
		{`{ "a b" = 1; "a b" = 2; }`, `"\"a b\"" duplicate-attribute: attribute '"a b"' already defined at a.nix:1:3`},
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
		// Several errors, in order.
		{"{ a = 1; a = 2; b = c; }", "\"a\" duplicate-attribute: attribute 'a' already defined at a.nix:1:3\n\"c\" undefined-variable: undefined variable 'c'"},
	}
	for _, tt := range tests {
		f := token.NewFile("a.nix", []byte(tt.src))
		var got []string
		for _, d := range Check("a.nix", f) {
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

func TestDiagnoseOpenNixFilesOnly(t *testing.T) {
	root, _ := workspace.NewRoot("/ws")
	s := workspace.NewSession(fstest.MapFS{"disk.nix": {Data: []byte("{ broken")}}, root, 1<<20)
	for uri, text := range map[string]string{
		"file:///ws/a.nix":     "{ a = 1 }",
		"file:///ws/b.nix":     "{ b = 1; }",
		"file:///ws/keys.json": "{ not nix",
	} {
		if _, err := s.Open(uri, 1, text); err != nil {
			t.Fatal(err)
		}
	}
	p := New()
	ds, err := p.Diagnose(context.Background(), s.Snapshot())
	if err != nil || len(ds) != 1 || ds[0].File != "a.nix" {
		t.Fatalf("Diagnose = %+v, %v; want one error in a.nix", ds, err)
	}
	// A new version of a.nix is parsed again; b.nix comes from the cache.
	snap, err := s.Change("file:///ws/a.nix", 2, []workspace.Change{{Text: "{ a = 1; }"}}, token.UTF16)
	if err != nil {
		t.Fatal(err)
	}
	if ds, err := p.Diagnose(context.Background(), snap); err != nil || len(ds) != 0 {
		t.Errorf("after the fix: %+v, %v", ds, err)
	}
	snap, _ = s.Close("file:///ws/b.nix")
	if _, err := p.Diagnose(context.Background(), snap); err != nil || len(p.cache) != 1 {
		t.Errorf("cache after close: %d entries, %v", len(p.cache), err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := p.Diagnose(ctx, snap); err == nil {
		t.Error("Diagnose ignored a cancelled context")
	}
}
