package analysis

import (
	"maps"
	"slices"

	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
)

// The options a flake's own modules declare beside the policy
// (options.fleet.hosts = mkOption …) form a closed tree: the module
// system rejects a definition of a name in it that no module declares
// (fleet.host), with "The option … does not exist", whenever the flake's
// config is evaluated at all (lib.modules' checkUnmatched), whatever the
// definition's conditions. What is beneath an option (its value) is its
// type's business, checked when the option is read: the evaluator merges
// the options (eval.OptionChecks) and the messages are worded here, by the
// code that words them for the policy's options.

// declTree is what the modules declare under one name: an option, or a
// set of options by name.
type declTree struct {
	option bool // an option: what is beneath it is its value
	// open: not known in full (a declaration the analysis cannot read),
	// so that any name may be declared.
	open bool
	kids map[string]*declTree
}

// openDecl is a declaration the analysis cannot read.
var openDecl = &declTree{open: true}

// maxDeclDepth bounds how deep the analysis follows nested option sets.
const maxDeclDepth = 16

// declaredOptions returns the top-level options a module's options
// declares, by name. The policy's own option flake is declared by the
// secrets-lsp module's schema, not here.
func declaredOptions(m *eval.Machine, opts *eval.Attrs) map[string]*declTree {
	out := make(map[string]*declTree, len(opts.Names))
	for i, n := range opts.Names {
		out[n] = openDecl
		if n != "flake" {
			out[n] = declared(m, m.Force(opts.Vals[i]), 0)
		}
	}
	return out
}

// declared is the tree of the declaration v.
func declared(m *eval.Machine, v eval.Value, depth int) *declTree {
	a, ok := v.(*eval.Attrs)
	if !ok || depth > maxDeclDepth {
		return openDecl
	}
	if t := a.Lookup("_type"); t != nil {
		if s, ok := forceString(m, t); ok && s == "option" {
			return &declTree{option: true}
		}
		return openDecl
	}
	d := &declTree{open: a.Open, kids: make(map[string]*declTree, len(a.Names))}
	for i, n := range a.Names {
		d.kids[n] = declared(m, m.Force(a.Vals[i]), depth+1)
	}
	return d
}

// union is what two modules' declarations of one name declare together.
// An option beside a set of options is the module system's error of its
// own; the analysis then knows nothing.
func (d *declTree) union(e *declTree) *declTree {
	switch {
	case d == nil:
		return e
	case e == nil:
		return d
	case d.open || e.open || d.option != e.option:
		return openDecl
	case d.option:
		return d
	}
	kids := maps.Clone(d.kids)
	for n, k := range e.kids {
		kids[n] = kids[n].union(k)
	}
	return &declTree{kids: kids}
}

// checkUserOptions reports the definitions in the modules' configs of
// options beside those the flake's own modules declare.
func (c *mergeCtx) checkUserOptions(configs []def) {
	if c.openTop {
		return // a module the analysis cannot see may declare them
	}
	for _, d := range configs {
		pushedDown(d, nil, func(d def, wrap []*Data) {
			for i, n := range d.val.Names() {
				if decl := c.declared[n]; decl != nil {
					c.checkDeclared([]string{n}, decl, attrDef(d, i), wrap)
				}
			}
		})
	}
}

// checkDeclared reports the definitions in d, a definition of the option
// set decl at loc, of options that decl does not have; wrap are the mkIf
// and mkOverride around d (outermost first), which its message shows
// around the value.
func (c *mergeCtx) checkDeclared(loc []string, decl *declTree, d def, wrap []*Data) {
	if decl.option || decl.open {
		return
	}
	pushedDown(d, wrap, func(d def, wrap []*Data) {
		for i, n := range d.val.Names() {
			if kid := decl.kids[n]; kid != nil {
				c.checkDeclared(appendLoc(loc, n), kid, attrDef(d, i), wrap)
				continue
			}
			shown := attrDef(d, i)
			for j := len(wrap) - 1; j >= 0; j-- {
				shown.val = withContent(wrap[j], shown.val)
			}
			c.noSuchOption(loc, n, shown, slices.Collect(maps.Keys(decl.kids)))
		}
	})
}

// pushedDown calls fn with each set in the definition d of a set of
// options, as the module system pushes mkMerge, mkIf and mkOverride down
// to the names (lib.modules.pushDownProperties): names count whatever
// their conditions, and wrap grows by the mkIf and mkOverride around
// them. mkOrder is not pushed down (the analysis does not follow it), nor
// is what is not known.
func pushedDown(d def, wrap []*Data, fn func(d def, wrap []*Data)) {
	v := d.val
	switch v.propType() {
	case "merge":
		if l := v.Lookup("contents"); l != nil && l.Kind == eval.KList {
			for _, e := range l.Elems() {
				pushedDown(def{val: e, file: d.file, key: d.key}, wrap, fn)
			}
		}
	case "if", "override":
		if content := v.Lookup("content"); content != nil {
			pushedDown(def{val: content, file: d.file, key: d.key}, append(wrap[:len(wrap):len(wrap)], v), fn)
		}
	case "":
		if v.Kind == eval.KAttrs {
			fn(d, wrap)
		}
	}
}

// withContent is the property p (mkIf, mkOverride) around content instead
// of its own.
func withContent(p, content *Data) *Data {
	m := *p.more
	m.elems = slices.Clone(m.elems)
	for i, n := range m.names {
		if n == "content" {
			m.elems[i] = content
		}
	}
	out := *p
	out.more = &m
	return &out
}

// optionChecks are the checks of the options of the flake's own modules
// (and of perSystem's), worded as for the policy's options; complete:
// every definition is known.
func (x *extractor) optionChecks(complete bool) eval.OptionChecks {
	return eval.OptionChecks{NotOfType: x.notOfType, Neither: x.neither, Conflict: x.conflict, NoSuchOption: x.noSuchOption,
		Unique: x.notUnique, CannotMerge: x.cannotMerge, ReadOnly: x.readOnlyTwice, Complete: complete}
}

// notOfType words the error for definitions of a flake's own option that
// are not of its type (eval.OptionChecks) as for the policy's options.
func (x *extractor) notOfType(loc []string, desc string, v2 bool, invalid []eval.Def) string {
	return notOfTypeMessage(loc, desc, v2, x.defsData(invalid))
}

// neither words the error for definitions of a flake's own option of
// type types.either that neither of its types accepts in full
// (eval.OptionChecks): every definition is shown.
func (x *extractor) neither(loc []string, desc, left, right string, defs []eval.Def) string {
	msg := "A definition for option `" + showOption(loc) + "' is not of type `" + desc + "'. TypeError: The option `" +
		showOption(loc) + "` is neither a value of type `" + left + "` nor `" + right + "`, Definition values:"
	for _, d := range defs {
		dd := x.defData(d)
		msg += showDef(dd.file, dd.val)
	}
	return msg
}

// conflict words the error for two differing definitions of a flake's own
// option (eval.OptionChecks.Conflict) as for the policy's options.
func (x *extractor) conflict(loc []string, first, other eval.Def) string {
	return conflictMessage(loc, x.defsData([]eval.Def{first, other}))
}

// notUnique words the error for several definitions of a flake's own
// option of a unique type (eval.OptionChecks.Unique).
func (x *extractor) notUnique(loc []string, message string, defs []eval.Def) string {
	return uniqueMessage(loc, message, x.defsData(defs))
}

// cannotMerge words the error for definitions of a flake's own option
// without a type that do not combine (eval.OptionChecks.CannotMerge).
func (x *extractor) cannotMerge(loc []string, defs []eval.Def) string {
	return cannotMergeMessage(loc, x.defsData(defs))
}

// readOnlyTwice words the error for a flake's own option declared
// readOnly and defined more than once (eval.OptionChecks.ReadOnly).
func (x *extractor) readOnlyTwice(loc []string, defs []eval.Def) string {
	return readOnlyMessage(loc, x.defsData(defs))
}

// defsData is defData of each of defs.
func (x *extractor) defsData(defs []eval.Def) []def {
	out := make([]def, len(defs))
	for i, d := range defs {
		out[i] = x.defData(d)
	}
	return out
}

// noSuchOption words the error for a definition of an option a submodule
// of the flake's own options does not declare (eval.OptionChecks).
func (x *extractor) noSuchOption(loc []string, name string, d eval.Def, candidates []string) string {
	msg, _ := noSuchOptionMessage(loc, name, x.defData(d), candidates)
	return msg
}

// defData is the definition d taken out of the evaluator, for a message.
func (x *extractor) defData(d eval.Def) def {
	return def{val: x.snap.value(x.m.Force(d.T), 0), file: d.File}
}

// definitionsSeen reports whether the analysis sees every definition the
// modules make at the top level: no module it cannot follow or that fails,
// no alias forwarding definitions, no config only partly known.
func definitionsSeen(order []*module) bool {
	for _, m := range order {
		if m.unseen || len(m.aliases) > 0 || len(m.errors) > 0 {
			return false
		}
		for _, d := range m.config {
			if !knownSet(d.val, 0) {
				return false
			}
		}
	}
	return true
}

// knownSet reports whether a module's config d is a set whose names are
// all known, under mkMerge, mkIf, mkOverride and mkOrder.
func knownSet(d *Data, depth int) bool {
	if depth > 32 {
		return false
	}
	switch d.propType() {
	case "merge":
		l := d.Lookup("contents")
		if l == nil || l.Kind != eval.KList {
			return false
		}
		for _, e := range l.Elems() {
			if !knownSet(e, depth+1) {
				return false
			}
		}
		return true
	case "if", "override", "order":
		c := d.Lookup("content")
		return c != nil && knownSet(c, depth+1)
	}
	return d.Kind == eval.KAttrs && !d.Open
}
