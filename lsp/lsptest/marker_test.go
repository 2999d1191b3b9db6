package lsptest

import (
	"flag"
	"fmt"
	"strings"
	"testing"

	"go.lsp.dev/protocol"

	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// update is read by lsptest (flag.Lookup): -update rewrites golden files.
var update = flag.Bool("update", false, "rewrite the golden files of the marker tests")

func TestMarkers(t *testing.T) {
	RunMarkerTests(t, "testdata", func() []feature.Provider { return []feature.Provider{&WordProvider{}} })
}

func TestParseNote(t *testing.T) {
	tests := []struct {
		note, want string
	}{
		{`diag("x", "code", re"a+b")`, `[diag[x code a+b]]`},
		{"loc(name, `raw\"`), diag(name, \"c\", \"m\", warning)", `[loc[name raw"] diag[name c m warning]]`},
		{`a() b(1)`, `[a[] b[1]]`},
		{`diag("x"`, `error`},
		{`diag("x" "y")`, `error`},
		{`diag(re)`, `error`},
		{`diag(re"(")`, `error`},
		{`"x"`, `error`},
		{`diag(+)`, `error`},
	}
	for _, tt := range tests {
		ms, err := parseNote(tt.note)
		got := "error"
		if err == nil {
			var parts []string
			for _, m := range ms {
				parts = append(parts, fmt.Sprintf("%s%v", m.name, m.args))
			}
			got = fmt.Sprint(parts)
		}
		if got != tt.want {
			t.Errorf("parseNote(%q) = %s (%v), want %s", tt.note, got, err, tt.want)
		}
	}
}

// TestCheckDiagnostics shows that the runner reports what is missing, what
// is unexpected and what is in the wrong place.
func TestCheckDiagnostics(t *testing.T) {
	ws, err := parseWorkspace([]byte("-- a.nix --\nx = BAD; #@diag(\"BAD\", \"bad-word\", re\"bad\")\ny = BAD; #@diag(\"y\", \"bad-word\", \"exact\", warning)\n"))
	if err != nil {
		t.Fatal(err)
	}
	d := func(l1, c1, l2, c2 uint32, code, msg string, sev protocol.DiagnosticSeverity) protocol.Diagnostic {
		return protocol.Diagnostic{Range: protocol.Range{Start: protocol.Position{Line: l1, Character: c1}, End: protocol.Position{Line: l2, Character: c2}},
			Code: code, Message: msg, Severity: sev, Source: "secrets-lsp"}
	}
	got := map[string][]protocol.Diagnostic{"a.nix": {
		d(0, 4, 0, 7, "bad-word", "very bad", protocol.DiagnosticSeverityError), // expected
		d(1, 4, 1, 7, "bad-word", "exact", protocol.DiagnosticSeverityWarning),  // on BAD, not y
		d(9, 0, 9, 1, "x", "y", protocol.DiagnosticSeverityError),               // past the end
	}}
	problems := ws.checkDiagnostics(got, token.UTF16)
	want := []string{
		"unexpected diagnostic a.nix:2:5-2:8: Warning [bad-word] exact",
		"a.nix: diagnostic with an invalid range {{9 0} {9 1}}: y",
		"a.nix:2: diag: missing diagnostic a.nix:2:1-2:2: Warning [bad-word] exact",
	}
	if fmt.Sprint(problems) != fmt.Sprint(want) {
		t.Errorf("problems:\n%q\nwant\n%q", problems, want)
	}
}

func TestMarkerErrors(t *testing.T) {
	for _, archive := range []string{
		"-- a.nix --\nx #@diag(\"nope\", \"c\", \"m\")\n",
		"-- a.nix --\nx #@diag(re\"nope\", \"c\", \"m\")\n",
		"-- a.nix --\nx #@diag(somewhere, \"c\", \"m\")\n",
		"-- a.nix --\nx #@diag(\"x\", 5, \"m\")\n",
		"-- a.nix --\nx #@diag(\"x\", \"c\", 5)\n",
		"-- a.nix --\nx #@diag(\"x\", \"c\", \"m\", loud)\n",
		"-- a.nix --\nx #@diag(\"x\")\n",
		"-- a.nix --\nx #@nonsense(\"x\")\n",
		"-- a.nix --\nx #@loc(\"x\", \"x\")\n",
		"-- a.nix --\nx #@loc(n)\n",
		"-- a.nix --\nx #@diag(\n",
	} {
		ws, err := parseWorkspace([]byte(archive))
		if err != nil {
			continue
		}
		if problems := ws.checkDiagnostics(nil, token.UTF16); len(problems) == 0 {
			t.Errorf("no problem reported for %q", archive)
		}
	}
}

// TestRequestMarkerMismatches shows that the request markers report what
// the server answers when it is not what they expect.
func TestRequestMarkerMismatches(t *testing.T) {
	ws, err := parseWorkspace([]byte("-- a.nix --\n" +
		"x = [ \"al\" ]; #@hover(\"x\", \"x\", \"word `y`\"), hover(\"x\", \"[\", \"word\"), complete(\"al|\", \"bob\"), completeEdit(\"al|\", \"alice\", \"[\", \"alice\")\n" +
		"y = 1; #@hover(\"y\", \"y\", golden), related(\"y\", \"1\", \"m\")\n"))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(ws.run(t, "utf-16", []feature.Provider{&WordProvider{}}), "\n")
	for _, want := range []string{
		"a.nix:1: hover: \"word `y`\" is not in\nword `x`",
		"a.nix:1: hover: hover range &{{0 0} {0 1}}, want a.nix:1:5-1:6 \"[\"",
		`a.nix:1: complete: completion labels ["alice" "albert"], want ["bob"]`,
		`a.nix:1: completeEdit: "alice" replaces {{0 7} {0 9}} with "alice", want a.nix:1:5-1:6 "[" with "alice"`,
		"a.nix:2: hover: no golden file @golden (go test -update writes it); got:\nword `y`",
		`a.nix:2: related: no diagnostic at a.nix:2:1-2:2 "y" with related a.nix:2:5-2:6 "1"`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("problems do not report\n%s\ngot\n%s", want, got)
		}
	}
}
