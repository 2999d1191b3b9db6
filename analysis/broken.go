package analysis

import (
	"io/fs"
	"slices"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Nix parses a file before it evaluates any of it, and stops at a syntax
// error (or an undefined variable): the error is all it reports. So is it
// here: a Nix file with one has its first syntax errors as its diagnostics
// and nothing else, whatever the analysis made of the tree recovered from
// it. Those are known from a parse alone, and Broken answers a keystroke
// that leaves a file broken (a string not closed yet, a binding not
// finished) without evaluating anything.

// maxSyntaxErrors is how many syntax errors of a file are reported, as
// go/parser reports ten. Nix stops at the first; the later ones of the
// recovered parse mostly follow from it (an unclosed string: one per line
// after).
const maxSyntaxErrors = 10

// syntaxErrors returns the diagnostics of the syntax errors of a Nix file,
// its messages naming places under root as Nix does (absolute).
func syntaxErrors(src *eval.Source, root string) []Diagnostic {
	_, errs := src.Syntax()
	if len(errs) == 0 {
		_, errs = src.Nix() // undefined variables
	}
	var out []Diagnostic
	for _, e := range errs[:min(len(errs), maxSyntaxErrors)] {
		start := src.File.LineStart(e.Pos.Line) + token.Pos(e.Pos.Column-1)
		out = append(out, Diagnostic{Span: Span{File: src.Path, Start: start, End: start}, Severity: SeverityError, Code: CodeSyntax, Message: e.MessageUnder(root)})
	}
	return out
}

// onlySyntaxErrors drops the diagnostics placed in a file with a syntax
// error but its syntax errors.
func onlySyntaxErrors(diags []Diagnostic, broken map[string]bool) []Diagnostic {
	return slices.DeleteFunc(diags, func(d Diagnostic) bool { return broken[d.File] && d.Code != CodeSyntax })
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
// file system in which only file, a Nix file the analysis read, differs
// from the one analysed, when its new version has a syntax error: its
// syntax errors, exactly as Analyze reports them, and the analysis'
// diagnostics of every other file (those depend on the tree recovered
// from the broken text, which only an analysis tells: the full analysis
// that follows corrects them). The new version is read and parsed through
// the analyser's cache of files, so that the analysis of the same version
// does not parse it again. ok is false when the new version parses, or
// when something else changed.
func (r *Result) Broken(fsys fs.FS, file string) (diags []Diagnostic, ok bool) {
	base := r.files[file]
	if base == nil || r.loader == nil || !strings.HasSuffix(file, ".nix") {
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
	own := syntaxErrors(src, r.root)
	if len(own) == 0 {
		return nil, false
	}
	// The other files' places in file (related places, fixes) move with
	// the text around the change.
	m := DiffTexts(base.File.Source(), src.File.Source())
	out := own
	for _, d := range r.Diagnostics {
		if d.File != file {
			out = append(out, shiftDiagnostic(d, func(s Span) Span { return m.span(file, s) }))
		}
	}
	return sortedUnique(out), true
}
