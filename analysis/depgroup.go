package analysis

import (
	"bytes"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
	"github.com/secrets-lsp/secrets-lsp/nixparse"
	"github.com/secrets-lsp/secrets-lsp/nixparse/ast"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Real policies compute their recipients (`map person [ "alice" "bob" ]`,
// lib.genAttrs, a let-bound list of admins shared by a few groups), and
// an edit there is no literal regroup can take. But a module is a let
// chain around a set, and Nix scopes are lexical: what a group's bindings
// can reach is the let bindings their text names, and what those name in
// turn. An edit inside one let binding's value, or inside the value of a
// binding that defines groups, changes those groups only: the module is
// evaluated again with every other group's bindings blanked out (same
// offsets, no cost), the groups are merged and built again, and the
// other groups keep what the analysis gave them.

// depKind is what a node of a module's text is.
type depKind uint8

const (
	letNode  depKind = iota // a binding of a let around the module's set
	withNode                // the scope of a with around it
	unitNode                // a binding that defines groups (flake.secrets.<g> = …)
	restNode                // any other binding of the module's set
)

// depNode is a binding of a module's let chain or returned set.
type depNode struct {
	kind     depKind
	pos, end token.Pos // its text: a unit not edited is blanked there
	// value is where an edit may be: a let binding's or a unit's value
	// (nil: an edit there is not followed).
	value  ast.Expr
	groups []string // unitNode: the groups it defines
	deps   []int    // the nodes its text names (let bindings, withs)
	syntax ast.Node // its binding, or a with's scope
}

// depIndexes are the nodes of a Result's module files, found on the
// first edit of each: every edit until the next analysis asks again.
type depIndexes struct {
	mu     sync.Mutex
	byFile map[string]*depIndex
}

type depIndex struct {
	once  sync.Once
	nodes []depNode
	ok    bool
	// before are the groups of the analysis built again, by name: every
	// edit until the next analysis builds the same old group.
	mu     sync.Mutex
	before map[string]rebuilt
}

// rebuilt is what rebuildGroup gave.
type rebuilt struct {
	merged, built []Diagnostic
	ok            bool
}

// rebuildBefore is rebuildGroup of the group name of the analysis, from
// its definition d, once.
func (d *depIndex) rebuildBefore(name string, def def) rebuilt {
	d.mu.Lock()
	defer d.mu.Unlock()
	b, ok := d.before[name]
	if !ok {
		_, b.merged, b.built, b.ok = rebuildGroup(name, def)
		if d.before == nil {
			d.before = map[string]rebuilt{}
		}
		d.before[name] = b
	}
	return b
}

// moduleDeps returns the index of the module file file, whose text
// analysed is base (see moduleNodes).
func (r *Result) moduleDeps(file string, base *eval.Source) *depIndex {
	r.deps.mu.Lock()
	if r.deps.byFile == nil {
		r.deps.byFile = map[string]*depIndex{}
	}
	d := r.deps.byFile[file]
	if d == nil {
		d = &depIndex{}
		r.deps.byFile[file] = d
	}
	r.deps.mu.Unlock()
	d.once.Do(func() {
		f, _ := base.Nix()
		nodes, binds, ok := moduleNodes(f)
		d.nodes, d.ok = nodes, ok && addDeps(f, nodes, binds)
	})
	return d
}

// moduleNodes returns the nodes of the module written in f, sorted by
// position, and the let nodes that bind each name of each let; ok is
// false when the module is not a let chain (with withs) around a plain
// set, which the bookkeeping does not cover.
func moduleNodes(f *ast.File) (nodes []depNode, binds map[*ast.Let]map[string][]int, ok bool) {
	if f.Expr == nil {
		return nil, nil, false
	}
	binds = map[*ast.Let]map[string][]int{}
	x := f.Expr
	if l, ok := x.(*ast.Lambda); ok {
		x = l.Body
	}
	for {
		switch e := x.(type) {
		case *ast.Let:
			binds[e] = map[string][]int{}
			for _, b := range e.Bindings {
				n := depNode{kind: letNode, pos: b.Pos(), end: b.End(), syntax: b}
				if a, ok := b.(*ast.Attr); ok {
					n.value = a.Value
				}
				if !eachBinding([]ast.Binding{b}, func(name string, _ ast.Binding) { binds[e][name] = append(binds[e][name], len(nodes)) }) {
					return nil, nil, false
				}
				nodes = append(nodes, n)
			}
			x = e.Body
		case *ast.With:
			nodes = append(nodes, depNode{kind: withNode, pos: e.Env.Pos(), end: e.Env.End(), value: e.Env, syntax: e.Env})
			x = e.Body
		case *ast.AttrSet:
			if e.Rec.IsValid() || !e.Rbrace.IsValid() {
				return nil, nil, false
			}
			return appendUnits(nodes, e, nil), binds, true
		default:
			return nil, nil, false
		}
	}
}

// addDeps records what the text of each of the nodes of the module
// written in f refers to: the let bindings (binds) and withs around the
// module's set that its variables resolve to. ok is false when Nix would
// reject a variable.
func addDeps(f *ast.File, nodes []depNode, binds map[*ast.Let]map[string][]int) bool {
	res, errs := nixparse.Resolve(f, nixparse.NixCurrent)
	if len(errs) > 0 {
		return false
	}
	var withs []int
	for i, n := range nodes {
		if n.kind == withNode {
			withs = append(withs, i)
		}
	}
	for i := range nodes {
		deps := map[int]bool{}
		refer := func(r nixparse.Ref) {
			switch {
			case r.Kind == nixparse.FromWith:
				// Any with around may give it, when evaluated.
				for _, w := range withs {
					deps[w] = true
				}
			case r.Kind == nixparse.Bound && r.Def != nil:
				// A variable bound inside the node has no entry.
				if l, ok := r.Scope.Node.(*ast.Let); ok {
					for _, j := range binds[l][r.Def.Name] {
						deps[j] = true
					}
				}
			}
		}
		ast.Inspect(nodes[i].syntax, func(x ast.Node) bool {
			switch x := x.(type) {
			case *ast.Ident:
				if r, ok := res.Refs[x]; ok {
					refer(r)
				}
			case *ast.Inherit:
				if x.From == nil {
					for _, name := range x.Names {
						if r, ok := res.Inherits[name]; ok {
							refer(r)
						}
					}
				}
			}
			return true
		})
		delete(deps, i)
		for j := range deps {
			nodes[i].deps = append(nodes[i].deps, j)
		}
		slices.Sort(nodes[i].deps)
	}
	return true
}

// appendUnits appends the nodes of the bindings of set, found at the
// attribute path prefix of the module: the bindings of flake.secrets.<g>
// are units, flake and flake.secrets written as plain sets are followed,
// everything else is rest.
func appendUnits(nodes []depNode, set *ast.AttrSet, prefix []string) []depNode {
	for _, b := range set.Bindings {
		n := depNode{kind: restNode, pos: b.Pos(), end: b.End(), syntax: b}
		switch b := b.(type) {
		case *ast.Attr:
			full, static := slices.Clone(prefix), true
			for _, a := range b.Path {
				name, ok := ast.StaticName(a)
				static = static && ok
				full = append(full, name)
			}
			inner, isSet := b.Value.(*ast.AttrSet)
			switch {
			case !static || full[0] != "flake":
			case len(full) >= 3 && full[1] == "secrets":
				n.kind, n.value, n.groups = unitNode, b.Value, full[2:3]
			case len(full) <= 2 && (len(full) == 1 || full[1] == "secrets") && isSet && !inner.Rec.IsValid() && inner.Rbrace.IsValid():
				nodes = appendUnits(nodes, inner, full)
				continue
			}
		case *ast.Inherit:
			if slices.Equal(prefix, []string{"flake", "secrets"}) {
				n.kind = unitNode
				for _, a := range b.Names {
					name, ok := ast.StaticName(a)
					if !ok {
						n.kind, n.groups = restNode, nil
						break
					}
					n.groups = append(n.groups, name)
				}
			}
		}
		nodes = append(nodes, n)
	}
	return nodes
}

// affected returns, for the change m inside the value of one node, the
// groups whose definitions may change and the index of the node; ok is
// false when the change is elsewhere or reaches what is not a group.
func affected(nodes []depNode, m TextChange) (groups []string, edited int, ok bool) {
	edited = slices.IndexFunc(nodes, func(n depNode) bool {
		return n.value != nil && n.value.Pos() <= m.Start && m.OldEnd <= n.value.End()
	})
	if edited < 0 {
		return nil, -1, false
	}
	users := make([][]int, len(nodes))
	for i, n := range nodes {
		for _, j := range n.deps {
			users[j] = append(users[j], i)
		}
	}
	seen := map[int]bool{edited: true}
	for work := []int{edited}; len(work) > 0; {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		switch nodes[i].kind {
		case restNode:
			return nil, -1, false
		case unitNode:
			for _, g := range nodes[i].groups {
				if !slices.Contains(groups, g) {
					groups = append(groups, g)
				}
			}
		}
		for _, u := range users[i] {
			if !seen[u] {
				seen[u] = true
				work = append(work, u)
			}
		}
	}
	sort.Strings(groups)
	return groups, edited, true
}

// spaces start a blanked line.
const spaces = "                                                                "

// masked returns the new text src of a module (m changed the node
// edited) with the units that define none of groups blanked, line breaks
// kept: every place of what is left stays where it is.
func masked(nodes []depNode, src []byte, m TextChange, groups []string) []byte {
	out := slices.Clone(src)
	for _, n := range nodes {
		if n.kind != unitNode || slices.ContainsFunc(n.groups, func(g string) bool { return slices.Contains(groups, g) }) {
			continue
		}
		// Line by line: IndexByte and clear are vectorised, and the text
		// is hundreds of kilobytes.
		for b := out[m.pos(n.pos):m.pos(n.end)]; len(b) > 0; {
			line := b
			if i := bytes.IndexByte(b, '\n'); i >= 0 {
				line, b = b[:i], b[i+1:]
			} else {
				b = nil
			}
			copy(line, spaces)
			for k := len(spaces); k < len(line); k *= 2 {
				copy(line[k:], line[:k])
			}
		}
	}
	return out
}

// maxKeptText is how much text of groups (bytes) is always worth
// building again: twice (before and after) half a module's groups cost
// about as much as a full analysis (a function all 40 groups of the
// generated 10,000-line policy call, changed: ~300 ms, against ~60 ms).
const maxKeptText = 32 << 10

// keptText is the length of the text of the units kept.
func keptText(nodes []depNode, kept func(depNode) bool) int {
	n := 0
	for _, u := range nodes {
		if u.kind == unitNode && kept(u) {
			n += int(u.end - u.pos)
		}
	}
	return n
}

// sameShape reports whether the nodes of the masked text are those of
// the text analysed without the units blanked, in the places of the new
// text (m changed the node edited): then the new text is the text
// analysed with that node's value changed, parsed alike.
func sameShape(old, now []depNode, kept func(depNode) bool, m TextChange, edited int) bool {
	delta := m.NewEnd - m.OldEnd
	k := 0
	for i, o := range old {
		if o.kind == unitNode && !kept(o) {
			continue
		}
		if k >= len(now) {
			return false
		}
		n := now[k]
		k++
		pos, end := m.pos(o.pos), m.pos(o.end)
		if i == edited {
			end = o.end + delta
			if n.value == nil || n.value.Pos() != o.value.Pos() || n.value.End() != o.value.End()+delta {
				return false
			}
		}
		if n.kind != o.kind || n.pos != pos || n.end != end || !slices.Equal(n.groups, o.groups) {
			return false
		}
	}
	return k == len(now)
}

// regroupDeps returns the diagnostics of the flake in fsys when file,
// whose text analysed is base and new text src, differs only inside the
// value of one let binding of its module, or of one binding that defines
// groups, and what that value reaches (through the let bindings and withs
// that name it) is groups defined by this module alone: those are
// evaluated, merged and built again, from the new text with the other
// groups' bindings blanked. The answer is then exactly what Analyze would
// report; ok is false when it cannot tell.
func (r *Result) regroupDeps(fsys fs.FS, file string, base *eval.Source, src []byte, m TextChange) (diags []Diagnostic, ok bool) {
	if r.policyModule(file, base, len(src)) == nil || r.placesInMessages(file) {
		return nil, false
	}
	index := r.moduleDeps(file, base)
	nodes := index.nodes
	if !index.ok {
		return nil, false
	}
	names, edited, ok := affected(nodes, m)
	if !ok {
		return nil, false
	}
	// A value that no longer parses (a key typed mid-token) is told apart
	// from its new text alone, before the module is masked and parsed.
	v := nodes[edited].value
	if x, _ := parseApart(src, v.Pos(), v.End(), m, '(', ')'); x == nil {
		return nil, false
	}
	paths := make([][]string, len(names))
	olds := make([]*Group, len(names))
	for i, n := range names {
		paths[i] = []string{"flake", "secrets", n}
		if olds[i] = r.Policy.Group(n); olds[i] == nil || olds[i].Extra != nil {
			return nil, false
		}
	}
	mod := r.soleModule(file, paths)
	if mod == nil || !r.othersHold(fsys, file) {
		return nil, false
	}
	before := plainAt(mod.config[0].val, "flake", "secrets")
	if len(names) > 0 && before == nil {
		return nil, false
	}

	// The module again, its other groups blanked.
	kept := func(n depNode) bool {
		return slices.ContainsFunc(n.groups, func(g string) bool { return slices.Contains(names, g) })
	}
	if keptText(nodes, kept) > max(len(src)/2, maxKeptText) {
		return nil, false // the full analysis is then quicker
	}
	text := masked(nodes, src, m, names)
	// The masked file is file's neighbour (its imports are file's) and
	// sorts among the other files where file does.
	marker := file + inNewText
	msrc := eval.NewSource(marker, text)
	mf, errs := msrc.Nix()
	if len(errs) > 0 {
		return nil, false
	}
	now, _, ok := moduleNodes(mf)
	if !ok || !sameShape(nodes, now, kept, m, edited) {
		return nil, false
	}
	after, steps, ok := r.evalMasked(fsys, marker, msrc)
	if !ok || !r.ownModule(file, len(src), steps) {
		return nil, false
	}
	after = plainAt(after, "flake", "secrets")
	if len(names) > 0 && after == nil {
		return nil, false
	}

	// The groups merged and built again, before and after, their
	// diagnostics in the order of the analysis: every merge, then every
	// build, then the checks across groups.
	var goneM, goneB, cameM, cameB []Diagnostic
	news := make([]*Group, len(names))
	files := map[string]bool{}
	file0 := mod.config[0].file
	for i, n := range names {
		b, a := before.Lookup(n), after.Lookup(n)
		if b == nil || a == nil {
			return nil, false
		}
		was := index.rebuildBefore(n, def{val: b, file: file0, key: before.KeyOf(n)})
		g2, nowM, nowB, ok := rebuildGroup(n, def{val: a, file: file0, key: after.KeyOf(n)})
		if !was.ok || !ok {
			return nil, false
		}
		news[i] = g2
		goneM, goneB, cameM, cameB = append(goneM, was.merged...), append(goneB, was.built...), append(cameM, nowM...), append(cameB, nowB...)
		for _, s := range slices.Concat(olds[i].Secrets, g2.Secrets) {
			if s.File.Known {
				files[s.File.S] = true
			}
		}
	}
	gone, came := append(goneM, goneB...), append(cameM, cameB...)
	if len(names) > 0 {
		// Two secrets with one file, across the groups: the first
		// group's old and new against the others' new ones (when there
		// are others, their old ones against the old one apart).
		q := &Policy{Groups: slices.Clone(r.Policy.Groups), Open: r.Policy.Open}
		for i := 1; i < len(names); i++ {
			q.Groups[slices.Index(q.Groups, olds[i])] = news[i]
		}
		was, now := fileCollisions(q, olds[0], news[0], files)
		if len(names) > 1 {
			was, _ = fileCollisions(r.Policy, olds[0], olds[0], files)
		}
		gone, came = append(gone, was...), append(came, now...)
	}
	mine := func(p token.Pos) bool { return private(nodes, m.old(p), kept) }
	return r.swapRuns(file, m, gone, came, marker, mine)
}

// diagKey is where the analysis sorts a diagnostic (sortDiagnostics):
// diagnostics with one key keep the order in which they were made, and
// sortedUnique drops one that repeats the one before it.
type diagKey struct {
	file     string
	start    token.Pos
	severity Severity
}

func sortKey(d Diagnostic) diagKey { return diagKey{d.File, d.Start, d.Severity} }

// swapRuns returns the analysis' diagnostics with those of the groups
// built again replaced: gone, of the text analysed, by came, of the new
// text of file (marker for file), each made in the analysis' order. It
// replaces whole runs of one key, as sortedUnique leaves them: where the
// groups alone report (mine, at a place of the new text of file) or
// nothing was reported, the analysis' run must be the groups' old one;
// elsewhere another group may report the same, and the groups' runs must
// stay as they were. ok is
// false when it cannot tell what a fresh analysis would report.
func (r *Result) swapRuns(file string, m TextChange, gone, came []Diagnostic, marker string, mine func(token.Pos) bool) ([]Diagnostic, bool) {
	now := func(s Span) Span { return m.span(file, s) }
	fromMarker := func(s Span) Span {
		if s.File == marker {
			s.File = file
		}
		return s
	}
	runs := func(ds []Diagnostic, move func(Span) Span) (map[diagKey][]Diagnostic, bool) {
		out := map[diagKey][]Diagnostic{}
		for _, d := range sortedUnique(slices.Clone(ds)) {
			if mentions(d, marker) {
				return nil, false // a place of the masked text, printed
			}
			d = shiftDiagnostic(d, move)
			out[sortKey(d)] = append(out[sortKey(d)], d)
		}
		return out, true
	}
	was, ok1 := runs(gone, now)
	will, ok2 := runs(came, fromMarker)
	if !ok1 || !ok2 {
		return nil, false
	}
	same := func(a, b []Diagnostic) bool { return slices.EqualFunc(a, b, equalDiagnostic) }
	reported := map[diagKey]bool{}
	for _, d := range r.Diagnostics {
		reported[sortKey(shiftDiagnostic(d, now))] = true
	}
	swapped := map[diagKey]bool{}
	for _, rs := range []map[diagKey][]Diagnostic{was, will} {
		for k := range rs {
			switch {
			case k.file == file && mine(k.start):
				swapped[k] = true
			case !reported[k]:
				// Nothing was reported there: nothing else reports there.
				swapped[k] = true
			case !same(was[k], will[k]):
				return nil, false
			}
		}
	}
	changed := func(s Span) bool {
		return s.File == file && (s.Start < m.OldEnd && m.Start < s.End || s.Start == m.Start)
	}
	var out []Diagnostic
	old := map[diagKey][]Diagnostic{}
	for _, d := range r.Diagnostics {
		if d.Code == CodeSyntax || d.Code == CodeModuleNotImported {
			return nil, false // what the run leaves out or places on a group
		}
		d = shiftDiagnostic(d, now)
		if k := sortKey(d); swapped[k] {
			old[k] = append(old[k], d)
			continue
		}
		if places(d, changed) {
			return nil, false // about what changed, from elsewhere
		}
		out = append(out, d)
	}
	for k := range swapped {
		if !same(old[k], was[k]) {
			return nil, false
		}
		out = append(out, will[k]...)
	}
	sortDiagnostics(out)
	return out, true
}

// mentions reports whether some text of d holds s.
func mentions(d Diagnostic, s string) bool {
	texts := []string{d.Message, d.Hint}
	for _, r := range d.Related {
		texts = append(texts, r.Message)
	}
	for _, f := range d.Fixes {
		texts = append(texts, f.Title)
		for _, e := range f.Edits {
			texts = append(texts, e.NewText)
		}
	}
	return slices.ContainsFunc(texts, func(t string) bool { return strings.Contains(t, s) })
}

// old maps an offset of the new text to the text analysed; an offset in
// the text the change put in maps to its start.
func (m TextChange) old(p token.Pos) token.Pos {
	switch {
	case p >= m.NewEnd && p > m.Start:
		return p - m.NewEnd + m.OldEnd
	case p > m.Start:
		return m.Start
	}
	return p
}

// private reports whether the offset p of the text analysed lies in a
// node of the module file whose text only the kept units reach.
func private(nodes []depNode, p token.Pos, kept func(depNode) bool) bool {
	i := slices.IndexFunc(nodes, func(n depNode) bool { return n.pos <= p && p < n.end })
	if i < 0 {
		return false
	}
	seen := map[int]bool{i: true}
	for work := []int{i}; len(work) > 0; {
		j := work[len(work)-1]
		work = work[:len(work)-1]
		if n := nodes[j]; n.kind == restNode || n.kind == unitNode && !kept(n) {
			return false
		}
		for u, n := range nodes {
			if !seen[u] && slices.Contains(n.deps, j) {
				seen[u] = true
				work = append(work, u)
			}
		}
	}
	return true
}

// evalMasked evaluates the module file marker, whose text is msrc (file
// in its folder, groups blanked), as the analysis evaluates a module that
// reads no config, with every other file as in fsys; it returns its one
// plain definition and the steps it took. ok is false when evaluation ran
// into a bound or the module is other than the analysis' kind.
func (r *Result) evalMasked(fsys fs.FS, marker string, msrc *eval.Source) (config *Data, steps int, ok bool) {
	// Read as the analysis reads (ReadOnce): the same errors for a file
	// that cannot be read.
	ov := &overlayFS{FS: eval.ReadOnce(fsys), name: marker, file: msrc.File}
	x := newExtractor(eval.Config{FS: ov, MaxSteps: r.quick.maxSteps, Root: r.root}, r.Dir)
	x.loadInputs(path.Join(r.Dir, "flake.nix"))
	u := x.moduleUnit(marker)
	mod := u.root
	if x.stopped() || u.usesConfig || u.provides || mod == nil || len(mod.errors) > 0 ||
		len(mod.config) != 1 || mod.config[0].cond != yes || mod.config[0].prioSet {
		return nil, 0, false
	}
	return mod.config[0].val, u.steps, true
}

// overlayFS is a file system as ReadOnce gives it (a FileReader), with
// one more file, name, whose text is file's.
type overlayFS struct {
	fs.FS
	name string
	file *token.File
}

// File implements eval.FileReader.
func (o *overlayFS) File(name string) (*token.File, error) {
	if name == o.name {
		return o.file, nil
	}
	return o.FS.(eval.FileReader).File(name)
}
