package nixoracle

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/nixparse"
	"github.com/secrets-lsp/secrets-lsp/nixparse/printer"
)

// Ours answers for one file as `secrets-lsp debug parse` does, in the same
// shape as Nix's Result. A panic becomes Crashed.
func Ours(path string, src []byte) (r Result) {
	defer func() {
		if e := recover(); e != nil {
			r = Result{Crashed: true, Msg: fmt.Sprint(e)}
		}
	}()
	file, errs := nixparse.ParseFile(path, src, 0)
	if len(errs) == 0 {
		errs = nixparse.CheckVariables(file, nixparse.Nix28)
	}
	if e := errs.NixFirst(); e != nil {
		return Result{Line: e.Pos.Line, Col: e.Pos.Column, Msg: strings.ReplaceAll(e.Msg, path, "FILE")}
	}
	abs, err := nixparse.FilePath("/", path)
	if err != nil {
		return Result{Crashed: true, Msg: err.Error()}
	}
	cfg := printer.Config{BaseDir: filepath.Dir(abs), Home: os.Getenv("HOME")}
	return Result{OK: true, Tree: cfg.Print(file.Expr)}
}

// Diff describes how our answer differs from Nix's, or is "" when they agree
// (same verdict; same canonical tree, or same error line and column).
func Diff(nix, ours Result) string {
	switch {
	case ours.Crashed:
		return "we crashed: " + ours.Msg
	case nix.OK != ours.OK:
		if nix.OK {
			return fmt.Sprintf("verdict: Nix accepts, we reject at %d:%d: %s", ours.Line, ours.Col, ours.Msg)
		}
		return fmt.Sprintf("verdict: Nix rejects at %d:%d (%s), we accept", nix.Line, nix.Col, nix.Msg)
	case nix.OK:
		if a, b := Canonical(nix.Tree), Canonical(ours.Tree); a != b {
			return "tree differs:\n  nix:  " + a + "\n  ours: " + b
		}
	case nix.Crashed:
		return ""
	case nix.Line != ours.Line || nix.Col != ours.Col:
		return fmt.Sprintf("position: Nix %d:%d (%s), we %d:%d (%s)", nix.Line, nix.Col, nix.Msg, ours.Line, ours.Col, ours.Msg)
	}
	return ""
}
