package analysis

import (
	"bytes"
	"cmp"
	"io/fs"
	"slices"

	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
	"github.com/secrets-lsp/secrets-lsp/nixparse/ast"
	"github.com/secrets-lsp/secrets-lsp/nixparse/scanner"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// The usual edit while a policy is written is typing a name in a secret's
// admins or targets, or adding one to them. Re-analysing the whole module for it takes a tenth of
// a second on a 10,000-line file; Reselect answers it in a millisecond
// when it can prove that the name is used nowhere else, and the full
// analysis of the new version follows.

// quickFacts are what Reselect needs to know about the analysis beyond its
// result.
type quickFacts struct {
	// reusable: no module reads config or self, provides what config
	// reads, or ran into a bound, so that every module's definitions
	// depend on its own files only.
	reusable bool
	deps     []eval.Dep     // of every module and unreached file
	readers  map[string]int // by file: how many units read it
	ownReads map[string]int // by module file: how often its unit read it
	steps    map[string]int // by module file: the steps its unit took
	maxSteps int            // the base bound on steps of each unit
}

// facts gathers the quickFacts of the run.
func (r *run) facts() quickFacts {
	f := quickFacts{reusable: true, readers: map[string]int{}, ownReads: map[string]int{}, steps: map[string]int{}, maxSteps: cmp.Or(r.opts.MaxSteps, eval.DefaultMaxSteps)}
	if r.x != nil && len(r.x.m.Stops()) > 0 {
		f.reusable = false
	}
	add := func(deps []eval.Dep) {
		for _, d := range deps {
			f.deps = append(f.deps, d)
			if d.Kind == eval.DepRead {
				f.readers[d.Path]++
			}
		}
	}
	for p, u := range r.used {
		if u.usesConfig || u.provides || u.stopped {
			f.reusable = false
		}
		add(u.deps)
		f.ownReads[p], f.steps[p] = u.ownReads, u.steps
	}
	for _, u := range r.res.Unreached {
		add(u.deps)
	}
	return f
}

// Reselect returns the diagnostics of the flake in fsys, a version of the
// file system in which only file differs from the one analysed, when that
// difference is within the text of one string literal that is a name in a
// secret's admins or targets, or within such a list of plain names that
// stays one (a name added or removed), and nothing else: written directly in the
// list, in a chain of attribute sets the module returns, in a file read
// once and by its module alone, in a flake where no module reads config.
// Then that name went nowhere but into the secret's selection, and the
// diagnostics are those of the analysis with the secret's checked again.
// A file back to the text analysed has the analysis' diagnostics; literal
// secrets added, removed or changed in a group's set of secrets have
// theirs built again (resecret); a group whose attributes (recipients,
// keys, directory) changed to literals is built again (regroup); a file whose tokens did not change (a
// line break, indentation, a comment) has them in their new places
// (respace). ok is
// false when it cannot tell; the answer is otherwise exactly what Analyze
// would report (TestReselectMatchesAnalyze).
func (r *Result) Reselect(fsys fs.FS, file string, src []byte) (diags []Diagnostic, ok bool) {
	base := r.files[file]
	if base == nil {
		return nil, false
	}
	if bytes.Equal(base.File.Source(), src) {
		// Back to the text analysed (a typo undone): the same analysis.
		for _, d := range r.quick.deps {
			if !depHolds(fsys, d) {
				return nil, false
			}
		}
		return slices.Clone(r.Diagnostics), true
	}
	m := DiffTexts(base.File.Source(), src)
	// The retyped name first: it is decided without scanning the file.
	if ds, ok := r.reselectName(fsys, file, base, src, m); ok {
		return ds, true
	}
	// White space typed or removed is most likely between tokens, where
	// moving the places answers it without building anything again.
	old := base.File.Source()
	blank := isSpace(old[m.Start:m.OldEnd]) && isSpace(src[m.Start:m.NewEnd])
	if blank {
		if ds, ok := r.respace(fsys, file, base, src, m); ok {
			return ds, true
		}
	}
	// Sets of bindings and lists of elements built again: an element
	// inserted before another is inserted after the space before it.
	ms := m.leftOfSpace(old, src)
	if ds, ok := r.resecret(fsys, file, base, src, ms); ok {
		return ds, true
	}
	if ds, ok := r.regroup(fsys, file, base, src, ms); ok {
		return ds, true
	}
	if blank {
		return nil, false
	}
	return r.respace(fsys, file, base, src, m)
}

// isSpace reports whether b is white space only.
func isSpace(b []byte) bool {
	return !slices.ContainsFunc(b, func(c byte) bool { return c != ' ' && c != '\t' && c != '\n' && c != '\r' })
}

// reselectName answers an edit within one selected name, or within a
// list of selected names that holds plain strings only before and after
// it (see Reselect).
func (r *Result) reselectName(fsys fs.FS, file string, base *eval.Source, src []byte, m TextChange) ([]Diagnostic, bool) {
	// (A string added to a list costs a few steps and brings at least
	// three bytes: DefaultStepsPerByte times more budget.)
	if !r.ownModule(file, len(src), 0) {
		return nil, false
	}
	old := base.File.Source()
	f, errs := base.Nix()
	if len(errs) > 0 || f.Expr == nil {
		return nil, false
	}
	list, path := selectionList(f.Expr, m.Start)
	if list == nil || !list.Rbrack.IsValid() || m.Start <= list.Lbrack || m.OldEnd > list.Rbrack ||
		len(path) != 6 || path[0] != "flake" || path[1] != "secrets" || path[3] != "secret" {
		return nil, false
	}
	role := Admin
	switch path[5] {
	case "admins":
	case "targets":
		role = Target
	default:
		return nil, false
	}
	g := r.Policy.Group(path[2])
	if g == nil || g.Extra != nil {
		return nil, false
	}
	s := g.Secret(path[4])
	if s == nil || s.Extra != nil {
		return nil, false
	}
	sel := s.Selection(role)
	names, ok := retypedName(sel, base, list, m, old, src)
	if !ok {
		names, ok = relisted(sel, base, file, list, m, src)
	}
	if !ok {
		return nil, false
	}
	if !r.othersHold(fsys, file) {
		return nil, false
	}

	// The secret with the new names, checked as the builder checks it.
	s2 := *s
	sel2 := *sel
	sel2.Names = names
	if role == Admin {
		s2.Admins = &sel2
	} else {
		s2.Targets = &sel2
	}
	s2.Recipients, s2.RecipientsKnown, s2.RuleKnown, s2.rule = nil, false, false, new(lazyRule)
	var w ruleWriter
	w.computeRecipients(g, &s2)
	var before, after builder
	before.checkSecret(g, s)
	after.checkSecret(g, &s2)

	// The analysis' diagnostics without the secret's, with its new ones,
	// in the offsets of the new text.
	rest := slices.Clone(r.Diagnostics)
	for _, d := range before.diags {
		i := slices.IndexFunc(rest, func(x Diagnostic) bool { return equalDiagnostic(x, d) })
		if i < 0 {
			return nil, false // merged with another one: cannot tell
		}
		rest = slices.Delete(rest, i, i+1)
	}
	for _, d := range after.diags {
		if slices.ContainsFunc(rest, func(x Diagnostic) bool { return sameDiagnostic(x, d) }) {
			return nil, false // would be merged with another one
		}
	}
	out := append(rest, after.diags...)
	move := func(s Span) Span {
		if s.File == inNewText {
			s.File = file
			return s
		}
		return m.span(file, s)
	}
	for i := range out {
		out[i] = shiftDiagnostic(out[i], move)
	}
	sortDiagnostics(out)
	return out, true
}

// ownModule reports whether the edits of file, now size bytes long, are
// the analysis' to answer when they change the definitions of its module
// only: no module reads config, file is a module file read once and by
// its module alone, without syntax error or computed option set by hand,
// and the module's evaluation, steps more, fits in the least budget it
// can get again (what its own file adds to the base bound: a shorter file
// gives less, and the full analysis would stop where this one did not).
func (r *Result) ownModule(file string, size, steps int) bool {
	if !r.quick.reusable || r.quick.readers[file] != 1 || r.quick.ownReads[file] != 1 || !slices.Contains(r.Modules(), file) {
		return false
	}
	if r.quick.steps[file]+steps > r.quick.maxSteps+eval.DefaultStepsPerByte*size {
		return false
	}
	for _, d := range r.Diagnostics {
		if d.Code == CodeReadOnly || d.Code == CodeSyntax && d.File == file {
			return false
		}
	}
	return true
}

// othersHold reports whether every fact the analysis read, but those of
// file, still holds in fsys.
func (r *Result) othersHold(fsys fs.FS, file string) bool {
	for _, d := range r.quick.deps {
		if d.Path != file && !depHolds(fsys, d) {
			return false
		}
	}
	return true
}

// inNewText is the file of a span already in the offsets of the new text,
// which no file can have.
const inNewText = "\x00new text"

// retypedName returns the names of sel with the one whose literal the
// change is inside (between its quotes) retyped, when both texts of that
// literal are plain.
func retypedName(sel *Selection, base *eval.Source, list *ast.List, m TextChange, old, src []byte) ([]NameRef, bool) {
	var lit *ast.String
	for _, el := range list.Elems {
		if s, ok := el.(*ast.String); ok && !s.Indented && s.Close.IsValid() && s.Open < m.Start && m.Start <= s.Close {
			lit = s
		}
	}
	if lit == nil {
		return nil, false
	}
	open, close := lit.Open+1, lit.Close
	delta := m.NewEnd - m.OldEnd
	if m.Start < open || m.OldEnd > close || !plain(old[open:close]) || !plain(src[open:close+delta]) {
		return nil, false
	}
	k := slices.IndexFunc(sel.Names, func(n NameRef) bool {
		o := n.origin()
		return o.Src == base && o.Start == lit.Pos() && o.End == lit.End() && n.Lit == eval.NixString
	})
	if k < 0 || sel.Default || sel.Names[k].val == nil || sel.Names[k].val.Kind != eval.KString {
		return nil, false
	}
	name := string(src[open : close+delta])
	names := slices.Clone(sel.Names)
	val := *sel.Names[k].val
	val.Str = name
	names[k].Name, names[k].val = name, &val
	return names, true
}

// relisted returns the names of sel read from the new text of list, when
// list is the selection's only definition, holds plain strings only, and
// its new text (m changed its inside) is plain strings up to the same
// closing bracket. The names' spans are in the offsets of the new text
// (inNewText).
func relisted(sel *Selection, base *eval.Source, file string, list *ast.List, m TextChange, src []byte) ([]NameRef, bool) {
	if sel.Default || sel.Open || len(sel.Defs) != 1 || sel.Defs[0] != (Span{File: file, Start: list.Pos(), End: list.End()}) ||
		len(sel.Names) == 0 || len(sel.Names) != len(list.Elems) {
		return nil, false // the names do not all come from the list
	}
	first := sel.Names[0]
	for k, n := range sel.Names {
		if o := n.origin(); o.Src != base || o.Start != list.Elems[k].Pos() || o.End != list.Elems[k].End() || n.Lit != eval.NixString ||
			n.val == nil || n.val.Kind != eval.KString || n.n != first.n || n.m != int32(k+1) || n.file != first.file {
			return nil, false
		}
	}
	// The new text from the bracket on scans to plain strings and the
	// same closing bracket: a comment or string left open would run on.
	at := list.Lbrack + 1
	end := list.Rbrack + m.NewEnd - m.OldEnd
	var sc scanner.Scanner
	sc.Init(string(src[at:end+1]), 0)
	var names []NameRef
	for {
		var open, str, close scanner.Token
		sc.Scan(&open)
		if open.Kind == token.RBRACK && open.Pos+at == end {
			sc.Scan(&close)
			return names, close.Kind == token.EOF
		}
		sc.Scan(&str)
		if str.Kind == token.QUOTE {
			close = str
			str = scanner.Token{Pos: close.Pos, End: close.Pos}
		} else {
			sc.Scan(&close)
		}
		if open.Kind != token.QUOTE || open.Err != 0 || str.Kind != token.STR || str.Err != 0 || str.Escapes ||
			close.Kind != token.QUOTE || close.Err != 0 || !plain(src[at+str.Pos:at+str.End]) {
			return nil, false
		}
		name := string(src[at+str.Pos : at+str.End])
		val := *first.val
		val.Str = name
		val.O.Start, val.O.End = at+open.Pos, at+close.End
		ref := first
		ref.Name, ref.m, ref.val = name, int32(len(names)+1), &val
		ref.Span = Span{File: inNewText, Start: val.O.Start, End: val.O.End}
		names = append(names, ref)
	}
}

// plain reports whether the text of a string literal is its value: no
// quote, escape, interpolation or line break.
func plain(b []byte) bool {
	return !slices.ContainsFunc(b, func(c byte) bool { return c == '"' || c == '\\' || c == '$' || c < ' ' })
}

// depHolds reports whether a fact an analysis read still holds in fsys,
// without going through (and updating) a Loader.
func depHolds(fsys fs.FS, d eval.Dep) bool {
	if d.Kind != eval.DepRead {
		return d.Valid(nil, fsys)
	}
	if fr, ok := fsys.(eval.FileReader); ok {
		tf, err := fr.File(d.Path)
		return err == nil && (tf == d.Src.File || bytes.Equal(tf.Source(), d.Src.File.Source()))
	}
	data, err := fs.ReadFile(fsys, d.Path)
	return err == nil && bytes.Equal(data, d.Src.File.Source())
}

// selectionList returns the list at pos with its attribute path, when
// the list is the value of an attribute of a chain of non-recursive
// attribute sets that the file's expression (a module: a set, or a
// function returning one, through let and with) returns. Only the module
// system sees such a value; nil otherwise.
func selectionList(x ast.Expr, pos token.Pos) (*ast.List, []string) {
	_, path, v, ok := attrChain(x,
		func(v ast.Expr) bool { return v.Pos() <= pos && pos <= v.End() },
		func(v ast.Expr, _ []string) bool { _, isList := v.(*ast.List); return isList })
	if !ok {
		return nil, nil
	}
	return v.(*ast.List), path
}

// chainStep is one attribute of a chain of sets: the set, the attribute
// taken in it, and where the attribute's path starts in the chain's.
type chainStep struct {
	set   *ast.AttrSet
	attr  *ast.Attr
	depth int
}

// attrChain follows, from the set the module x returns, the attributes
// of non-recursive sets whose values hold what holds asks about, until
// done says the value reached ends the chain: it returns the steps, the
// whole attribute path (static names only), and that value; ok is false
// when the chain breaks first.
func attrChain(x ast.Expr, holds func(ast.Expr) bool, done func(v ast.Expr, path []string) bool) (steps []chainStep, path []string, v ast.Expr, ok bool) {
	x = returned(x)
	for {
		set, ok := x.(*ast.AttrSet)
		if !ok || set.Rec.IsValid() {
			return nil, nil, nil, false
		}
		var attr *ast.Attr
		for _, b := range set.Bindings {
			if a, ok := b.(*ast.Attr); ok && a.Value != nil && holds(a.Value) {
				attr = a
				break
			}
		}
		if attr == nil {
			return nil, nil, nil, false
		}
		steps = append(steps, chainStep{set, attr, len(path)})
		for _, n := range attr.Path {
			name, ok := ast.StaticName(n)
			if !ok {
				return nil, nil, nil, false
			}
			path = append(path, name)
		}
		x = attr.Value
		if done(x, path) {
			return steps, path, x, true
		}
	}
}

// returned is the expression a module file returns: the body of its
// function, through let and with.
func returned(x ast.Expr) ast.Expr {
	if l, ok := x.(*ast.Lambda); ok {
		x = l.Body
	}
	for {
		switch e := x.(type) {
		case *ast.Let:
			x = e.Body
		case *ast.With:
			x = e.Body
		default:
			return x
		}
	}
}

// TextChange is the one region in which two versions of a text differ:
// old[Start:OldEnd] became new[Start:NewEnd].
type TextChange struct {
	Start, OldEnd, NewEnd token.Pos
}

// DiffTexts returns the one region in which old and new differ (empty
// when they are equal). It compares blocks first (bytes.Equal is
// vectorised): the texts are hundreds of kilobytes.
func DiffTexts(old, new []byte) TextChange {
	n := min(len(old), len(new))
	if len(old) == len(new) && n > 0 && &old[0] == &new[0] {
		return TextChange{Start: token.Pos(n), OldEnd: token.Pos(n), NewEnd: token.Pos(n)} // the same bytes
	}
	const block = 256
	prefix := 0
	for prefix+block <= n && bytes.Equal(old[prefix:prefix+block], new[prefix:prefix+block]) {
		prefix += block
	}
	for prefix < n && old[prefix] == new[prefix] {
		prefix++
	}
	suffix := 0
	for suffix+block <= n-prefix && bytes.Equal(old[len(old)-suffix-block:len(old)-suffix], new[len(new)-suffix-block:len(new)-suffix]) {
		suffix += block
	}
	for suffix < n-prefix && old[len(old)-1-suffix] == new[len(new)-1-suffix] {
		suffix++
	}
	return TextChange{Start: token.Pos(prefix), OldEnd: token.Pos(len(old) - suffix), NewEnd: token.Pos(len(new) - suffix)}
}

// pos maps an offset of the old text that is not inside the changed
// region to the new text.
func (m TextChange) pos(p token.Pos) token.Pos {
	if p >= m.OldEnd && p > m.Start {
		return p + m.NewEnd - m.OldEnd
	}
	return p
}

// leftOfSpace returns m, when it inserts text that ends with white space
// the old text has before it too, as the same insertion before that white
// space (a list element inserted, with its space, before another is then
// inserted after the one before): the places of the old text at the
// insertion stay, so text inserted there had better not start a token.
func (m TextChange) leftOfSpace(old, new []byte) TextChange {
	for m.Start == m.OldEnd && m.Start < m.NewEnd && m.Start > 0 && old[m.Start-1] == new[m.NewEnd-1] &&
		(old[m.Start-1] == ' ' || old[m.Start-1] == '\t' || old[m.Start-1] == '\n') {
		m.Start, m.OldEnd, m.NewEnd = m.Start-1, m.OldEnd-1, m.NewEnd-1
	}
	return m
}

func (m TextChange) span(file string, s Span) Span {
	if s.File == file {
		s.Start, s.End = m.pos(s.Start), m.pos(s.End)
	}
	return s
}

// shiftDiagnostic moves the places of a diagnostic to a new text with
// move. The slices are copied: the analysis' diagnostic is not modified.
func shiftDiagnostic(d Diagnostic, move func(Span) Span) Diagnostic {
	d.Span = move(d.Span)
	d.Related = slices.Clone(d.Related)
	for i := range d.Related {
		d.Related[i].Span = move(d.Related[i].Span)
	}
	d.Fixes = slices.Clone(d.Fixes)
	for i := range d.Fixes {
		d.Fixes[i].Edits = slices.Clone(d.Fixes[i].Edits)
		for j := range d.Fixes[i].Edits {
			d.Fixes[i].Edits[j].Span = move(d.Fixes[i].Edits[j].Span)
		}
	}
	return d
}

// equalDiagnostic reports whether two diagnostics are the same in every
// field.
func equalDiagnostic(a, b Diagnostic) bool {
	return a.Span == b.Span && a.Severity == b.Severity && a.Code == b.Code && a.Message == b.Message && a.Hint == b.Hint &&
		slices.Equal(a.Related, b.Related) &&
		slices.EqualFunc(a.Fixes, b.Fixes, func(x, y Fix) bool { return x.Title == y.Title && slices.Equal(x.Edits, y.Edits) })
}
