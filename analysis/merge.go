package analysis

import (
	"cmp"
	"fmt"
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
	"github.com/secrets-lsp/secrets-lsp/internal/editdist"
)

// This file reproduces the part of nixpkgs' module system (lib/modules.nix,
// lib/types.nix) that flake.secrets goes through: properties (mkIf,
// mkMerge, mkOverride, mkOrder) and their push-down, priorities, order,
// the merge of each option type, and the module system's own errors. The
// options are the module's (nix/flake-module.nix), declared in schema
// below.

// optType is the type of an option, as far as merging is concerned.
type optType uint8

const (
	tSubmodule optType = iota // types.submodule: options of its own
	tNested                   // a set of options that is not an option (recipients)
	tAttrsOf                  // types.attrsOf elem
	tListOf                   // types.listOf elem
	tStr                      // types.str
	tKeys                     // types.coercedTo types.str lib.singleton (types.listOf types.str)
	tEnumList                 // types.listOf (types.enum …): the names are checked later
	tRaw                      // a read-only computed option
	tIgnored                  // an option the analysis does not follow (perSystem, systems, …)
)

// option declares one option of the schema.
type option struct {
	name     string
	typ      optType
	elem     *option
	children []*option // sorted by name
	readOnly bool
	desc     string // the type's description in messages
	// shorthand: a definition is the submodule's config (types.submodule);
	// otherwise it is a module that may have config, options, imports.
	shorthand bool
	// freeform: attributes that are no option are allowed (and ignored).
	freeform bool
	// plainMerge are what merging gives an option of a simple type
	// without definition, or with only the module's (a computed one),
	// certain and uncertain (see plain).
	plainMerge [4]*merged
	// dflt is the kind of default the module declares for it.
	dflt defaultKind
	// plainKids are, for a submodule or option set, the kids of a merge
	// defining none of its options, certain and uncertain: the merge each
	// option shares (see plain), or nil for one that holds options, which
	// gets a merge of its own (bit i of ownKids). mergeChildren starts
	// from them, and looks only at the options defined.
	plainKids [2][]*merged
	ownKids   uint32
	// branchKids: bit i is set when children[i] holds options (not leaf).
	branchKids uint32
}

// defaultKind is what an option's default is: lib.modules makes it one more
// definition, at mkOptionDefault's priority.
type defaultKind uint8

const (
	noDefault    defaultKind = iota
	emptyDflt                // [ ] or { }: adds nothing beside other definitions
	allAdmins                // a secret's admins: every admin of its group
	groupDir                 // a group's directory: "secrets/<group>"
	computedDflt             // computed from other options (a secret's file)
)

// The indexes of option.plainMerge.
const (
	plainNone      = 0 // no definition
	plainComputed  = 1 // the module's computed value only
	plainUncertain = 2 // added to the others
)

// plain returns what merging defs gives when opt is of a simple type and
// defs are none or the module's computed value only, or nil. Its result is
// shared: never changed, and without a place (it has no definition a
// message could be about).
func (o *option) plain(defs []def, uncertain bool) *merged {
	var k int
	switch {
	case o.plainMerge[0] == nil:
		return nil
	case len(defs) == 0:
		k = plainNone
	case len(defs) == 1 && defs[0] == computedDef:
		k = plainComputed
	default:
		return nil
	}
	if uncertain {
		k += plainUncertain
	}
	return o.plainMerge[k]
}

// kind is the index into option.plainMerge r would have without its
// uncertainty.
func (r *merged) kind() int {
	if len(r.defs) > 0 {
		return plainComputed
	}
	return plainNone
}

// setPlainMerges makes the shared merges of the options of simple types
// among opt and the options in it.
func setPlainMerges(opt *option) {
	switch opt.typ {
	case tSubmodule, tNested:
		for _, ch := range opt.children {
			setPlainMerges(ch)
		}
		setPlainKids(opt)
		return
	case tAttrsOf, tListOf:
		setPlainMerges(opt.elem)
	}
	if opt.plainMerge[0] != nil {
		return
	}
	var c mergeCtx
	for k := range opt.plainMerge {
		var raw []def
		if k%plainUncertain == plainComputed {
			raw = []def{computedDef}
		}
		r := &merged{}
		c.mergeInto(r, opt, nil, raw)
		if k >= plainUncertain {
			r.setUncertain()
		}
		r.at = nil
		opt.plainMerge[k] = r
	}
}

// setPlainKids sets opt.plainKids and the masks beside it, once its
// options have their shared merges. The module's own definition of a
// computed option is there for a submodule's (not for flake's: see
// mergeChildren).
func setPlainKids(opt *option) {
	computed := opt != flakeOption
	for u := range opt.plainKids {
		kids := make([]*merged, len(opt.children))
		for i, ch := range opt.children {
			k := plainNone
			if computed && ch.readOnly {
				k = plainComputed
			}
			kids[i] = ch.plainMerge[k+u*plainUncertain]
		}
		opt.plainKids[u] = kids
	}
	for i, ch := range opt.children {
		if ch.plainMerge[0] == nil {
			opt.ownKids |= 1 << i
		}
		if !ch.leaf() {
			opt.branchKids |= 1 << i
		}
	}
}

func init() { setPlainMerges(moduleOption) }

// leaf reports whether the option holds no options (nor submodules).
func (o *option) leaf() bool {
	switch o.typ {
	case tSubmodule, tNested, tAttrsOf, tListOf:
		return false
	}
	return true
}

func (o *option) child(name string) *option {
	if i := o.childIndex(name); i >= 0 {
		return o.children[i]
	}
	return nil
}

// childIndex is the index of the option name in o.children, or -1. (The
// names of a submodule differ in length mostly: comparing for equality
// rarely compares bytes, unlike an ordered search.)
func (o *option) childIndex(name string) int {
	for i, c := range o.children {
		if c.name == name {
			return i
		}
	}
	return -1
}

func submodule(name string, shorthand bool, children ...*option) *option {
	if !hasChild(children, "_module") {
		children = append(children, ignored("_module")) // every submodule has _module (args, check, …)
	}
	sort.Slice(children, func(i, j int) bool { return children[i].name < children[j].name })
	return &option{name: name, typ: tSubmodule, children: children, desc: "submodule", shorthand: shorthand}
}

func keysOption(name string) *option {
	return &option{name: name, typ: tKeys, desc: "(list of string) or string convertible to it", dflt: emptyDflt}
}

// The options of nix/flake-module.nix.
var (
	recipientOption = submodule("", true,
		&option{name: "name", typ: tStr, desc: "string"},
		keysOption("key"), keysOption("age"), keysOption("pgp"), keysOption("kms"),
		keysOption("gcpKms"), keysOption("azureKeyvault"), keysOption("hcVaultTransit"))
	secretOption = submodule("", true,
		&option{name: "admins", typ: tEnumList, dflt: allAdmins},
		&option{name: "targets", typ: tEnumList, dflt: emptyDflt},
		&option{name: "file", typ: tStr, desc: "string", dflt: computedDflt},
		&option{name: "_recipients", typ: tRaw, readOnly: true, desc: "list of (attribute set)"},
		&option{name: "_creationRule", typ: tRaw, readOnly: true, desc: "string"})
	groupOption = submodule("", true,
		&option{name: "recipients", typ: tNested, children: []*option{
			{name: "admins", typ: tListOf, elem: recipientOption, desc: "list of (submodule)", dflt: emptyDflt},
			{name: "targets", typ: tListOf, elem: recipientOption, desc: "list of (submodule)", dflt: emptyDflt},
		}},
		&option{name: "directory", typ: tStr, desc: "string", dflt: groupDir},
		&option{name: "secret", typ: tAttrsOf, elem: secretOption, desc: "attribute set of (submodule)", dflt: emptyDflt})
	// flakeOption is flake-parts' `flake`: an open submodule (freeform), of
	// which the analysis follows two options.
	flakeOption = &option{name: "flake", typ: tSubmodule, freeform: true, children: []*option{
		{name: "secrets", typ: tAttrsOf, elem: groupOption, desc: "attribute set of (submodule)"},
		{name: "sopsYaml", typ: tRaw, readOnly: true, desc: "string"},
	}}
	// moduleOption is a flake-parts module's config: the analysis follows
	// its option flake; flake-parts' other options (lib.evalFlakeModule's
	// attrNames options) are known but not followed.
	moduleOption = submodule("", false, flakeOption,
		ignored("_module"), ignored("allSystems"), ignored("debug"), ignored("perInput"),
		ignored("perSystem"), ignored("processedFlake"), ignored("systems"), ignored("transposition"))
)

func ignored(name string) *option { return &option{name: name, typ: tIgnored} }

func hasChild(children []*option, name string) bool {
	for _, c := range children {
		if c.name == name {
			return true
		}
	}
	return false
}

// tri is a truth value that may be unknown.
type tri uint8

const (
	yes tri = iota
	maybe
)

// def is one definition of an option: a value, the module it comes from
// (its file as messages name it) and the properties met on the way.
type def struct {
	val     *Data
	file    string      // the module's file, relative to the flake root
	key     eval.Origin // where the attribute holding the definition was written
	prio    int
	cond    tri  // maybe: under an mkIf whose condition is unknown
	prioSet bool // prio comes from an mkOverride pushed down from above
	// asIs: val is no property (mergeDefinitions found it final as it is),
	// so that what merges it next need not look again.
	asIs bool
}

// merged is what merging an option's definitions gave. There is one per
// option defined, tens of thousands in a large policy: what can be derived
// from the definitions (the keys of tKeys, the definitions of a list that
// are no list) is, when asked for.
type merged struct {
	opt  *option
	at   *place // where the option is
	defs []def  // final definitions: highest priority, sorted by order
	// kids are the options of a tSubmodule or tNested, in opt.children's
	// order, or the elements of a tAttrsOf, in name order (elemName).
	kids  []*merged
	items []listItem // tListOf, tEnumList
	// extra are the values of options type extensions add (nil when
	// neither defined nor defaulted).
	extra map[string]*Data
	// uncertain: definitions the analysis cannot see (an unknown value, an
	// unknown mkIf condition or priority) may change the result.
	uncertain bool
	// unknownOptions: a definition sets an option that does not exist
	// (likely a misspelled one, whose value is then missing).
	unknownOptions bool
	// typeErrors: a definition of the wrong type was reported (and left out).
	typeErrors bool
	// withDefault: the definitions are merged beside the option's default
	// (allAdmins), both at mkOptionDefault's priority.
	withDefault bool
}

// elemName is the name of element i of a tAttrsOf.
func (r *merged) elemName(i int) string { return r.kids[i].at.name }

// keyStrings yields the keys of a tKeys option: its definitions that are
// strings and the strings in those that are lists (mergeKeys reports the
// others).
func (r *merged) keyStrings(yield func(*Data) bool) {
	for _, d := range r.defs {
		switch d.val.Kind {
		case eval.KString:
			if !yield(d.val) {
				return
			}
		case eval.KList:
			for _, e := range d.val.Elems() {
				if e.Kind == eval.KString && !yield(e) {
					return
				}
			}
		}
	}
}

// notLists are the definitions of a list option that are neither lists
// nor unknown.
func (r *merged) notLists() []def {
	var out []def
	for _, d := range r.defs {
		if k := d.val.Kind; k != eval.KList && k != eval.KUnknown {
			out = append(out, d)
		}
	}
	return out
}

// readOnlyDefs are the definitions of a computed option also set by hand.
type readOnlyDefs struct {
	at  *place
	raw []def // before properties were applied
}

// place is where an option is: its name in the option it is in. It is
// kept apart from merged so that what refers to a place (an OptionRef, a
// Recipient) does not keep a whole merge alive.
type place struct {
	parent *place
	name   string
	opt    *option
	// entry is N and M of an element of a list, whose name is
	// "[definition N-entry M]" (made when a message needs it).
	entry [2]int32
}

// label is the place's name.
func (p *place) label() string {
	if p.entry[0] > 0 {
		return entryName(int(p.entry[0]), int(p.entry[1]))
	}
	return p.name
}

// loc is the option's path.
func (p *place) loc() []string {
	n := 0
	for x := p; x != nil; x = x.parent {
		n++
	}
	loc := make([]string, n)
	for x := p; x != nil; x = x.parent {
		n--
		loc[n] = x.label()
	}
	return loc
}

// loc is the option's path.
func (r *merged) loc() []string { return r.at.loc() }

// child returns the merged option name of a submodule or option set.
func (r *merged) child(name string) *merged {
	if i := r.opt.childIndex(name); i >= 0 {
		return r.kids[i]
	}
	return nil
}

// defined reports whether the option has a definition (else its default).
func (r *merged) defined() bool { return r != nil && len(r.defs) > 0 }

// listItem is one element of a list option.
type listItem struct {
	n, m int32  // "[definition N-entry M]"
	file string // of the definition
	val  *Data
	sub  *merged // the element's submodule, for lists of submodules
}

// mergeCtx collects the module system's errors.
type mergeCtx struct {
	// groups, if not nil, keeps each group's merge between analyses.
	groups *groupCache
	// declared are the top-level options the flake's own modules declare;
	// openTop: some module the analysis cannot see may declare others.
	declared map[string]*declTree
	openTop  bool
	// above: an option the one being merged is in is uncertain (which
	// makes it so once merged).
	above bool
	// typeDefs are the definitions modules add to every group or secret
	// by extending their types; they come first, as the type's own module.
	typeDefs map[*option][]def
	// extraOptions are the options type extensions add (no unknown-option
	// error for them); opaque: an extension's definitions depend on each
	// group's or secret's config, so those are uncertain.
	extraOptions map[*option]map[string]bool
	extraDefault map[*option]map[string]*Data
	opaque       map[*option]bool
	perItem      map[*option][]func(name string, cfg eval.Value) []def
	extSig       string // extensionsSig, once computed
	diags        []Diagnostic
	// readOnly are the computed options also set by hand; their message
	// shows the computed value, known only once the policy is computed.
	readOnly []readOnlyDefs
	// options are the places where option names are written: those of
	// groups in chunks (kept with the group between analyses), the others.
	optionChunks [][]OptionRef
	options      []OptionRef
	// pushed and pieces are scratch space of mergeChildren and
	// mergeAttrsOf, free again before they merge what they grouped.
	pushed []def
	pieces []piece
	// elem is mergeList's scratch definition of an element it keeps no
	// merge of (a local array would escape, one allocation per list).
	elem [1]def
	// The many small arrays of merge nodes, of their kids, definitions,
	// list items and the places of options without options come from
	// slabs: they are garbage once the policy is built. (Other places are
	// not: what refers to one keeps its array.)
	nodes      slab[merged]
	kidPtrs    slab[*merged]
	defArrs    slab[def]
	items      slab[listItem]
	leafPlaces slab[place]
}

// allOptions returns every OptionRef, in chunks.
func (c *mergeCtx) allOptions() [][]OptionRef { return append(c.optionChunks, c.options) }

// OptionRef is a place where an option's name is written
// (recipients.admins = …, agee = …).
type OptionRef struct {
	Span Span
	// Name is the option's last name; Known is false for an option that
	// does not exist.
	Name  string
	Known bool
	in    *place // the options it is written in
}

// Path is the option as messages show it
// (flake.secrets.prod.recipients.admins).
func (o *OptionRef) Path() string { return showOption(appendLoc(o.in.loc(), o.Name)) }

// Siblings are the options that exist where this one is written.
func (o *OptionRef) Siblings() []string {
	var out []string
	for _, c := range o.in.opt.children {
		if c.typ != tIgnored {
			out = append(out, c.name)
		}
	}
	return out
}

// entryName is how the module system names an element of a list option.
func entryName(n, m int) string {
	return "[definition " + strconv.Itoa(n) + "-entry " + strconv.Itoa(m) + "]"
}

// policyModuleFile is how messages name the flake-parts module's file.
const policyModuleFile = "<secrets-lsp>/nix/flake-module.nix"

// computedValue stands for the value the module itself gives a computed
// option, in the definitions of that option.
var computedValue = &Data{Kind: eval.KUnknown, Str: "computed by the module"}

func (c *mergeCtx) errorAt(o eval.Origin, code, msg string) *Diagnostic {
	c.diags = append(c.diags, Diagnostic{Span: spanOf(o), Severity: SeverityError, Code: code, Message: msg})
	return &c.diags[len(c.diags)-1]
}

// evalFailure reports a certain evaluation failure met in a definition.
func (c *mergeCtx) evalFailure(d *Data) {
	if err := d.Err(); err != nil {
		c.diags = append(c.diags, failureDiagnostics(err)...)
	}
}

// discharge expands mkMerge and mkIf (lib.modules.dischargeProperties).
func (c *mergeCtx) discharge(d def, out []def) ([]def, bool) {
	uncertain := false
	switch d.val.propType() {
	case "merge":
		contents := d.val.Lookup("contents")
		if contents == nil || contents.Kind != eval.KList {
			switch {
			case contents == nil:
			case contents.Kind == eval.KUnknown:
				c.evalFailure(contents)
			default: // lib.modules' concatMap over it fails
				c.errorAt(d.val.O, CodeEval, "value is "+contents.Kind.Article()+" while a list was expected")
			}
			return append(out, def{val: unknownData(d.val.O, "mkMerge of unknown"), file: d.file, key: d.key, cond: maybe}), true
		}
		for _, e := range contents.Elems() {
			var u bool
			out, u = c.discharge(def{val: e, file: d.file, key: d.key, cond: d.cond, prio: d.prio, prioSet: d.prioSet}, out)
			uncertain = uncertain || u
		}
		return out, uncertain
	case "if":
		cond := d.val.Lookup("condition")
		content := d.val.Lookup("content")
		if content == nil {
			return out, true
		}
		next := def{val: content, file: d.file, key: d.key, cond: d.cond, prio: d.prio, prioSet: d.prioSet}
		switch {
		case cond != nil && cond.Kind == eval.KBool && !cond.Bool:
			return out, false
		case cond != nil && cond.Kind == eval.KBool:
		default:
			switch {
			case cond == nil:
			case cond.Kind == eval.KUnknown:
				c.evalFailure(cond)
			default:
				c.errorAt(cond.O, CodeEval, "‘mkIf’ called with a non-Boolean condition")
			}
			next.cond = maybe
		}
		return c.discharge(next, out)
	case fileProp:
		return c.discharge(inFile(d), out)
	}
	return append(out, d), c.unknown(d.val) || uncertain
}

// unknown reports whether the value of a definition is unknown, and the
// certain failure it stands for.
func (c *mergeCtx) unknown(v *Data) bool {
	if v.Kind != eval.KUnknown {
		return false
	}
	c.evalFailure(v)
	return true
}

// mergeDefinitions applies properties to the definitions of one option:
// mkMerge and mkIf, then priorities, then order (lib.modules.mergeDefinitions).
func (c *mergeCtx) mergeDefinitions(raw []def) ([]def, bool) {
	// Most options have one definition without properties. It is final as
	// it is (raw, always made by the merge for this option, is changed in
	// place: a raw definition's prio counts only when prioSet).
	if len(raw) == 1 && raw[0].cond == yes && (raw[0].asIs || raw[0].val.propType() == "") {
		d := &raw[0]
		if !d.prioSet {
			d.prio = eval.PrioNormal
		}
		d.asIs = true
		return raw[:1:1], c.unknown(d.val)
	}
	var ds []def
	uncertain := false
	for _, d := range raw {
		var u bool
		ds, u = c.discharge(d, ds)
		uncertain = uncertain || u
	}
	best := 1 << 30
	for i := range ds {
		d := &ds[i]
		if !d.prioSet {
			d.prio = eval.PrioNormal
		}
		if d.val.propType() == "override" {
			if !d.prioSet {
				p := d.val.Lookup("priority")
				if p != nil && p.Kind == eval.KInt {
					d.prio = int(p.Int)
				} else {
					uncertain = true
				}
			}
			if content := d.val.Lookup("content"); content != nil {
				d.val = content
			}
		}
		best = min(best, d.prio)
	}
	final := ds[:0:0]
	for _, d := range ds {
		if d.prio == best {
			final = append(final, d)
		}
	}
	// A final definition under an unknown condition keeps it (maybeDef)
	// for the merges of what it defines: only what it reaches is
	// uncertain. Unless it may be what drops the others, of lower
	// priority: then all is.
	if len(final) < len(ds) && !slices.ContainsFunc(final, certainDef) {
		uncertain = true
	}
	var orders []int // of final, once a definition has an mkOrder
	for i := range final {
		d := &final[i]
		if d.val.propType() != "order" {
			continue
		}
		if orders == nil {
			orders = make([]int, len(final))
			for j := range orders {
				orders[j] = eval.OrderDefault
			}
		}
		if p := d.val.Lookup("priority"); p != nil && p.Kind == eval.KInt {
			orders[i] = int(p.Int)
		} else {
			uncertain = true
		}
		if content := d.val.Lookup("content"); content != nil {
			d.val = content
		}
	}
	if orders != nil {
		sortByOrder(final, orders)
	}
	return final, uncertain
}

func certainDef(d def) bool { return d.cond == yes }

func maybeDef(d def) bool { return d.cond == maybe }

// sortByOrder sorts ds stably by their orders. Definitions do not keep
// theirs: only this sort needs them.
func sortByOrder(ds []def, orders []int) {
	type ordered struct {
		order int
		d     def
	}
	byOrder := make([]ordered, len(ds))
	for i, d := range ds {
		byOrder[i] = ordered{orders[i], d}
	}
	slices.SortStableFunc(byOrder, func(a, b ordered) int { return cmp.Compare(a.order, b.order) })
	for i := range byOrder {
		ds[i] = byOrder[i].d
	}
}

// pushDown distributes mkMerge, mkIf and mkOverride over the attributes of
// a module's config (lib.modules.pushDownProperties).
func (c *mergeCtx) pushDown(d def, out []def) []def {
	if d.asIs {
		return append(out, d)
	}
	switch d.val.propType() {
	case "merge":
		contents := d.val.Lookup("contents")
		if contents == nil || contents.Kind != eval.KList {
			return append(out, def{val: unknownData(d.val.O, "mkMerge of unknown"), file: d.file, key: d.key, cond: maybe})
		}
		for _, e := range contents.Elems() {
			out = c.pushDown(def{val: e, file: d.file, key: d.key, cond: d.cond, prio: d.prio, prioSet: d.prioSet}, out)
		}
		return out
	case "if":
		cond := d.val.Lookup("condition")
		content := d.val.Lookup("content")
		if content == nil {
			return out
		}
		next := def{val: content, file: d.file, key: d.key, cond: d.cond, prio: d.prio, prioSet: d.prioSet}
		if cond != nil && cond.Kind == eval.KBool {
			if !cond.Bool {
				return out
			}
			return c.pushDown(next, out)
		}
		// As lib.modules does, the mkIf goes around each attribute: the
		// condition is evaluated, and its failure reported, by merging an
		// option defined there (discharge), and only then.
		start := len(out)
		out = c.pushDown(next, out)
		for i := start; i < len(out); i++ {
			out[i] = ifAround(d.val, out[i])
		}
		return out
	case "override":
		content := d.val.Lookup("content")
		if content == nil {
			return out
		}
		next := def{val: content, file: d.file, key: d.key, cond: d.cond, prio: d.prio, prioSet: d.prioSet}
		if !d.prioSet {
			if p := d.val.Lookup("priority"); p != nil && p.Kind == eval.KInt {
				next.prio, next.prioSet = int(p.Int), true
			}
		}
		return c.pushDown(next, out)
	case fileProp:
		return c.pushDown(inFile(d), out)
	}
	return append(out, d)
}

// ifAround is the definition d, pushed down out of the mkIf p, with p
// around each of its attributes (what is not a set stays under a
// condition that may not hold).
func ifAround(p *Data, d def) def {
	v := d.val
	if v.Kind != eval.KAttrs || v.propType() != "" {
		d.cond = maybe
		return d
	}
	elems := make([]*Data, len(v.Elems()))
	for i, e := range v.Elems() {
		elems[i] = withContent(p, e)
	}
	d.val = &Data{Kind: eval.KAttrs, O: v.O, Open: v.Open, more: newSetMore(elems, v.Names(), v.Keys())}
	return d
}

// inFile is the content of the definition d, a fileData, from its file.
func inFile(d def) def {
	next := d
	next.val = d.val.Lookup("content")
	if f := d.val.Lookup("file"); f != nil && f.Kind == eval.KString {
		next.file = f.Str
	}
	return next
}

// attrDef is the definition of attribute name inside the set definition d.
func attrDef(d def, i int) def {
	return def{val: d.val.more.elems[i], file: d.file, key: d.val.more.keys[i], cond: d.cond, prio: d.prio, prioSet: d.prioSet}
}

// mergeOption merges the raw definitions of the option opt at name in
// parent. raw is the merge's own: it may be changed.
func (c *mergeCtx) mergeOption(opt *option, parent *place, name string, raw []def) *merged {
	r := &merged{}
	c.mergeInto(r, opt, &place{parent: parent, name: name, opt: opt}, raw)
	return r
}

// mergeInto is mergeOption into r, at the place at. It returns how many
// errors c has once r's own definitions are discharged: those after are
// about what they define, which Nix merges only if r is there.
func (c *mergeCtx) mergeInto(r *merged, opt *option, at *place, raw []def) (discharged int) {
	r.opt, r.at = opt, at
	discharged = len(c.diags)
	switch opt.typ {
	case tNested:
		c.mergeChildren(r, raw, false)
		return discharged
	case tIgnored:
		// Evaluating the policy does not merge it: even the conditions
		// of mkIfs pushed down to it stay unevaluated.
		return discharged
	}
	if opt.readOnly && len(raw) > 1 {
		// Copies: raw's array and the place of an option without options
		// are a slab's, and a group keeps these.
		p := *at
		c.readOnly = append(c.readOnly, readOnlyDefs{&p, slices.Clone(raw)})
	}
	r.defs, r.uncertain = c.mergeDefinitions(raw)
	discharged = len(c.diags)
	// The options of a submodule and the elements of an attribute set
	// take the conditions of their definitions along: only those reached
	// by one under an unknown condition are uncertain.
	if opt.typ != tSubmodule && opt.typ != tAttrsOf && slices.ContainsFunc(r.defs, maybeDef) {
		r.uncertain = true
	}
	if len(r.defs) > 0 && opt.dflt != noDefault {
		c.besideDefault(r)
	}
	switch opt.typ {
	case tSubmodule:
		// The module system evaluates a submodule's definitions as modules,
		// in the reverse of the order it received them, after its type's.
		extra := c.typeDefs[opt]
		if fns := c.perItem[opt]; len(fns) > 0 {
			// Extensions reading the item's own config: merge once without
			// them to know it, then with what they give for it.
			probe := &mergeCtx{typeDefs: c.typeDefs, extraOptions: c.extraOptions, extraDefault: c.extraDefault, opaque: map[*option]bool{}}
			pr := &merged{opt: opt, at: r.at, defs: r.defs}
			probe.mergeChildren(pr, reversed(nil, r.defs), !opt.shorthand)
			view := mergedView(pr)
			extra = append([]def(nil), extra...)
			for _, fn := range fns {
				extra = append(extra, fn(r.at.label(), view)...)
			}
		} else if c.opaque[opt] {
			r.uncertain = true
		}
		c.mergeChildren(r, reversed(extra, r.defs), !opt.shorthand)
	case tAttrsOf:
		c.mergeAttrsOf(r)
	case tListOf, tEnumList:
		c.mergeList(r)
	case tStr:
		c.mergeStr(r)
	case tKeys:
		c.mergeKeys(r)
	}
	return discharged
}

// piece is one attribute of a definition of a set of options: the option
// it defines (an index into children, or -1) and its name.
type piece struct {
	child int
	name  string
	d     def
}

// computedDef is the definition a computed option has from the module.
var computedDef = def{val: computedValue, file: policyModuleFile}

// maxChildren bounds the options of a submodule of the schema.
const maxChildren = 16

// mergeChildren merges the options of a submodule or nested option set
// from module definitions, reporting options that do not exist.
func (c *mergeCtx) mergeChildren(r *merged, modules []def, fullModules bool) {
	children := r.opt.children
	if len(children) > maxChildren {
		panic("analysis: an option with too many options")
	}
	// Group the attributes by option, keeping their order: pieces first
	// (scratch space), then the definitions of each option in one array.
	pieces := c.pieces[:0]
	for _, m := range modules {
		if fullModules {
			m = unifyModule(m)
		}
		c.pushed = c.pushDown(m, c.pushed[:0])
		for _, pd := range c.pushed {
			v := pd.val
			switch v.Kind {
			case eval.KAttrs:
				if v.Open {
					r.uncertain = true
				}
				for i, n := range v.Names() {
					pieces = append(pieces, piece{r.opt.childIndex(n), n, attrDef(pd, i)})
				}
			case eval.KUnknown:
				c.evalFailure(v)
				r.uncertain = true
			case eval.KFunc:
				// A module written as a function inside a submodule: not followed.
				r.uncertain = true
			default:
				if r.opt.typ == tNested {
					c.errorAt(v.O, CodeWrongType, "In module `"+pd.file+"', you're trying to define a value of type `"+v.Kind.String()+"'\nrather than an attribute set for the option\n`"+showOption(r.loc())+"'!")
					continue
				}
				c.errorAt(v.O, CodeWrongType, "A definition for option `"+showOption(r.loc())+"' is not of type `"+r.opt.desc+"'. TypeError: Definition values:"+showDef(pd.file, v))
				r.typeErrors = true
			}
		}
	}
	var start [maxChildren + 1]int
	var other []piece // attributes that are no option, by name
	// defined has bit i set when children[i] has a definition: the loops
	// over definitions visit only those, one or two of a secret's six
	// options, of a recipient's nine (14,000 merges in a large policy).
	var defined uint32
	for _, p := range pieces {
		if p.child >= 0 {
			start[p.child+1]++
			defined |= 1 << p.child
		} else {
			other = append(other, p)
		}
	}
	// The module's own definition of a computed option comes first. It is
	// written out only beside others: alone, it shares the plainComputed merge.
	computed := r.opt != flakeOption
	for m := defined; m != 0; m &= m - 1 {
		if i := bits.TrailingZeros32(m); computed && children[i].readOnly {
			start[i+1]++
		}
	}
	for i := 1; i <= len(children); i++ {
		start[i] += start[i-1]
	}
	var defs []def
	if n := start[len(children)]; n > 0 {
		defs = c.defArrs.take(n)[:n]
		next := start
		for m := defined; m != 0; m &= m - 1 {
			if i := bits.TrailingZeros32(m); computed && children[i].readOnly {
				defs[next[i]] = computedDef
				next[i]++
			}
		}
		for _, p := range pieces {
			if p.child >= 0 {
				defs[next[p.child]] = p.d
				next[p.child]++
			}
		}
	}
	clear(pieces)
	c.pieces = pieces[:0]
	slices.SortStableFunc(other, func(a, b piece) int { return strings.Compare(a.name, b.name) })
	// byName returns the definitions of an attribute that is no option.
	byName := func(n string) []def {
		var out []def
		for _, p := range other {
			if p.name == n {
				out = append(out, p.d)
			}
		}
		return out
	}

	for n := range c.extraOptions[r.opt] {
		if r.extra == nil {
			r.extra = map[string]*Data{}
		}
		final, _ := c.mergeDefinitions(byName(n))
		if len(final) > 0 {
			r.extra[n] = final[0].val
		} else {
			r.extra[n] = c.extraDefault[r.opt][n]
		}
	}
	for m := defined; m != 0; m &= m - 1 {
		i := bits.TrailingZeros32(m)
		for _, d := range defs[start[i]:start[i+1]] {
			if d.key.IsValid() && d.val != computedValue {
				c.options = append(c.options, OptionRef{Span: spanOf(d.key), Name: children[i].name, Known: true, in: r.at})
			}
		}
	}
	if !r.opt.freeform {
		for _, p := range other {
			if p.d.key.IsValid() && p.d.val != computedValue {
				c.options = append(c.options, OptionRef{Span: spanOf(p.d.key), Name: p.name, Known: false, in: r.at})
			}
		}
	}
	// Options without a definition (or with only the module's, for a
	// computed one) are most of them: they share what merging gives.
	r.kids = c.kidPtrs.take(len(children))[:len(children)]
	plain := r.opt.plainKids[0]
	if r.uncertain {
		plain = r.opt.plainKids[1]
	}
	copy(r.kids, plain)
	unshared := r.opt.ownKids // bit i: children[i] has a merge of its own, made below
	for m := defined; m != 0; m &= m - 1 {
		i := bits.TrailingZeros32(m)
		if r.kids[i] = children[i].plain(defs[start[i]:start[i+1]], r.uncertain); r.kids[i] == nil {
			unshared |= 1 << i
		}
	}
	n, leaves := bits.OnesCount32(unshared), unshared&r.opt.branchKids == 0
	subs := c.nodes.take(n)[:n]
	var places []place
	if leaves {
		// What outlives the merge refers to the places of options that
		// hold options (OptionRef.in, Recipient.at), not to these: they
		// share arrays. (But for a computed option set by hand too, an
		// error: its readOnlyDefs keeps its array.)
		places = c.leafPlaces.take(n)[:n]
	} else {
		places = make([]place, n)
	}
	above := c.above
	c.above = above || r.uncertain
	for m := unshared; m != 0; m &= m - 1 {
		i := bits.TrailingZeros32(m)
		ch := children[i]
		n--
		places[n] = place{parent: r.at, name: ch.name, opt: ch}
		sub := &subs[n]
		c.mergeInto(sub, ch, &places[n], defs[start[i]:start[i+1]:start[i+1]])
		if r.uncertain {
			sub.setUncertain()
		}
		r.kids[i] = sub
	}
	c.above = above
	if r.opt.freeform {
		return // other attributes are flake outputs
	}
	if r.opt == moduleOption && c.openTop {
		return // a module the analysis cannot see may declare them
	}
	for _, p := range other {
		if r.opt == moduleOption && c.declared[p.name] != nil {
			continue // checkUserOptions
		}
		if !c.extraOptions[r.opt][p.name] {
			r.unknownOptions = true
			c.unknownOption(r, p.name, p.d)
		}
	}
}

// setUncertain marks r and everything in it as possibly incomplete.
func (r *merged) setUncertain() {
	if r == nil || r.uncertain {
		return
	}
	r.uncertain = true
	for i, k := range r.kids {
		if k.at == nil {
			r.kids[i] = k.opt.plainMerge[plainUncertain+k.kind()]
			continue
		}
		k.setUncertain()
	}
	for _, it := range r.items {
		it.sub.setUncertain()
	}
}

// unifyModule takes the config out of a module written in full form
// ({ config = …; options = …; imports = …; }).
func unifyModule(d def) def {
	v := d.val
	if v.Kind != eval.KAttrs || v.propType() != "" {
		return d
	}
	if cfg := v.Lookup("config"); cfg != nil {
		return def{val: cfg, file: d.file, key: v.KeyOf("config"), cond: d.cond, prio: d.prio, prioSet: d.prioSet}
	}
	if !slices.ContainsFunc(v.Names(), isModuleAttr) {
		return d
	}
	var names []string
	var vals []*Data
	var keys []eval.Origin
	for i, n := range v.Names() {
		if !isModuleAttr(n) {
			names = append(names, n)
			vals = append(vals, v.more.elems[i])
			keys = append(keys, v.more.keys[i])
		}
	}
	out := &Data{Kind: eval.KAttrs, O: v.O, Open: v.Open, more: newSetMore(vals, names, keys)}
	return def{val: out, file: d.file, key: d.key, cond: d.cond, prio: d.prio, prioSet: d.prioSet}
}

// isModuleAttr reports whether n is an attribute of a module that is not
// config (moduleAttrs).
func isModuleAttr(n string) bool { return slices.Contains(moduleAttrs, n) }

func appendLoc(loc []string, name string) []string {
	out := make([]string, len(loc)+1)
	copy(out, loc)
	out[len(loc)] = name
	return out
}

func (c *mergeCtx) mergeAttrsOf(r *merged) {
	pieces := c.pieces[:0]
	for _, d := range r.defs {
		v := d.val
		switch v.Kind {
		case eval.KAttrs:
			if v.Open {
				r.uncertain = true
			}
			for i, n := range v.Names() {
				pieces = append(pieces, piece{-1, n, def{val: v.more.elems[i], file: d.file, key: v.more.keys[i], cond: d.cond}})
			}
		case eval.KUnknown:
			r.uncertain = true
		default:
			c.errorAt(v.O, CodeWrongType, "A definition for option `"+showOption(r.loc())+"' is not of type `"+r.opt.desc+"'. TypeError: Definition values:"+showDef(d.file, v))
		}
	}
	// By name, keeping the order of each name's definitions.
	byName := func(a, b piece) int { return strings.Compare(a.name, b.name) }
	if !slices.IsSortedFunc(pieces, byName) {
		slices.SortStableFunc(pieces, byName)
	}
	n := 0
	for i, p := range pieces {
		if i == 0 || p.name != pieces[i-1].name {
			n++
		}
	}
	defs := c.defArrs.take(len(pieces))[:len(pieces)]
	names := make([]string, 0, n) // scratch: the elements have their names
	bounds := make([]int, 0, n+1)
	for i, p := range pieces {
		if i == 0 || p.name != pieces[i-1].name {
			names = append(names, p.name)
			bounds = append(bounds, i)
		}
		defs[i] = p.d
	}
	bounds = append(bounds, len(pieces))
	clear(pieces)
	c.pieces = pieces[:0]

	var subs []merged
	var places []place
	var groups []*merged
	if r.opt.elem == groupOption && c.groups != nil {
		groups = c.mergeGroups(r, names, defs, bounds)
	} else {
		subs = c.nodes.take(n)[:n]
		places = make([]place, n)
	}
	r.kids = c.kidPtrs.take(n)
	above := c.above
	c.above = above || r.uncertain
	for k, name := range names {
		ds := defs[bounds[k]:bounds[k+1]:bounds[k+1]]
		var sub *merged
		if groups != nil {
			if sub = groups[k]; sub == nil {
				continue
			}
		} else {
			sub = &subs[k]
			places[k] = place{parent: r.at, name: name, opt: r.opt.elem}
			discharged := c.mergeInto(sub, r.opt.elem, &places[k], ds)
			if len(sub.defs) == 0 {
				continue // every definition was under a false mkIf
			}
			c.diags = settle(sub, r.uncertain, c.diags, discharged)
		}
		r.kids = append(r.kids, sub)
	}
	c.above = above
	// Elements defined under an unknown condition only may not exist.
	if slices.ContainsFunc(r.defs, maybeDef) {
		r.uncertain = true
	}
}

// settle makes m, an element of a set just merged, uncertain when the
// set is (uncertain) or when every definition of m is under an unknown
// condition; then m may not be there at all, and the errors about what
// its definitions define, diags[from:], go (mergeInto).
func settle(m *merged, uncertain bool, diags []Diagnostic, from int) []Diagnostic {
	maybeAbsent := !slices.ContainsFunc(m.defs, certainDef)
	if uncertain || maybeAbsent {
		m.setUncertain()
	}
	if !maybeAbsent {
		return diags
	}
	kept := slices.DeleteFunc(diags[from:], func(d Diagnostic) bool { return d.Severity == SeverityError })
	return diags[:from+len(kept)]
}

func (c *mergeCtx) mergeList(r *merged) {
	n := 0
	for _, d := range r.defs {
		if d.val.Kind == eval.KList {
			n += len(d.val.Elems())
		}
	}
	var raw []def
	var subs []merged
	var places []place
	if n > 0 {
		r.items = c.items.take(n)
		if r.opt.typ == tListOf {
			raw = c.defArrs.take(n)[:n]
			subs = c.nodes.take(n)[:n]
			places = make([]place, n)
		}
	}
	k := 0
	for i, d := range r.defs {
		v := d.val
		switch v.Kind {
		case eval.KList:
			for j, e := range v.Elems() {
				if raw == nil && d.cond == yes && e.propType() == "" {
					// An element without properties is final as it is
					// (mergeDefinitions' common case): no definition made.
					r.uncertain = c.unknown(e) || r.uncertain
					r.items = append(r.items, listItem{n: int32(i + 1), m: int32(j + 1), file: d.file, val: e})
					k++
					continue
				}
				// The element's own definition, whose properties apply.
				ds := c.elem[:]
				if raw != nil {
					ds = raw[k : k+1 : k+1]
				}
				ds[0] = def{val: e, file: d.file, key: d.key, cond: d.cond}
				ds, u := c.mergeDefinitions(ds)
				if u || slices.ContainsFunc(ds, maybeDef) {
					r.uncertain = true
				}
				if len(ds) > 0 {
					it := listItem{n: int32(i + 1), m: int32(j + 1), file: ds[0].file, val: ds[0].val}
					if subs != nil {
						places[k] = place{parent: r.at, opt: r.opt.elem, entry: [2]int32{it.n, it.m}}
						it.sub = &subs[k]
						c.mergeInto(it.sub, r.opt.elem, &places[k], ds)
					}
					r.items = append(r.items, it)
				}
				k++
			}
		case eval.KUnknown:
			r.uncertain = true
		}
	}
	if invalid := r.notLists(); len(invalid) > 0 {
		if r.opt.typ == tListOf {
			c.typeError(r, invalid, true)
		}
		// Nix fails here: what depends on the list is not known.
		r.uncertain = true
	}
}

// typeError reports definitions of the wrong type, as the module system
// words it (v2 types add "TypeError: ").
func (c *mergeCtx) typeError(r *merged, invalid []def, v2 bool) {
	msg := notOfTypeMessage(r.loc(), r.opt.desc, v2, invalid)
	at := invalid[0].key
	for _, d := range invalid {
		if d.val.O.IsValid() {
			at = d.val.O
			break
		}
	}
	c.errorAt(at, CodeWrongType, msg)
}

// notOfTypeMessage is the module system's message for the definitions
// invalid of the option at loc, whose type desc describes.
func notOfTypeMessage(loc []string, desc string, v2 bool, invalid []def) string {
	msg := "A definition for option `" + showOption(loc) + "' is not of type `" + desc + "'. "
	if v2 {
		msg += "TypeError: "
	}
	msg += "Definition values:"
	for _, d := range invalid {
		msg += showDef(d.file, d.val)
	}
	return msg
}

// conflictMessage is the module system's message for the option at loc
// whose definitions defs differ.
func conflictMessage(loc []string, defs []def) string {
	msg := "The option `" + showOption(loc) + "' has conflicting definition values:"
	for _, d := range defs {
		msg += showDef(d.file, d.val)
	}
	return msg + "\n" + prioritySuggestion
}

// uniqueMessage is mergeUniqueOption's message for the option at loc,
// defined by defs while it's expected to be unique; message is the
// type's own explanation.
func uniqueMessage(loc []string, message string, defs []def) string {
	msg := "The option `" + showOption(loc) + "' is defined multiple times while it's expected to be unique.\n" + message + "\nDefinition values:"
	for _, d := range defs {
		msg += showDef(d.file, d.val)
	}
	return msg + "\n" + prioritySuggestion
}

// readOnlyMessage is evalOptionValue's message for the option at loc,
// read-only, of which defs are the definitions, each merged alone.
func readOnlyMessage(loc []string, defs []def) string {
	msg := "The option `" + showOption(loc) + "' is read-only, but it's set multiple times. Definition values:"
	for _, d := range defs {
		msg += showDef(d.file, d.val)
	}
	return msg
}

// cannotMergeMessage is mergeDefaultOption's message for the option at
// loc (of no type) whose definitions defs do not combine.
func cannotMergeMessage(loc []string, defs []def) string {
	msg := "Cannot merge definitions of `" + showOption(loc) + "'. Definition values:"
	for _, d := range defs {
		msg += showDef(d.file, d.val)
	}
	return msg
}

// prioritySuggestion is lib.options' advice that ends its messages about
// definitions that do not merge.
const prioritySuggestion = "Use `lib.mkForce value` or `lib.mkDefault value` to change the priority on any of these definitions."

// besideDefault weighs the definitions of r against the module's default
// for it, a definition at mkOptionDefault's priority: below it, the
// default is the value; at it, both are merged.
func (c *mergeCtx) besideDefault(r *merged) {
	switch p := r.defs[0].prio; {
	case p > eval.PrioOptionDefault:
		r.defs = nil
	case p < eval.PrioOptionDefault:
	case r.opt.dflt == allAdmins:
		r.withDefault = true
	case r.opt.dflt == groupDir && r.at.parent != nil:
		dflt := def{val: strData("secrets/" + r.at.parent.name), file: policyModuleFile}
		r.defs = append([]def{dflt}, r.defs...)
	case r.opt.dflt == computedDflt:
		r.uncertain = true // the analysis does not merge it beside its default
	}
}

func (c *mergeCtx) mergeStr(r *merged) {
	var invalid []def
	for _, d := range r.defs {
		switch d.val.Kind {
		case eval.KString:
		case eval.KUnknown:
			r.uncertain = true
		default:
			invalid = append(invalid, d)
		}
	}
	if len(invalid) > 0 {
		c.typeError(r, invalid, false)
		r.typeErrors = true
		return
	}
	value := r.value()
	for _, d := range r.defs {
		if d.val.Kind == eval.KString && d.val.Str != value.Str {
			c.errorAt(d.val.O, CodeConflict, conflictMessage(r.loc(), r.defs))
			return
		}
	}
}

// value is the value of a string option: its first definition that is a
// string, unless one is of another type (nil then, as when none is).
// Merge nodes do not keep it: there are tens of thousands.
func (r *merged) value() *Data {
	if r.typeErrors {
		return nil
	}
	for _, d := range r.defs {
		if d.val.Kind == eval.KString {
			return d.val
		}
	}
	return nil
}

func (c *mergeCtx) mergeKeys(r *merged) {
	var invalid []def
	for n, d := range r.defs {
		v := d.val
		switch v.Kind {
		case eval.KString:
		case eval.KList:
			for m, e := range v.Elems() {
				switch e.Kind {
				case eval.KString:
				case eval.KUnknown:
					c.evalFailure(e)
					r.uncertain = true
				default:
					loc := showOption(appendLoc(r.loc(), entryName(n+1, m+1)))
					c.errorAt(e.O, CodeWrongType, "A definition for option `"+loc+"' is not of type `string'. Definition values:"+showDef(d.file, e))
					r.typeErrors = true
				}
			}
		case eval.KUnknown:
			r.uncertain = true
		default:
			invalid = append(invalid, d)
		}
	}
	if len(invalid) > 0 {
		c.typeError(r, invalid, true)
		r.typeErrors = true
	}
}

func (c *mergeCtx) unknownOption(r *merged, name string, d def) {
	candidates := make([]string, 0, len(r.opt.children))
	for _, ch := range r.opt.children {
		if ch.name != "_module" {
			candidates = append(candidates, ch.name)
		}
	}
	if r.opt == moduleOption {
		for n := range c.declared {
			candidates = append(candidates, n)
		}
	}
	c.noSuchOption(r.loc(), name, d, candidates)
}

// noSuchOption reports d, a definition of the option name in the options
// at loc, which has none of that name; candidates are the names it has.
func (c *mergeCtx) noSuchOption(at []string, name string, d def, candidates []string) {
	msg, suggestions := noSuchOptionMessage(at, name, d, candidates)
	diag := c.errorAt(d.key, CodeUnknownOption, msg)
	if len(suggestions) > 0 && editdist.Levenshtein(name, suggestions[0]) <= maxTypoDistance(name) && d.key.Lit == eval.NixIdent {
		diag.Fixes = []Fix{{Title: "Change to " + suggestions[0], Edits: []Edit{{Span: spanOf(d.key), NewText: eval.EscapeNixIdentifier(suggestions[0])}}}}
	}
}

// noSuchOptionMessage is the module system's message for noSuchOption,
// and the names it suggests.
func noSuchOptionMessage(at []string, name string, d def, candidates []string) (string, []string) {
	msg := "The option `" + showOption(appendLoc(at, name)) + "' does not exist. Definition values:" + showDef(d.file, d.val)
	suggestions := didYouMean(name, candidates)
	if len(suggestions) > 0 {
		quoted := make([]string, len(suggestions))
		for i, s := range suggestions {
			quoted[i] = "`" + showOption(appendLoc(at, s)) + "'"
		}
		msg += "\n\nDid you mean " + joinOr(quoted) + "?"
	}
	return msg, suggestions
}

// joinOr joins "a", "b" and "c" as "a, b or c".
func joinOr(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	s := items[0]
	for _, it := range items[1 : len(items)-1] {
		s += ", " + it
	}
	return s + " or " + items[len(items)-1]
}

// didYouMean returns up to three candidates, closest first (ties in name
// order), as the module system suggests them.
func didYouMean(name string, candidates []string) []string {
	sorted := append([]string(nil), candidates...)
	sort.Strings(sorted)
	sort.SliceStable(sorted, func(i, j int) bool {
		return editdist.Levenshtein(name, sorted[i]) < editdist.Levenshtein(name, sorted[j])
	})
	if len(sorted) > 3 {
		sorted = sorted[:3]
	}
	return sorted
}

// maxTypoDistance is how far a name may be from a suggestion for the
// suggestion to be offered as a fix.
func maxTypoDistance(name string) int {
	return max(1, min(3, len(name)/3))
}

// groupCache keeps, per group, its definitions, what merging them gave and
// the group built from that, so that an analysis after an edit redoes only
// the groups whose definitions changed.
type groupCache struct {
	prev, next map[string]*groupEntry
	checker    *keyChecker // the builder's
}

func newGroupCache(prev map[string]*groupEntry, checker *keyChecker) *groupCache {
	return &groupCache{prev: prev, next: make(map[string]*groupEntry, len(prev)), checker: checker}
}

// builder returns a builder of groups as the policy's builder builds them.
func (g *groupCache) builder() *builder { return &builder{checker: g.checker} }

type groupEntry struct {
	sig      []defSig
	merged   *merged // a placeholder once the group is built
	diags    []Diagnostic
	options  []OptionRef
	readOnly []readOnlyDefs
	group    *Group       // built from merged
	gdiags   []Diagnostic // the builder's diagnostics about it
}

// defSig identifies a definition: its value (Data of an unchanged module
// is reused as is) and what the merge depends on.
type defSig struct {
	val       *Data
	file      string
	cond      tri
	prio      int
	prioSet   bool
	uncertain bool
}

func signature(ds []def, uncertain bool, typeDefs map[*option][]def) []defSig {
	sig := make([]defSig, 0, len(ds))
	for _, d := range ds {
		sig = append(sig, defSig{d.val, d.file, d.cond, d.prio, d.prioSet, uncertain})
	}
	// What type extensions add to every group and secret is part of it.
	for _, o := range extensible {
		for _, d := range typeDefs[o] {
			sig = append(sig, defSig{val: d.val, file: d.file})
		}
		sig = append(sig, defSig{})
	}
	return sig
}

// extensible are the options type extensions may add to.
var extensible = []*option{groupOption, groupOption.child("recipients"), secretOption, recipientOption}

// extensionsSig identifies what type extensions add to every group and
// secret beside definitions: options and opaqueness.
func (c *mergeCtx) extensionsSig() string {
	var b strings.Builder
	for _, o := range extensible {
		names := make([]string, 0, len(c.extraOptions[o]))
		for n := range c.extraOptions[o] {
			names = append(names, n)
		}
		sort.Strings(names)
		fmt.Fprintf(&b, "%v %v;", names, c.opaque[o])
	}
	return b.String()
}

func sameSig(a, b []defSig) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// mergeGroups merges the groups of flake.secrets (names, each defined
// by defs[bounds[k]:bounds[k+1]]) and builds each right after its merge,
// or reuses the last merge and group of the same definitions; it returns
// the merges as names, nil for a group every definition of which is under
// a false mkIf. Groups merge apart, in parallel unless extensions
// evaluated for each item call the evaluator.
func (c *mergeCtx) mergeGroups(r *merged, names []string, defs []def, bounds []int) []*merged {
	if c.extSig == "" {
		c.extSig = c.extensionsSig()
	}
	// Extensions evaluated for each item are code the signature does not
	// capture: no reuse then.
	perItem := len(c.perItem[groupOption])+len(c.perItem[secretOption])+len(c.perItem[recipientOption]) > 0
	// Whatever makes flake.secrets uncertain is known by now: the group is
	// built as it will stay.
	uncertain := r.uncertain || c.above
	entries := make([]*groupEntry, len(names))
	var todo []int
	for k, name := range names {
		sig := signature(defs[bounds[k]:bounds[k+1]], uncertain, c.typeDefs)
		sig = append(sig, defSig{file: c.extSig})
		if e := c.groups.prev[name]; e != nil && !perItem && sameSig(e.sig, sig) {
			entries[k] = e
			continue
		}
		entries[k] = &groupEntry{sig: sig}
		todo = append(todo, k)
	}
	merge := func(f *mergeCtx, b *builder, k int) {
		e := entries[k]
		f.diags, f.options, f.readOnly = f.diags[:0], f.options[:0], f.readOnly[:0]
		m := &merged{}
		discharged := f.mergeInto(m, r.opt.elem, &place{parent: r.at, name: names[k], opt: r.opt.elem}, defs[bounds[k]:bounds[k+1]:bounds[k+1]])
		e.merged = m
		if len(m.defs) > 0 {
			f.diags = settle(m, uncertain, f.diags, discharged)
			// Built while its merge is fresh in the cache; then only the
			// group is needed: the entry keeps a placeholder of the merge
			// (with its place, which has its name, and a copy of its
			// definitions), and the next group's merge reuses the tree's
			// memory.
			b.diags = b.diags[:0]
			e.group = b.group(names[k], m)
			e.gdiags = append([]Diagnostic(nil), b.diags...)
			f.diags = b.dropUnreached(f.diags)
			e.merged = &merged{opt: m.opt, at: m.at, defs: slices.Clone(m.defs), uncertain: m.uncertain}
		}
		e.diags = append([]Diagnostic(nil), f.diags...)
		e.options = append([]OptionRef(nil), f.options...)
		e.readOnly = append([]readOnlyDefs(nil), f.readOnly...)
		f.reuse()
	}
	if perItem {
		for _, k := range todo {
			merge(c.fork(), c.groups.builder(), k)
		}
	} else {
		forks := make([]*mergeCtx, workers(len(todo)))
		builders := make([]*builder, len(forks))
		for w := range forks {
			forks[w], builders[w] = c.fork(), c.groups.builder()
		}
		forEach(len(todo), func(w, i int) { merge(forks[w], builders[w], todo[i]) })
	}
	out := make([]*merged, len(names))
	for k, e := range entries {
		c.diags = append(c.diags, e.diags...)
		c.readOnly = append(c.readOnly, e.readOnly...)
		if len(e.merged.defs) == 0 {
			c.options = append(c.options, e.options...)
			continue
		}
		c.optionChunks = append(c.optionChunks, e.options)
		c.groups.next[names[k]] = e
		out[k] = e.merged
	}
	return out
}

// fork returns a context to merge a group apart: the same options and
// extensions, its own errors and scratch space.
func (c *mergeCtx) fork() *mergeCtx {
	return &mergeCtx{declared: c.declared, openTop: c.openTop, typeDefs: c.typeDefs, extraOptions: c.extraOptions,
		extraDefault: c.extraDefault, opaque: c.opaque, perItem: c.perItem, extSig: c.extSig}
}

// reuse makes the merge nodes handed out so far garbage: their memory is
// handed out again. Nothing kept refers to it (see mergeCtx.nodes). Only
// the nodes are cleared (mergeInto sets some of their fields): the kid
// pointers, definitions and places taken are each written before they are
// read, and list items appended. What the others still point to is the
// merge's own, alive as long as the context.
func (c *mergeCtx) reuse() {
	c.nodes.reuse(true)
	c.kidPtrs.reuse(false)
	c.defArrs.reuse(false)
	c.items.reuse(false)
	c.leafPlaces.reuse(false)
}

// mergeModules merges the config of the modules of a flake (in the order
// the module system collects them) and returns the option flake.
func (c *mergeCtx) mergeModules(order []*module) *merged {
	c.declared = map[string]*declTree{}
	c.typeDefs = map[*option][]def{}
	c.extraOptions = map[*option]map[string]bool{}
	c.extraDefault = map[*option]map[string]*Data{}
	c.perItem = map[*option][]func(string, eval.Value) []def{}
	c.opaque = map[*option]bool{}
	var configs []def
	// The module system merges in the reverse of the collected order.
	for i := len(order) - 1; i >= 0; i-- {
		m := order[i]
		configs = append(configs, m.config...)
		for _, al := range m.aliases {
			configs = append(configs, aliasDef(order, al, m.file))
		}
		for n, d := range m.declares {
			c.declared[n] = c.declared[n].union(d)
		}
		c.diags = append(c.diags, m.errors...)
		for o, e := range m.ext {
			c.typeDefs[o] = append(c.typeDefs[o], e.defs...)
			if c.extraOptions[o] == nil {
				c.extraOptions[o] = map[string]bool{}
			}
			if c.extraDefault[o] == nil {
				c.extraDefault[o] = map[string]*Data{}
			}
			for _, n := range e.options {
				c.extraOptions[o][n] = true
				c.extraDefault[o][n] = e.defaults[n]
			}
			c.opaque[o] = c.opaque[o] || e.opaque
			c.perItem[o] = append(c.perItem[o], e.perItem...)
		}
		c.openTop = c.openTop || m.unseen
	}
	root := &merged{opt: moduleOption}
	c.mergeChildren(root, configs, false)
	c.checkUserOptions(configs)
	return root.child("flake")
}

// aliasDef is the definition lib.mkAliasOptionModule makes at the alias
// module: every definition of the alias, merged, at the target option.
func aliasDef(order []*module, al alias, file string) def {
	var defs []*Data
	for i := len(order) - 1; i >= 0; i-- {
		for _, d := range order[i].config {
			if v := d.val.Lookup(al.from); v != nil {
				defs = append(defs, v)
			}
		}
	}
	val := attrsData("_type", strData("merge"), "contents", listData(eval.Origin{}, defs))
	for i := len(al.to) - 1; i >= 0; i-- {
		val = attrsData(al.to[i], val)
	}
	return def{val: val, file: file}
}

// reversed returns first followed by ds in reverse order (ds itself for
// one definition and nothing first).
func reversed(first, ds []def) []def {
	if len(first) == 0 && len(ds) <= 1 {
		return ds
	}
	out := make([]def, len(first)+len(ds))
	copy(out, first)
	for i, d := range ds {
		out[len(out)-1-i] = d
	}
	return out
}

// mergedView is a merged submodule as its modules' config argument sees
// it: the values defined (and those of options extensions add); what is
// not defined is unknown.
func mergedView(r *merged) eval.Value {
	vals := map[string]eval.Value{}
	for i, ch := range r.opt.children {
		m := r.kids[i]
		if !m.defined() || m.uncertain {
			continue
		}
		switch ch.typ {
		case tStr:
			if v := m.value(); v != nil {
				vals[ch.name] = dataValue(v)
			}
		case tEnumList:
			items := make([]eval.Value, 0, len(m.items))
			for _, it := range m.items {
				items = append(items, dataValue(it.val))
			}
			vals[ch.name] = eval.NewList(items, eval.Origin{})
		case tKeys:
			var items []eval.Value
			for s := range m.keyStrings {
				items = append(items, dataValue(s))
			}
			vals[ch.name] = eval.NewList(items, eval.Origin{})
		}
	}
	for n, d := range r.extra {
		if d != nil {
			vals[n] = dataValue(d)
		}
	}
	return eval.NewAttrs(vals, true, eval.Origin{})
}

// dataValue turns Data back into an evaluator value.
func dataValue(d *Data) eval.Value {
	switch d.Kind {
	case eval.KNull:
		return &eval.Null{O: d.O}
	case eval.KBool:
		return &eval.Bool{B: d.Bool, O: d.O}
	case eval.KInt:
		return &eval.Int{N: d.Int, O: d.O}
	case eval.KFloat:
		return &eval.Float{F: d.Float(), O: d.O}
	case eval.KString:
		return &eval.String{S: d.Str, O: d.O}
	case eval.KPath:
		return &eval.Path{P: d.Str, O: d.O}
	case eval.KList:
		items := make([]eval.Value, len(d.Elems()))
		for i, e := range d.Elems() {
			items[i] = dataValue(e)
		}
		return eval.NewList(items, d.O)
	case eval.KAttrs:
		vals := make(map[string]eval.Value, len(d.Names()))
		for i, n := range d.Names() {
			vals[n] = dataValue(d.more.elems[i])
		}
		return eval.NewAttrs(vals, d.Open, d.O)
	}
	return &eval.Unknown{Reason: d.Str, Err: d.Err(), O: d.O}
}
