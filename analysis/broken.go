package analysis

import (
	"io/fs"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Nix parses a file before it evaluates any of it, and stops at a syntax
// error (or an undefined variable): the error is all it reports. So is it
// here: when a Nix file the analysis of a flake reads has one, the flake's
// diagnostics are the first syntax errors of each such file and nothing
// else, and its policy is unknown. A module file with one is not
// evaluated (an import of it is unknown), nor is what it imports followed,
// and nothing is merged or built. Those errors are known from a parse
// alone, and Broken answers a keystroke that leaves a file broken (a
// string not closed yet, a binding not finished) without evaluating
// anything.

// maxSyntaxErrors is how many syntax errors of a file are reported, as
// go/parser reports ten. Nix stops at the first; the later ones of the
// recovered parse mostly follow from it (an unclosed string: one per line
// after).
const maxSyntaxErrors = 10

// syntaxErrors returns the diagnostics of the syntax errors of a Nix file,
// its messages naming places under root as Nix does (absolute).
func syntaxErrors(src *eval.Source, root string) []Diagnostic {
	var out []Diagnostic
	for _, e := range src.FirstErrors(maxSyntaxErrors) {
		start := src.File.LineStart(e.Pos.Line) + token.Pos(e.Pos.Column-1)
		out = append(out, Diagnostic{Span: Span{File: src.Path, Start: start, End: start}, Severity: SeverityError, Code: CodeSyntax, Message: e.MessageUnder(root)})
	}
	return out
}

// sortedUnique sorts diagnostics and drops the repeated ones.
func sortedUnique(diags []Diagnostic) []Diagnostic {
	sortDiagnostics(diags)
	out := diags[:0]
	for i, d := range diags {
		if i > 0 && sameDiagnostic(diags[i-1], d) {
			continue
		}
		out = append(out, d)
	}
	return out
}

// Broken returns the diagnostics of the flake in fsys, a version of the
// file system in which only file, a Nix file the flake read, differs from
// the one analysed, when its new version has a syntax error: exactly those
// Analyze reports, the syntax errors of file and, when file was broken in
// the analysis too, those of the other broken files (the files read are
// then the same). The new version is read and parsed through the
// analyser's cache of files, so that the analysis of the same version does
// not parse it again. ok is false when the new version parses, when
// something else changed, when file is an extra file analysed on its own
// (Unreached), or when another file was broken and file was not (what
// file imports, read now, is no longer).
func (r *Result) Broken(fsys fs.FS, file string) (diags []Diagnostic, ok bool) {
	if !r.flakeFiles[file] || r.loader == nil || !strings.HasSuffix(file, ".nix") {
		return nil, false
	}
	for _, d := range r.quick.deps {
		if d.Path != file && !depHolds(fsys, d) {
			return nil, false
		}
	}
	src, err := r.loader.Load(fsys, file)
	if err != nil {
		return nil, false
	}
	out := syntaxErrors(src, r.root)
	if len(out) == 0 {
		return nil, false
	}
	if !r.broken {
		return out, true
	}
	var others []Diagnostic
	wasBroken := false
	for _, d := range r.Diagnostics {
		if d.File == file {
			wasBroken = true
		} else {
			others = append(others, d)
		}
	}
	if !wasBroken {
		return nil, false
	}
	return sortedUnique(append(out, others...)), true
}
