package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/analysis"
)

// runDebugEval is `secrets-lsp debug eval [DIR]`: the policy of the flake
// in DIR (default .) as `nix eval --json .#secrets` prints it, on stdout,
// then every diagnostic as FILE:LINE:COL: severity: message on stderr.
// Values the analysis cannot know print as {"_unknown": "<what>"}. It exits
// 1 when an error was found.
func runDebugEval(args []string, stdout, stderr io.Writer) int {
	dir := "."
	switch {
	case len(args) == 1 && !strings.HasPrefix(args[0], "-"):
		dir = args[0]
	case len(args) > 0:
		fmt.Fprint(stderr, "usage: secrets-lsp debug eval [DIR]\n")
		return exitUsage
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		fmt.Fprintf(stderr, "secrets-lsp: %v\n", err)
		return exitUsage
	}
	// The whole disk is the file system, so that a flake may read files
	// beside its directory; the analysis only reads what evaluation reads.
	fsys := os.DirFS("/")
	flakeDir := strings.TrimPrefix(filepath.ToSlash(abs), "/")
	if flakeDir == "" {
		flakeDir = "."
	}
	if _, err := fs.Stat(fsys, flakeDir+"/flake.nix"); err != nil {
		fmt.Fprintf(stderr, "secrets-lsp: %s: no flake.nix\n", dir)
		return exitUsage
	}
	defer collectLazily()()
	res := analysis.Analyze(fsys, analysis.Options{Dir: flakeDir, FSRoot: "/"})
	io.WriteString(stdout, res.SecretsJSON())
	cwd, _ := os.Getwd()
	for _, d := range res.Diagnostics {
		fmt.Fprintln(stderr, formatDiagnostic(res, d, cwd))
	}
	if res.HasErrors() {
		return exitFindings
	}
	return exitOK
}

// formatDiagnostic renders d as FILE:LINE:COL: severity: message, the file
// relative to cwd, with a hint on a line of its own.
func formatDiagnostic(res *analysis.Result, d analysis.Diagnostic, cwd string) string {
	where := "/" + d.File
	if rel, err := filepath.Rel(cwd, where); err == nil && !strings.HasPrefix(rel, "..") {
		where = rel
	}
	if f := res.File(d.File); f != nil {
		p := f.Position(d.Start)
		where = fmt.Sprintf("%s:%d:%d", where, p.Line, p.Column)
	}
	s := where + ": " + d.Severity.String() + ": " + d.Message
	if d.Hint != "" {
		s += "\n" + where + ": note: " + d.Hint
	}
	return s
}
