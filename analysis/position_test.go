package analysis

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// nixAt is the line of error.txt that gives Nix's position in a file of
// the flake (not one of <nixpkgs-lib>/…).
var nixAt = regexp.MustCompile(`(?m)^at ([^<:][^:]*):(\d+):(\d+):$`)

// checkNixPosition checks that the error with Nix's message covers the
// position error.txt (want) gives: the byte at Nix's column is in its
// range. A syntax error is a point, Nix's own: editors get it on the token
// there (lsp/syntax). It reports whether want gives a position.
func checkNixPosition(t *testing.T, res *Result, want string) bool {
	t.Helper()
	m := nixAt.FindStringSubmatch(want)
	if m == nil {
		return false
	}
	f := res.File(m[1])
	if f == nil {
		t.Errorf("Nix's error is in %s, which the analysis did not read", m[1])
		return true
	}
	line, _ := strconv.Atoi(m[2])
	col, _ := strconv.Atoi(m[3])
	at := f.LineStart(line) + token.Pos(col-1)
	first, _, _ := strings.Cut(want, "\n")
	var got []string
	for _, d := range res.Diagnostics {
		if d.Severity != SeverityError || d.Message != first && !strings.HasPrefix(want, d.Message+"\n") {
			continue
		}
		if d.File == m[1] && (d.Start <= at && at < d.End || d.Code == CodeSyntax && d.Start == at) {
			return true
		}
		got = append(got, res.File(d.File).Position(d.Start).String()+fmt.Sprintf(" (%d bytes)", d.End-d.Start))
	}
	t.Errorf("Nix's error is at %s:%d:%d; the analysis' at %v", m[1], line, col, got)
	return true
}

// checkVisibleSpans checks that no diagnostic, and no place related to
// one, is an empty range where the text has a character to cover: an
// editor would draw nothing. Syntax errors are points on purpose (see
// checkNixPosition).
func checkVisibleSpans(t *testing.T, res *Result) {
	t.Helper()
	check := func(sp Span, what string) {
		f := res.File(sp.File)
		if sp.Start != sp.End || f == nil {
			return
		}
		if rest := f.Source()[sp.Start:]; len(bytes.TrimSpace(rest)) > 0 && !bytes.HasPrefix(rest, []byte("\n")) && !bytes.HasPrefix(rest, []byte("\r")) {
			t.Errorf("%s at an empty range before %.20q: %s:%s", what, rest, sp.File, f.Position(sp.Start))
		}
	}
	for _, d := range res.Diagnostics {
		if d.Code != CodeSyntax {
			check(d.Span, d.Code+" "+strconv.Quote(d.Message))
		}
		for _, r := range d.Related {
			check(r.Span, "related place "+strconv.Quote(r.Message))
		}
	}
}

// TestValueWithoutPlace checks that a value with no place of its own (a
// builtin function or constant, read where a name or a file belongs) is
// reported where the expression giving it is written, not nowhere.
func TestValueWithoutPlace(t *testing.T) {
	for _, tc := range []struct{ def, at, msg string }{
		{`secret.s.targets = [ head [ "t" ] ];`, "head", "entry 1"}, // with lib;
		{`secret.s.targets = [ lib.head [ "t" ] ];`, "lib.head", "entry 1"},
		{`secret.s.targets = [ map ];`, "map", "entry 1"}, // a global builtin
		{`secret.s.file = builtins.storeDir;`, "builtins.storeDir", "invalid file"},
	} {
		module := `{ lib, ... }: with lib; {
  flake.secrets.g = {
    recipients.targets = [ { name = "t"; age = "age1ag5uhcp00xtrfl8fxztkf0kyx07h4x2r5xzgzen57semmtrfe4ws4nnkl4"; } ];
    ` + tc.def + `
  };
}
`
		fsys := fstest.MapFS{"flake.nix": {Data: testFlake([]string{"./m.nix"}, "")}, "m.nix": {Data: []byte(module)}}
		res := Analyze(fsys, Options{Dir: "."})
		found := false
		for _, d := range res.Diagnostics {
			if d.Severity != SeverityError || !strings.Contains(d.Message, tc.msg) {
				continue
			}
			found = true
			if got := spanText(res, d.Span); d.File != "m.nix" || got != tc.at {
				t.Errorf("%s: error at %s %q, want at %q: %s", tc.def, d.File, got, tc.at, d.Message)
			}
		}
		if !found {
			t.Errorf("%s: no error with %q:\n%s", tc.def, tc.msg, diagList(res))
		}
	}
}

// spanText is the text a diagnostic's span covers.
func spanText(res *Result, sp Span) string {
	f := res.File(sp.File)
	if f == nil {
		return ""
	}
	return string(f.Source()[sp.Start:sp.End])
}
