package analysis

import (
	"io/fs"
	"slices"
	"sort"

	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
	"github.com/secrets-lsp/secrets-lsp/nixparse/ast"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Beside its secrets, a group written in one set holds its recipients,
// often literally (`recipients.admins = [ { name = "alice"; age = "age1…"; } ]`),
// often in part (`{ name = "bob"; age = keys.bob; }`, `(person "carol")`).
// A key changed, a recipient added or renamed, a directory set: the edit
// changes that group only. What the edit touches, in the innermost set or
// list that holds it, is taken from its new text as the snapshotter takes
// literals, the rest as the analysis took it; the group is merged and
// built again as the full analysis merges and builds it, and what depends
// on more than the group (two secrets with one file, E9) is checked again.

// regroup returns the diagnostics of the flake in fsys when file, whose
// text analysed is base and new text src, differs only in one group's
// literals (relitGroup) or in what some groups alone depend on
// (regroupDeps, depgroup.go); ok is false when it cannot tell.
//
// relitGroup answers when file differs only inside the braces
// of a group's set that the module returns directly
// (flake.secrets.<group> = { … }, or nested sets on that path), the only
// definition of the group in the flake; when the bindings or list
// elements the edit touches in the innermost set or list of literals that
// holds it are literals in the new text (relit). Then the answer is
// exactly what Analyze would report; ok is false when it cannot tell.
func (r *Result) regroup(fsys fs.FS, file string, base *eval.Source, src []byte, m TextChange) (diags []Diagnostic, ok bool) {
	if diags, ok := r.relitGroup(fsys, file, base, src, m); ok {
		return diags, true
	}
	return r.regroupDeps(fsys, file, base, src, m)
}

// relitGroup is regroup of an edit of a group's literals (relit).
func (r *Result) relitGroup(fsys fs.FS, file string, base *eval.Source, src []byte, m TextChange) (diags []Diagnostic, ok bool) {
	x := r.policyModule(file, base, len(src))
	if x == nil {
		return nil, false
	}
	set, path, ok := policySet(x, m, 3)
	if !ok {
		return nil, false
	}
	name := path[2]
	g := r.Policy.Group(name)
	if g == nil || g.Extra != nil || r.placesInMessages(file) {
		return nil, false
	}
	mod := r.soleModule(file, [][]string{path})
	if mod == nil {
		return nil, false
	}
	groups := plainAt(mod.config[0].val, "flake", "secrets")
	before := plainAt(groups, name)
	var cost litCost
	after, lb, ok := relit(before, set, groupOption, src, m, base, resecretDepth, &cost)
	if !ok || !r.ownModule(file, len(src), cost.steps) || !r.othersHold(fsys, file) {
		return nil, false
	}

	file0, key := mod.config[0].file, groups.KeyOf(name)
	_, goneM, goneB, ok1 := rebuildGroup(name, def{val: before, file: file0, key: key})
	g2, cameM, cameB, ok2 := rebuildGroup(name, def{val: after, file: file0, key: key})
	gone, came := append(goneM, goneB...), append(cameM, cameB...)
	if !ok1 || !ok2 {
		return nil, false
	}
	// Two secrets with one file: the errors about the files of the
	// group's secrets, before or after, may change (its directory too).
	files := map[string]bool{}
	for _, s := range slices.Concat(g.Secrets, g2.Secrets) {
		if s.File.Known {
			files[s.File.S] = true
		}
	}
	was, now := fileCollisions(r.Policy, g, g2, files)
	return r.swapDiagnostics(file, m, lb, append(gone, was...), append(came, now...))
}

// relit returns d, the value the option opt took from x (a set or a list
// written in base, the text analysed), with what the change m touches
// taken from the new text src as the snapshotter takes literals (at depth
// or deeper); lb is where the text parsed apart starts in src. It goes
// down to the innermost set or list of literals that holds the change:
// there, the bindings or elements touched are parsed again, the others
// kept as the analysis took them (computed or not). ok is false when
// what is parsed again is no literal, or d is not what x gave.
func relit(d *Data, x ast.Expr, opt *option, src []byte, m TextChange, base *eval.Source, depth int, c *litCost) (_ *Data, lb token.Pos, ok bool) {
	if opt == nil || d == nil || d.O.Src != base || d.O.Start != x.Pos() || d.O.End != x.End() || d.propType() != "" {
		return nil, 0, false
	}
	var snap snapshotter
	switch x := x.(type) {
	case *ast.AttrSet:
		if x.Rec.IsValid() || d.Kind != eval.KAttrs || d.Open || len(d.Keys()) != len(d.Names()) ||
			slices.ContainsFunc(d.Names(), func(n string) bool { return n == "config" || n == "options" || isModuleAttr(n) }) {
			return nil, 0, false
		}
		if v, lb, ok := relitIn(d, x, opt, src, m, base, depth, c); ok {
			return v, lb, true
		}
		re, ok := reparse(x, src, m)
		if !ok || len(re.inherited) > 0 {
			return nil, 0, false
		}
		part := snap.litDefinition(&Data{}, eval.LiteralOf(re.set, re.src), opt, depth, c)
		if part == nil || part.Kind != eval.KAttrs || len(part.Keys()) != len(part.Names()) {
			return nil, 0, false // not a literal: evaluation decides
		}
		return replaceAttrs(d, re.names, part), re.lb, true
	case *ast.List:
		elems := d.Elems()
		if d.Kind != eval.KList || len(elems) != len(x.Elems) || (opt.typ != tListOf && opt.typ != tEnumList) || !x.Rbrack.IsValid() {
			return nil, 0, false
		}
		for k, e := range x.Elems {
			if set, ok := e.(*ast.AttrSet); ok && inside(set, m) && opt.typ == tListOf {
				v, lb, ok := relit(elems[k], set, opt.elem, src, m, base, depth+1, c)
				if !ok {
					break
				}
				elems = slices.Clone(elems)
				elems[k] = v
				return listData(d.O, elems), lb, true
			}
		}
		// The elements touched, parsed again as a list.
		ws, we, i, j := x.Lbrack+1, x.Rbrack, 0, len(x.Elems)
		for k, e := range x.Elems {
			switch {
			case e.End() <= m.Start:
				ws, i = e.End(), k+1
			case after(e, m) && j == len(x.Elems):
				we, j = e.Pos(), k
			}
		}
		nl, nsrc := parseApart(src, ws, we, m, '[', ']')
		if _, ok := nl.(*ast.List); !ok {
			return nil, 0, false
		}
		part := snap.litDefinition(&Data{}, eval.LiteralOf(nl, nsrc), opt, depth, c)
		if part == nil || part.Kind != eval.KList {
			return nil, 0, false
		}
		return listData(d.O, slices.Concat(elems[:i], part.Elems(), elems[j:])), ws - 1, true
	}
	return nil, 0, false
}

// relitIn is relit of the value of the one binding of the set x (whose
// value is d) that holds the change inside its brackets, a set or a list
// that no other binding defines part of.
func relitIn(d *Data, x *ast.AttrSet, opt *option, src []byte, m TextChange, base *eval.Source, depth int, c *litCost) (*Data, token.Pos, bool) {
	var attr *ast.Attr
	for _, b := range x.Bindings {
		if a, ok := b.(*ast.Attr); ok && a.Value != nil && inside(a.Value, m) {
			attr = a
		}
	}
	if attr == nil {
		return nil, 0, false
	}
	var path []string
	for _, n := range attr.Path {
		name, ok := ast.StaticName(n)
		if !ok {
			return nil, 0, false
		}
		path = append(path, name)
	}
	for _, b := range x.Bindings {
		if b != ast.Binding(attr) && onPath(b, path, 0) {
			return nil, 0, false
		}
	}
	// The values and options on the path.
	vals := []*Data{d}
	for _, n := range path {
		switch opt.typ {
		case tSubmodule, tNested:
			opt = opt.child(n)
		case tAttrsOf:
			opt = opt.elem
		default:
			opt = nil
		}
		v := vals[len(vals)-1]
		if opt == nil || v.Kind != eval.KAttrs || v.Open || v.propType() != "" || len(v.Keys()) != len(v.Names()) {
			return nil, 0, false
		}
		vals = append(vals, v.Lookup(n))
		depth++
	}
	v, lb, ok := relit(vals[len(vals)-1], attr.Value, opt, src, m, base, depth, c)
	if !ok {
		return nil, 0, false
	}
	for k := len(path) - 1; k >= 0; k-- {
		v = withAttr(vals[k], path[k], v)
	}
	return v, lb, true
}

// after reports whether x lies after the change m: a pure insertion at its
// start is taken as touching it, as the places of the analysis at the
// insertion stay where they are (TextChange.pos).
func after(x ast.Node, m TextChange) bool { return x.Pos() >= m.OldEnd && x.Pos() > m.Start }

// inside reports whether the change m lies inside the brackets of the
// set or list x.
func inside(x ast.Expr, m TextChange) bool {
	switch x := x.(type) {
	case *ast.AttrSet:
		return x.Rbrace.IsValid() && x.Lbrace < m.Start && m.OldEnd <= x.Rbrace
	case *ast.List:
		return x.Rbrack.IsValid() && x.Lbrack < m.Start && m.OldEnd <= x.Rbrack
	}
	return false
}

// withAttr returns the set v with its attribute name's value val.
func withAttr(v *Data, name string, val *Data) *Data {
	i := slices.Index(v.Names(), name)
	elems := slices.Clone(v.Elems())
	elems[i] = val
	return &Data{Kind: eval.KAttrs, O: v.O, more: newSetMore(elems, v.Names(), v.Keys())}
}

// replaceAttrs returns the set v with its attributes named names replaced
// by those of part (which binds some of names, or none).
func replaceAttrs(v *Data, names []string, part *Data) *Data {
	type attr struct {
		name string
		key  eval.Origin
		val  *Data
	}
	var attrs []attr
	for _, d := range []*Data{v, part} {
		for i, n := range d.Names() {
			if d == part || !slices.Contains(names, n) {
				attrs = append(attrs, attr{n, d.Keys()[i], d.Elems()[i]})
			}
		}
	}
	sort.SliceStable(attrs, func(i, j int) bool { return attrs[i].name < attrs[j].name })
	elems, ns, keys := make([]*Data, len(attrs)), make([]string, len(attrs)), make([]eval.Origin, len(attrs))
	for i, a := range attrs {
		ns[i], keys[i], elems[i] = a.name, a.key, a.val
	}
	return &Data{Kind: eval.KAttrs, O: v.O, more: newSetMore(elems, ns, keys)}
}

// rebuildGroup merges the group name from its one definition d at
// flake.secrets, and builds and checks it, as mergeGroups and
// builder.policy do; it returns the group and the diagnostics of its
// merge and of its build (the analysis reports every group's merge
// before any build). ok is false when a computed option is set by hand
// (its message needs the whole policy) or the definition is under a
// false mkIf.
func rebuildGroup(name string, d def) (g *Group, merged, built []Diagnostic, ok bool) {
	var c mergeCtx
	gm := c.mergeOption(groupOption, groupsPlace(), name, []def{d})
	if len(gm.defs) == 0 || len(c.readOnly) > 0 {
		return nil, nil, nil, false
	}
	b := builder{checker: newKeyChecker()}
	g = b.group(name, gm)
	return g, b.dropUnreached(c.diags), b.diags, true
}
