package analysis

import (
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
	"github.com/secrets-lsp/secrets-lsp/nixparse"
	"github.com/secrets-lsp/secrets-lsp/nixparse/ast"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// A policy's secrets are mostly literals written in one set per group
// (`secret = { db.targets = [ "web1" ]; … };`) while its recipients are
// computed. Adding a secret, removing one or giving one another attribute
// changes only that set: the secrets it touches are merged and built again
// as the full analysis merges and builds them, from their one definition,
// and what depends on the set of secrets (two secrets with one file, E9)
// is checked again. The new text of the bindings touched is parsed apart,
// not the file.

// resecretDepth is the nesting at which a secret's value is taken as a
// literal, at least where the full analysis takes it (a module's config,
// flake, secrets, the group, secret): literals nested deeper than the
// snapshotter takes are left to the full analysis.
const resecretDepth = 16

// resecret returns the diagnostics of the flake in fsys when file, whose
// text analysed is base and new text src, differs only inside the braces
// of the set of a group's secrets that the module returns directly
// (flake.secrets.<group>.secret = { … }, or nested sets on that path),
// the only definition of the set in the module; when the secrets whose
// bindings differ are literals (strings, lists, sets) in the new text, and
// defined by no other module. Then the answer is exactly what Analyze
// would report; ok is false when it cannot tell.
func (r *Result) resecret(fsys fs.FS, file string, base *eval.Source, src []byte, m TextChange) (diags []Diagnostic, ok bool) {
	x := r.policyModule(file, base, len(src))
	if x == nil {
		return nil, false
	}
	set, group, ok := secretSet(x, m)
	if !ok {
		return nil, false
	}
	g := r.Policy.Group(group)
	if g == nil || g.Extra != nil || g.SecretsOpen {
		return nil, false
	}
	if r.placesInMessages(file) {
		return nil, false
	}
	re, ok := reparse(set, src, m)
	if !ok {
		return nil, false
	}
	names := re.names
	paths := make([][]string, len(names))
	for i, n := range names {
		paths[i] = []string{"flake", "secrets", group, "secret", n}
	}
	mod := r.soleModule(file, paths)
	if mod == nil {
		return nil, false
	}
	before := plainAt(mod.config[0].val, "flake", "secrets", group, "secret")
	if before == nil {
		return nil, false
	}

	// Their definitions before and after, as the merge receives them from
	// the set (mergeAttrsOf).
	file0 := mod.config[0].file
	var olds, news []def
	var oldNames, newNames []string
	for _, n := range names {
		if v := before.Lookup(n); v != nil {
			olds, oldNames = append(olds, def{val: v, file: file0, key: before.KeyOf(n)}), append(oldNames, n)
		}
	}
	var snap snapshotter
	var cost litCost
	l := eval.LiteralOf(re.set, re.src)
	for i := range l.Len() {
		n, key := l.Name(i)
		if !slices.Contains(names, n) {
			continue
		}
		if slices.Contains(re.inherited, n) {
			return nil, false
		}
		v := snap.litDefinition(&Data{}, l.Attr(i), secretOption, resecretDepth, &cost)
		if v == nil {
			return nil, false // not a literal: evaluation decides
		}
		news, newNames = append(news, def{val: v, file: file0, key: key}), append(newNames, n)
	}
	if !r.ownModule(file, len(src), cost.steps) || !r.othersHold(fsys, file) {
		return nil, false
	}

	at := secretPlace(group)
	_, gone, ok1 := rebuild(g, at, olds, oldNames)
	added, came, ok2 := rebuild(g, at, news, newNames)
	if !ok1 || !ok2 {
		return nil, false
	}
	// Two secrets with one file: only the errors about the files of the
	// secrets touched, before or after, may change.
	files := map[string]bool{}
	for _, s := range slices.Concat(g.Secrets, added) {
		if s.File.Known && slices.Contains(names, s.Name) {
			files[s.File.S] = true
		}
	}
	// The group with its new secrets, for the checks across secrets.
	g2 := *g
	g2.Secrets, g2.explicitFiles = make([]*Secret, 0, len(g.Secrets)+len(added)), false
	for _, s := range g.Secrets {
		if !slices.Contains(names, s.Name) {
			g2.Secrets = append(g2.Secrets, s)
		}
	}
	g2.Secrets = append(g2.Secrets, added...)
	slices.SortFunc(g2.Secrets, func(a, b *Secret) int { return strings.Compare(a.Name, b.Name) })
	for _, s := range g2.Secrets {
		g2.explicitFiles = g2.explicitFiles || s.File.Known && !s.File.Default
	}
	was, now := fileCollisions(r.Policy, g, &g2, files)
	return r.swapDiagnostics(file, m, re.lb, append(gone, was...), append(came, now...))
}

// policyModule returns the expression of file, whose text analysed is base
// and new text size bytes long, when a closed policy's edit there may
// change its module's definitions only (ownModule) and the text analysed
// parses without error; nil otherwise.
func (r *Result) policyModule(file string, base *eval.Source, size int) ast.Expr {
	if r.Policy.Open || !r.ownModule(file, size, 0) {
		return nil
	}
	f, errs := base.Nix()
	if len(errs) > 0 {
		return nil
	}
	return f.Expr
}

// placesInMessages reports whether a diagnostic's message prints a place
// of file as line:column, which an edit would need rewritten (see
// respace).
func (r *Result) placesInMessages(file string) bool {
	return slices.ContainsFunc(r.Diagnostics, func(d Diagnostic) bool { return mentionsPlace(path.Base(file)+":", d) })
}

// reparsed is the new text of the bindings of a set that an edit touches,
// parsed apart as a set.
type reparsed struct {
	set *ast.AttrSet
	src *eval.Source // of the text parsed (inNewText)
	// lb is where the text parsed starts in the new text: a position p in
	// it is lb+p there.
	lb token.Pos
	// names are the names the bindings touched bind, before or after
	// the edit; inherited those the new text inherits.
	names, inherited []string
}

// reparse parses the new text src of the bindings of set (in the text
// analysed) that the change m touches: from the end of the binding before
// them to the start of the one after them, widened to every binding of a
// name they bind (its definition is then all in the text parsed again,
// and Nix finds no duplicate across). ok is false when the new text is
// not a set of bindings, when a name is not static, or when no binding is
// touched.
func reparse(set *ast.AttrSet, src []byte, m TextChange) (reparsed, bool) {
	ws, we := set.Lbrace+1, set.Rbrace
	for _, b := range set.Bindings {
		switch {
		case b.End() <= m.Start:
			ws = b.End()
		case after(b, m) && we == set.Rbrace:
			we = b.Pos()
		}
	}
	for range len(set.Bindings) + 1 {
		lb := ws - 1
		x, nsrc := parseApart(src, ws, we, m, '{', '}')
		nset, ok := x.(*ast.AttrSet)
		if !ok || nset.Rec.IsValid() {
			return reparsed{}, false
		}
		names, inherited, ok := touched(set.Bindings, nset.Bindings, ws, we)
		if !ok {
			return reparsed{}, false
		}
		ws2, we2, ok := widen(set, names, ws, we)
		if !ok {
			return reparsed{}, false
		}
		if ws2 == ws && we2 == we {
			return reparsed{nset, nsrc, lb, names, inherited}, len(names) > 0
		}
		ws, we = ws2, we2
	}
	return reparsed{}, false
}

// parseApart parses the new text src of what was between ws and we in the
// old text (m changed it) between the brackets open and close; x is nil
// unless it parses without error into one expression that spans it all.
// A position p in it is ws-1+p in src.
func parseApart(src []byte, ws, we token.Pos, m TextChange, open, close byte) (x ast.Expr, nsrc *eval.Source) {
	text := make([]byte, 0, we+m.NewEnd-m.OldEnd-ws+2)
	text = append(append(append(text, open), src[ws:we+m.NewEnd-m.OldEnd]...), close)
	nsrc = eval.NewSource(inNewText, text)
	nf, errs := nixparse.Parse(nsrc.File, 0)
	if len(errs) > 0 || nf.Expr == nil || nf.Expr.Pos() != 0 || int(nf.Expr.End()) != len(text) {
		return nil, nsrc
	}
	return nf.Expr, nsrc
}

// widen returns the region ws to we of set's bindings grown to take in
// every binding of a name among names, from the end of the binding before
// it to the start of the one after it; ok is false when a name is not
// static.
func widen(set *ast.AttrSet, names []string, ws, we token.Pos) (token.Pos, token.Pos, bool) {
	for i, b := range set.Bindings {
		if ws <= b.Pos() && b.End() <= we {
			continue
		}
		bound := false
		if !eachBinding(set.Bindings[i:i+1], func(n string, _ ast.Binding) { bound = bound || slices.Contains(names, n) }) {
			return 0, 0, false
		}
		if !bound {
			continue
		}
		if b.Pos() < ws {
			ws = set.Lbrace + 1
			if i > 0 {
				ws = set.Bindings[i-1].End()
			}
		}
		if b.End() > we {
			we = set.Rbrace
			if i+1 < len(set.Bindings) {
				we = set.Bindings[i+1].Pos()
			}
		}
	}
	return ws, we, true
}

// soleModule returns the module of file when its config is one plain
// definition and no other module may define an option at one of paths,
// nor extends the policy's types or forwards options (what those add is
// not followed here); nil otherwise.
func (r *Result) soleModule(file string, paths [][]string) *module {
	mod := r.moduleOf(file)
	if mod == nil || len(mod.config) != 1 || mod.config[0].cond != yes || mod.config[0].prioSet {
		return nil
	}
	for _, o := range r.modules {
		if len(o.ext) > 0 || len(o.aliases) > 0 {
			return nil
		}
		if o == mod {
			continue
		}
		for _, d := range o.config {
			for _, p := range paths {
				if mayDefine(d.val, p...) {
					return nil
				}
			}
		}
	}
	return mod
}

// swapDiagnostics returns the analysis' diagnostics with gone taken out
// and came put in, in the places of the new text of file (m changed it;
// the places of came in inNewText are at lb in it); ok is false when it
// cannot tell what a fresh analysis would report.
func (r *Result) swapDiagnostics(file string, m TextChange, lb token.Pos, gone, came []Diagnostic) ([]Diagnostic, bool) {
	// Nix stops at a syntax error: finish drops the errors of the files
	// that have one.
	broken := map[string]bool{}
	for _, d := range r.Diagnostics {
		if d.Code == CodeSyntax {
			broken[d.File] = true
		}
	}
	reached := func(d Diagnostic) bool { return !broken[d.File] || d.Severity != SeverityError }
	rest := slices.Clone(r.Diagnostics)
	for _, d := range gone {
		if !reached(d) {
			continue
		}
		i := slices.IndexFunc(rest, func(x Diagnostic) bool { return equalDiagnostic(x, d) })
		if i < 0 {
			return nil, false // merged with another one: cannot tell
		}
		rest = slices.Delete(rest, i, i+1)
	}
	// (A place that starts at a pure insertion stays: its text may be
	// what was inserted.)
	changed := func(s Span) bool {
		return s.File == file && (s.Start < m.OldEnd && m.Start < s.End || s.Start == m.Start)
	}
	for i, d := range rest {
		if places(d, changed) {
			return nil, false // about what changed, from elsewhere
		}
		rest[i] = shiftDiagnostic(d, func(s Span) Span { return m.span(file, s) })
	}
	out := rest
	for _, d := range came {
		if !reached(d) {
			continue
		}
		if strings.Contains(d.Message, inNewText) || strings.Contains(d.Hint, inNewText) {
			return nil, false // a place of the text parsed apart, printed
		}
		d = shiftDiagnostic(d, func(s Span) Span {
			if s.File == inNewText {
				return Span{File: file, Start: s.Start + lb, End: s.End + lb}
			}
			return m.span(file, s)
		})
		if slices.ContainsFunc(out, func(x Diagnostic) bool { return sameDiagnostic(x, d) }) {
			return nil, false // would be merged with another one
		}
		out = append(out, d)
	}
	sortDiagnostics(out)
	return out, true
}

// moduleOf returns the module of the module file p, or nil.
func (r *Result) moduleOf(p string) *module {
	for _, m := range r.modules {
		if m.path == p {
			return m
		}
	}
	return nil
}

// secretSet returns the set of a group's secrets that holds the change m
// inside its braces, and the group's name, when the set is the value of an
// attribute of a chain of non-recursive sets the file's module returns
// (flake.secrets.<group>.secret), and no other attribute of those sets
// defines the set, part of it, or a set it is in (which Nix would merge
// with it, or report twice).
func secretSet(x ast.Expr, m TextChange) (*ast.AttrSet, string, bool) {
	set, path, ok := policySet(x, m, 4)
	if !ok || path[3] != "secret" {
		return nil, "", false
	}
	return set, path[2], true
}

// policySet returns the set at flake.secrets.… that holds the change m
// inside its braces, and its path of depth names, when the set is the
// value of an attribute of a chain of non-recursive sets the file's
// module returns, and no other attribute of those sets defines the set,
// part of it, or a set it is in.
func policySet(x ast.Expr, m TextChange, depth int) (*ast.AttrSet, []string, bool) {
	steps, path, x, ok := attrChain(x,
		func(v ast.Expr) bool { return v.Pos() < m.Start && m.OldEnd < v.End() },
		func(_ ast.Expr, path []string) bool { return len(path) >= depth })
	if !ok {
		return nil, nil, false
	}
	set, ok := x.(*ast.AttrSet)
	if len(path) != depth || path[0] != "flake" || path[1] != "secrets" ||
		!ok || set.Rec.IsValid() || !set.Rbrace.IsValid() || m.Start <= set.Lbrace || m.OldEnd > set.Rbrace {
		return nil, nil, false
	}
	for _, st := range steps {
		for _, b := range st.set.Bindings {
			if b != ast.Binding(st.attr) && onPath(b, path, st.depth) {
				return nil, nil, false
			}
		}
	}
	return set, path, true
}

// onPath reports whether the binding b, of a set at depth of path, may
// define the option at path, a part of it or an option it is in.
func onPath(b ast.Binding, path []string, depth int) bool {
	switch b := b.(type) {
	case *ast.Attr:
		for i, n := range b.Path {
			name, ok := ast.StaticName(n)
			if depth+i == len(path) || !ok {
				return true
			}
			if name != path[depth+i] {
				return false
			}
		}
		return true
	case *ast.Inherit:
		for _, n := range b.Names {
			if name, ok := ast.StaticName(n); !ok || name == path[depth] {
				return true
			}
		}
		return false
	}
	return true
}

// touched returns the names that bindings of old (a set's) between ws and
// we bind, and those bindings of new (their new text) bind, and which of
// them new inherits; ok is false when a name is not static.
func touched(old, new []ast.Binding, ws, we token.Pos) (names, inherited []string, ok bool) {
	in := func(b ast.Binding) bool { return ws <= b.Pos() && b.End() <= we }
	ok = eachBinding(new, func(n string, b ast.Binding) {
		if _, is := b.(*ast.Inherit); is {
			inherited = append(inherited, n)
		}
		names = append(names, n)
	}) && eachBinding(old, func(n string, b ast.Binding) {
		if in(b) {
			names = append(names, n)
		}
	})
	slices.Sort(names)
	return slices.Compact(names), inherited, ok
}

// eachBinding calls f with each binding and the name it binds first;
// false when a name is not static (or a binding is broken).
func eachBinding(bindings []ast.Binding, f func(name string, b ast.Binding)) bool {
	for _, b := range bindings {
		switch b := b.(type) {
		case *ast.Attr:
			if len(b.Path) == 0 {
				return false
			}
			name, ok := ast.StaticName(b.Path[0])
			if !ok {
				return false
			}
			f(name, b)
		case *ast.Inherit:
			for _, n := range b.Names {
				name, ok := ast.StaticName(n)
				if !ok {
					return false
				}
				f(name, b)
			}
		default:
			return false
		}
	}
	return true
}

// mayDefine reports whether v, a module's config, may define the option at
// path: it does, or the analysis cannot tell (a property, an unknown value
// or a set that may have more on the way).
func mayDefine(v *Data, path ...string) bool {
	for _, name := range path {
		switch {
		case v == nil:
			return false
		case v.Kind != eval.KAttrs || v.Open || v.propType() != "":
			return true
		}
		v = v.Lookup(name)
	}
	return v != nil
}

// plainAt returns the value at path in v, a module's config, when every
// set on the way and the value are plain sets (no property), else nil.
func plainAt(v *Data, path ...string) *Data {
	plain := func(v *Data) bool { return v != nil && v.Kind == eval.KAttrs && !v.Open && v.propType() == "" }
	for _, name := range path {
		if !plain(v) {
			return nil
		}
		v = v.Lookup(name)
	}
	if !plain(v) {
		return nil
	}
	return v
}

// secretPlace is the place of the secrets of group.
func secretPlace(group string) *place {
	g := &place{parent: groupsPlace(), name: group, opt: groupOption}
	return &place{parent: g, name: "secret", opt: groupOption.child("secret")}
}

// groupsPlace is the place of the groups, flake.secrets.
func groupsPlace() *place {
	fl := &place{name: "flake", opt: flakeOption}
	return &place{parent: fl, name: "secrets", opt: flakeOption.child("secrets")}
}

// rebuild merges the secrets of g named names, each from its one
// definition in defs, at the place at, and builds and checks those that
// are defined as builder.group does; it returns them and every diagnostic
// that gave. ok is false when a computed option is set by hand (its
// message needs the whole policy).
func rebuild(g *Group, at *place, defs []def, names []string) (secrets []*Secret, diags []Diagnostic, ok bool) {
	var c mergeCtx
	var b builder
	for i, d := range defs {
		sm := c.mergeOption(secretOption, at, names[i], []def{d})
		if len(sm.defs) == 0 {
			continue // under a false mkIf: no secret
		}
		s := &Secret{rule: new(lazyRule)}
		dflt := ""
		if g.Directory.Known {
			dflt = g.Directory.S + "/" + names[i] + ".yaml"
		}
		b.secret(g, s, names[i], sm, dflt)
		b.rules.computeRecipients(g, s)
		s.misspelled = g.misspelled || sm.unknownOptions
		b.checkSecret(g, s)
		secrets = append(secrets, s)
	}
	return secrets, append(c.diags, b.diags...), len(c.readOnly) == 0
}

// fileCollisions returns the diagnostics of two secrets with one file
// (E9) that is among files, of p and of p with its group g replaced by g2:
// checkFiles of each with the other secrets left out, which neither make
// nor order those.
func fileCollisions(p *Policy, g, g2 *Group, files map[string]bool) (before, after []Diagnostic) {
	if len(files) == 0 {
		return nil, nil
	}
	copies := make([]Group, len(p.Groups)+1) // the last for g2
	among := func(i int, g *Group) *Group {
		c := &copies[i]
		*c = *g
		c.Secrets = nil
		for _, s := range g.Secrets {
			if s.File.Known && files[s.File.S] {
				c.Secrets = append(c.Secrets, s)
			}
		}
		return c
	}
	q := &Policy{Groups: make([]*Group, len(p.Groups)), Open: p.Open}
	for i, x := range p.Groups {
		q.Groups[i] = among(i, x)
	}
	var b builder
	b.checkFiles(q)
	before = b.diags
	q.Groups[slices.Index(p.Groups, g)] = among(len(p.Groups), g2)
	b = builder{}
	b.checkFiles(q)
	return before, b.diags
}

// places reports whether some span of d satisfies in.
func places(d Diagnostic, in func(Span) bool) bool {
	if in(d.Span) || slices.ContainsFunc(d.Related, func(r Related) bool { return in(r.Span) }) {
		return true
	}
	return slices.ContainsFunc(d.Fixes, func(f Fix) bool { return slices.ContainsFunc(f.Edits, func(e Edit) bool { return in(e.Span) }) })
}
