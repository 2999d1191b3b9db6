package analysis

import (
	"io/fs"
	"slices"
	"sort"

	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
)

// Beside its secrets, a group written in one set holds its recipients,
// often literally (`recipients.admins = [ { name = "alice"; age = "age1…"; } ]`).
// A key changed, a recipient added or renamed, a directory set: the edit
// changes that group only. Its attributes whose bindings the edit touches
// are taken from their new text, the others as the analysis took them,
// and the group is merged and built again as the full analysis merges and
// builds it; what depends on more than the group (two secrets with one
// file, E9) is checked again.

// regroup returns the diagnostics of the flake in fsys when file, whose
// text analysed is base and new text src, differs only inside the braces
// of a group's set that the module returns directly
// (flake.secrets.<group> = { … }, or nested sets on that path), the only
// definition of the group in the flake; when the group's attributes whose
// bindings differ are literals in the new text. Then the answer is
// exactly what Analyze would report; ok is false when it cannot tell.
func (r *Result) regroup(fsys fs.FS, file string, base *eval.Source, src []byte, m TextChange) (diags []Diagnostic, ok bool) {
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
	re, ok := reparse(set, src, m)
	if !ok || len(re.inherited) > 0 {
		return nil, false
	}
	mod := r.soleModule(file, [][]string{path})
	if mod == nil {
		return nil, false
	}
	groups := plainAt(mod.config[0].val, "flake", "secrets")
	before := plainAt(groups, name)
	if before == nil || len(before.Keys()) != len(before.Names()) {
		return nil, false
	}

	// The attributes touched, from the new text as the snapshot takes a
	// literal group (a shorthand submodule: the set is its config).
	var snap snapshotter
	var cost litCost
	part := snap.litDefinition(&Data{}, eval.LiteralOf(re.set, re.src), groupOption, resecretDepth, &cost)
	if part == nil || part.Kind != eval.KAttrs || len(part.Keys()) != len(part.Names()) {
		return nil, false // not a literal: evaluation decides
	}
	if !r.ownModule(file, len(src), cost.steps) || !r.othersHold(fsys, file) {
		return nil, false
	}
	after := replaceAttrs(before, re.names, part)

	file0, key := mod.config[0].file, groups.KeyOf(name)
	_, gone, ok1 := rebuildGroup(name, def{val: before, file: file0, key: key})
	g2, came, ok2 := rebuildGroup(name, def{val: after, file: file0, key: key})
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
	return r.swapDiagnostics(file, m, re.lb, append(gone, was...), append(came, now...))
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
// builder.policy do; it returns the group and every diagnostic that gave.
// ok is false when a computed option is set by hand (its message needs
// the whole policy) or the definition is under a false mkIf.
func rebuildGroup(name string, d def) (g *Group, diags []Diagnostic, ok bool) {
	var c mergeCtx
	gm := c.mergeOption(groupOption, groupsPlace(), name, []def{d})
	if len(gm.defs) == 0 || len(c.readOnly) > 0 {
		return nil, nil, false
	}
	b := builder{checker: newKeyChecker()}
	g = b.group(name, gm)
	return g, append(c.diags, b.diags...), true
}
