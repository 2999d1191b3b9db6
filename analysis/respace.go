package analysis

import (
	"bytes"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
	"github.com/secrets-lsp/secrets-lsp/nixparse/scanner"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Editing a policy moves text around between tokens far more often than it
// changes them: a line break, indentation, a comment. Evaluation sees
// tokens only, so the analysis of the previous text holds for the new one
// with every place moved, unless something took the file's bytes as they
// are or the analysis ran close to a bound that depends on the file's size.

// respace returns the analysis' diagnostics moved into src, the new text of
// file, when src has exactly the tokens of the text analysed and differs
// from it only between two of them.
func (r *Result) respace(fsys fs.FS, file string, base *eval.Source, src []byte, m TextChange) ([]Diagnostic, bool) {
	if path.Ext(file) != ".nix" || base.TextUsed() {
		return nil, false // readFile took its bytes
	}
	old := base.File.Source()
	// A shorter file gives every unit that read it a smaller budget of
	// steps (DefaultStepsPerByte); an analysis that stopped is not reused.
	for _, steps := range r.quick.steps {
		if steps > r.quick.maxSteps+eval.DefaultStepsPerByte*len(src) {
			return nil, false
		}
	}
	name := path.Base(file) + ":"
	lines := bytes.IndexByte(old[m.Start:m.OldEnd], '\n') >= 0 || bytes.IndexByte(src[m.Start:m.NewEnd], '\n') >= 0
	for _, d := range r.Diagnostics {
		// Messages that print a place of the file as line:column would
		// need rewriting; syntax errors are placed by Nix's own rules.
		if d.Code == CodeStopped || d.Code == CodeSyntax && d.File == file || mentionsPlace(name, d) {
			return nil, false
		}
		// Some ranges end where a line does (a set named by its first
		// line): a line broken or joined within one moves its end.
		if lines && d.File == file && d.Start <= m.Start && m.Start <= d.End {
			return nil, false
		}
	}
	if !mayBeBetweenTokens(old, src, m) || !sameTokens(old, src, m) {
		return nil, false
	}
	for _, d := range r.quick.deps {
		if d.Path != file && !depHolds(fsys, d) {
			return nil, false
		}
	}
	out := slices.Clone(r.Diagnostics)
	for i := range out {
		out[i] = shiftDiagnostic(out[i], func(s Span) Span { return m.betweenTokens(file, s) })
	}
	sortDiagnostics(out)
	return out, true
}

// mentionsPlace reports whether a text of d holds name (a file's base name
// and a colon) followed by a digit: a line:column of that file.
func mentionsPlace(name string, d Diagnostic) bool {
	placed := func(text string) bool {
		for i := strings.Index(text, name); i >= 0; {
			if j := i + len(name); j < len(text) && '0' <= text[j] && text[j] <= '9' {
				return true
			}
			k := strings.Index(text[i+1:], name)
			if k < 0 {
				break
			}
			i += 1 + k
		}
		return false
	}
	return placed(d.Message) || placed(d.Hint) || slices.ContainsFunc(d.Related, func(r Related) bool { return placed(r.Message) })
}

// mayBeBetweenTokens is sameTokens' cheap first test, for the keystrokes
// that change a token (a letter typed, a quote opened), which would
// otherwise scan the file twice up to the change: text other than white
// space changes between two tokens only inside a comment, which starts on
// the change's line before it (#), anywhere before it (/*), or in it.
func mayBeBetweenTokens(old, new []byte, m TextChange) bool {
	was, is := old[m.Start:m.OldEnd], new[m.Start:m.NewEnd]
	if blank(was) && blank(is) || bytes.ContainsAny(was, "#/*") || bytes.ContainsAny(is, "#/*") {
		return true
	}
	line := old[bytes.LastIndexByte(old[:m.Start], '\n')+1 : m.Start]
	return bytes.IndexByte(line, '#') >= 0 || bytes.Contains(old[:m.Start], []byte("/*"))
}

// blank reports whether b is Nix's white space alone.
func blank(b []byte) bool {
	return len(bytes.Trim(b, " \t\r\n")) == 0
}

// sameTokens reports whether old and new, which differ in m only, scan to
// the same tokens, none of them inside the changed region. Past the change,
// two scanners in the same state read the same bytes to the end.
func sameTokens(old, new []byte, m TextChange) bool {
	var a, b scanner.Scanner
	a.Init(string(old), 0)
	b.Init(string(new), 0)
	delta := m.NewEnd - m.OldEnd
	var s, t scanner.Token
	for {
		a.Scan(&s)
		b.Scan(&t)
		if s.Kind != t.Kind || s.Err != t.Err || s.Escapes != t.Escapes {
			return false
		}
		if s.Kind == token.EOF {
			return true
		}
		switch {
		case s.End <= m.Start && t.Pos == s.Pos && t.End == s.End:
		case s.Pos >= m.OldEnd && t.Pos == s.Pos+delta && t.End == s.End+delta:
			if a.SameState(&b) && bytes.Equal(old[s.Pos:s.End], new[t.Pos:t.End]) {
				return true
			}
		default:
			return false
		}
		if !bytes.Equal(old[s.Pos:s.End], new[t.Pos:t.End]) {
			return false
		}
	}
}

// betweenTokens moves a span of file across a change between two tokens:
// a start at the change's end moves with the token after the change, an
// end at its start stays with the token before it.
func (m TextChange) betweenTokens(file string, s Span) Span {
	if s.File != file {
		return s
	}
	delta := m.NewEnd - m.OldEnd
	empty := s.Start == s.End
	if s.Start >= m.OldEnd {
		s.Start += delta
	}
	if s.End > m.Start || empty && s.End >= m.OldEnd {
		s.End += delta
	}
	return s
}
