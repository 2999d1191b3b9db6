package analysis

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
)

// Data is an evaluated value taken out of the evaluator: plain, immutable,
// independent of the Machine that computed it, so that the definitions of
// an unchanged module can be reused by the next analysis. Every node
// remembers where it came from. It is the most numerous node of an
// analysis (every literal of a policy has one), hence small: fields the
// kinds do not use together are shared, and what only lists, sets and
// failures have is apart (more).
type Data struct {
	Kind eval.Kind
	Bool bool
	Open bool // set: other attributes may exist
	// noProp: a set known to have no _type, so no module-system property:
	// propType need not look it up (the merge asks of every definition,
	// and the names are two loads away, mostly out of cache by then).
	noProp bool
	// Str is a string's or a path's text, a function's formals as
	// toPretty shows them ("a, b?"), or why a value is unknown.
	Str string
	// Int is an int, a float's bits (Float), or for a path the length of
	// the flake's directory it starts with (0: another path).
	Int  int64
	O    eval.Origin
	more *dataMore // nil for a scalar
}

// dataMore is what a list, a set or a certain failure has beside Data's
// own fields.
type dataMore struct {
	elems      []*Data     // list: the elements; set: the values, in names' order
	*attrNames             // set (nil for a list, the most numerous)
	err        *eval.Error // unknown: a certain failure
}

// attrNames are the names of a set, sorted, and where each was written.
type attrNames struct {
	names []string
	keys  []eval.Origin
}

// setMore is the dataMore of a set and its attrNames, allocated together.
type setMore struct {
	m dataMore
	a attrNames
}

// newSetMore returns the dataMore of a set of elems named names at keys.
func newSetMore(elems []*Data, names []string, keys []eval.Origin) *dataMore {
	s := &setMore{a: attrNames{names, keys}}
	s.m.elems, s.m.attrNames = elems, &s.a // see setParts
	return &s.m
}

// Elems are the elements of a list, or the values of a set (in Names'
// order).
func (d *Data) Elems() []*Data {
	if d.more == nil {
		return nil
	}
	return d.more.elems
}

// Names are the attribute names of a set, sorted.
func (d *Data) Names() []string {
	if d.more == nil || d.more.attrNames == nil {
		return nil
	}
	return d.more.names
}

// Keys are where each name of a set was written.
func (d *Data) Keys() []eval.Origin {
	if d.more == nil || d.more.attrNames == nil {
		return nil
	}
	return d.more.keys
}

// Err is the certain failure an unknown value stands for, if any.
func (d *Data) Err() *eval.Error {
	if d.more == nil {
		return nil
	}
	return d.more.err
}

// listData is the list of elems at o.
func listData(o eval.Origin, elems []*Data) *Data {
	return &Data{Kind: eval.KList, O: o, more: &dataMore{elems: elems}}
}

// Float is the value of a float.
func (d *Data) Float() float64 { return math.Float64frombits(uint64(d.Int)) }

// shownPath is a path as messages show it: relative to the flake's
// directory when under it.
func (d *Data) shownPath() string { return d.Str[d.Int:] }

// Lookup returns the attribute name of a set, or nil.
func (d *Data) Lookup(name string) *Data {
	if d == nil || d.Kind != eval.KAttrs {
		return nil
	}
	for i, n := range d.Names() {
		if n == name {
			return d.more.elems[i]
		}
	}
	return nil
}

// KeyOf returns where attribute name of a set was written.
func (d *Data) KeyOf(name string) eval.Origin {
	keys := d.Keys()
	for i, n := range d.Names() {
		if n == name && i < len(keys) {
			return keys[i]
		}
	}
	return eval.Origin{}
}

// propType returns the _type of a module-system property (mkIf, mkMerge,
// mkOverride, mkOrder) or "" for an ordinary value.
func (d *Data) propType() string {
	if d == nil || d.Kind != eval.KAttrs || d.noProp {
		return ""
	}
	if t := d.Lookup("_type"); t != nil && t.Kind == eval.KString {
		return t.Str
	}
	return ""
}

// unknownData is an unknown value at o.
func unknownData(o eval.Origin, reason string) *Data {
	return &Data{Kind: eval.KUnknown, O: o, Str: reason}
}

// snapshotter copies evaluated values into Data, forcing them, within a
// budget of nodes; shared thunks give shared Data.
type snapshotter struct {
	m      *eval.Machine
	memo   map[*eval.Thunk]*Data
	budget int
	// dir is the flake's directory as an absolute path, with a final
	// slash: paths under it show relative to it in messages.
	dir string
	// onExtra receives the definitions the policy does not hold but
	// config may read: other attributes of flake ("flake", name), module
	// arguments (_module.args: "args", name) and the options of
	// perSystemOptions ("flake-parts", name).
	// key is where the name is written (zero when unknown).
	onExtra func(kind, name string, key eval.Origin, t *eval.Thunk)
	// deciding counts the conditions being forced that decide which
	// groups exist (reading flake.secrets there is infinite recursion).
	// topLevel counts the modules' configs being taken, where such
	// conditions are; aside the definitions being taken within them
	// whose conditions decide nothing of the kind: inside a mkIf whose
	// condition may not hold (Nix would not evaluate them) or a
	// submodule written as a function or a file; undecided those inside a
	// mkIf whose condition may not hold alone.
	deciding, topLevel, aside, undecided int
	// ownConfig, if set, gives the config of the group or secret name (of
	// group) as far as known, for a submodule function that reads its own
	// (nil: not known yet); group is the group being taken.
	ownConfig func(opt *option, group, name string) *eval.Attrs
	group     string
	// recipient is the config of the recipient being taken, for the
	// modules it is written with (nil: none known).
	recipient *eval.Attrs
	// imported are the files the modules of each submodule imported.
	imported map[importKey]bool
	// config is the module argument config of the module whose config is
	// being taken, props the properties (mkIf, mkDefault, …) around the
	// definition being taken: see selfSelect.
	config *eval.Thunk
	props  int
	// topConfig gives the module argument config of the unit being
	// taken, for a flake submodule written as a function.
	topConfig func() *eval.Thunk
	// fromTree: literals are taken from the syntax tree (see literal)
	// rather than evaluated; the tests turn it off to compare.
	fromTree bool
}

const snapshotBudget = 2_000_000

func newSnapshotter(m *eval.Machine) *snapshotter {
	return &snapshotter{m: m, memo: make(map[*eval.Thunk]*Data), budget: snapshotBudget, fromTree: true}
}

// thunk snapshots the value of t deeply. Lists and sets are remembered by
// thunk, so that a value shared in Nix is shared in Data (and copied
// once); scalars are not worth it.
func (s *snapshotter) thunk(t *eval.Thunk, depth int) *Data { return s.elem(t, depth, nil, 0) }

// elem is thunk for an element of a list or set: a scalar goes into
// *batch, allocated with room for rest when empty (a list's names or keys
// are allocated together).
func (s *snapshotter) elem(t *eval.Thunk, depth int, batch *[]Data, rest int) *Data {
	if d, ok := s.memo[t]; ok {
		return d
	}
	if d := s.literal(t, nil, depth); d != nil {
		if d.Kind == eval.KList || d.Kind == eval.KAttrs {
			s.memo[t] = d
		}
		return d
	}
	at := t.Place() // forcing t forgets it
	v := s.m.Force(t)
	if k := v.Kind(); k == eval.KList || k == eval.KAttrs {
		d := placed(s.value(v, depth), at)
		s.memo[t] = d
		return d
	}
	if batch == nil {
		return placed(s.value(v, depth), at)
	}
	if len(*batch) == 0 {
		*batch = make([]Data, rest)
	}
	dst := &(*batch)[0]
	*batch = (*batch)[1:]
	return placed(s.valueInto(dst, v, depth), at)
}

// placed is d, at the place at when its value has none of its own (a
// builtin, as head in [ head xs ]): where it is written.
func placed(d *Data, at eval.Origin) *Data {
	if !d.O.IsValid() {
		d.O = at
	}
	return d
}

func (s *snapshotter) value(v eval.Value, depth int) *Data { return s.valueInto(nil, v, depth) }

// valueInto snapshots v into dst, or into a new Data when dst is nil.
func (s *snapshotter) valueInto(dst *Data, v eval.Value, depth int) *Data {
	s.budget--
	if s.budget < 0 || depth > 64 {
		return unknownData(v.Origin(), "value too large or too deep")
	}
	d := dst
	if d == nil {
		d = &Data{}
	}
	*d = Data{Kind: v.Kind(), O: v.Origin()}
	switch v := v.(type) {
	case *eval.Unknown:
		d.Str = v.Reason
		if v.Err != nil {
			d.more = &dataMore{err: v.Err}
		}
	case *eval.Bool:
		d.Bool = v.B
	case *eval.Int:
		d.Int = v.N
	case *eval.Float:
		d.Int = int64(math.Float64bits(v.F))
	case *eval.String:
		d.Str = v.S
	case *eval.Path:
		d.Str = v.P
		if strings.HasPrefix(v.P, s.dir) {
			d.Int = int64(len(s.dir))
		}
	case *eval.Func:
		formals, _, _, _ := eval.Formals(v)
		d.Str = eval.ShowFormals(formals)
	case *eval.List:
		d.more = &dataMore{elems: make([]*Data, len(v.Elems))}
		var batch []Data
		for i, e := range v.Elems {
			d.more.elems[i] = s.elem(e, depth+1, &batch, len(v.Elems)-i)
		}
	case *eval.Attrs:
		if v.Lookup("__functor") != nil {
			// A function to lib (makeOverridable's override), as toPretty
			// shows it.
			formals, isFunc, known := s.m.FunctorFormals(v, v.O)
			if !known {
				return unknownData(v.O, "a set with __functor")
			}
			if isFunc {
				d.Kind, d.Str = eval.KFunc, eval.ShowFormals(formals)
				return d
			}
		}
		d.Open = v.Open
		d.more = newSetMore(make([]*Data, len(v.Vals)), v.Names, v.Keys)
		var batch []Data
		for i, t := range v.Vals {
			d.more.elems[i] = s.elem(t, depth+1, &batch, len(v.Vals)-i)
		}
	}
	return d
}

// ignoredData stands for the definitions of options the analysis does not
// follow; they are never evaluated.
var ignoredData = &Data{Kind: eval.KUnknown, Str: "not followed"}

// prop returns the _type of a module-system property (mkIf, mkMerge,
// mkOverride, mkOrder), or "".
func (s *snapshotter) prop(a *eval.Attrs) string {
	t := a.Lookup("_type")
	if t == nil {
		return ""
	}
	if str, ok := s.m.Force(t).(*eval.String); ok {
		switch str.S {
		case "if", "merge", "override", "order":
			return str.S
		}
	}
	return ""
}

// definition snapshots the value of t as a definition of the option opt
// (named name where it is, for submodules that ask for it): it follows
// the option tree through mkIf, mkMerge, mkOverride and mkOrder, keeps
// only what the options hold (the freeform `flake` keeps secrets and
// sopsYaml), and evaluates submodules given as functions or files as the
// module system does (types.submodule's shorthand: a set is the config).
// A scalar value goes into *batch as elem does.
func (s *snapshotter) definition(t *eval.Thunk, opt *option, name string, depth int, batch *[]Data, rest int) *Data {
	switch opt.typ {
	case tIgnored:
		return ignoredData
	case tSubmodule, tNested, tAttrsOf, tListOf:
		if bad := s.selfSelect(t, opt); bad != nil {
			return s.value(bad, depth)
		}
		if d := s.literal(t, opt, depth); d != nil {
			return d
		}
		return s.defValue(s.m.Force(t), opt, name, depth, opt.typ == tSubmodule && !opt.shorthand)
	}
	return s.elem(t, depth, batch, rest)
}

// selfSelect is Nix's infinite recursion when t, a plain definition of a
// group's recipients.admins, recipients.targets or secret in a module's
// config, reads that option of config first (eval.SelfSelect): Nix merges
// every definition of each option of the policy. Under a property the
// definition may lose or be dropped (nil).
func (s *snapshotter) selfSelect(t *eval.Thunk, opt *option) eval.Value {
	if s.config == nil || s.props > 0 || s.aside > 0 || s.group == "" {
		return nil
	}
	var path []string
	switch opt {
	case adminsOption:
		path = []string{"flake", "secrets", s.group, "recipients", "admins"}
	case targetsOption:
		path = []string{"flake", "secrets", s.group, "recipients", "targets"}
	case secretsOption:
		path = []string{"flake", "secrets", s.group, "secret"}
	default:
		return nil
	}
	return s.m.SelfSelect(t, s.config, path)
}

// The group's options selfSelect knows.
var (
	adminsOption  = groupOption.child("recipients").child("admins")
	targetsOption = groupOption.child("recipients").child("targets")
	secretsOption = groupOption.child("secret")
)

// literal is what definition (opt) or elem (opt nil) give for t, a thunk
// not forced yet, when its expression is a literal whose snapshot follows
// from the tree alone: then t is left unforced, and the steps forcing it
// would take are charged. nil: t must be forced (not a literal, a
// property, a module's own attributes, a definition the analysis hands to
// onExtra, or a bound it would run into).
func (s *snapshotter) literal(t *eval.Thunk, opt *option, depth int) *Data {
	l, ok := t.Literal()
	if !ok || !s.fromTree || l.Kind() == eval.KUnknown && (opt == nil || opt.typ != tIgnored) {
		return nil
	}
	var c litCost
	d := &Data{}
	if opt == nil {
		d = s.litElem(d, l, depth, &c)
	} else {
		d = s.litDefinition(d, l, opt, depth, &c)
	}
	if d == nil || s.budget < c.nodes || !s.m.Afford(c.steps) {
		return nil
	}
	s.budget -= c.nodes
	return d
}

// litCost is what a literal's snapshot counts: nodes against the
// snapshotter's budget, and the evaluation steps forcing it would take.
type litCost struct{ nodes, steps int }

// The lit functions snapshot a literal as their namesakes do its value,
// into dst, a new (zero) Data (the Data of a list's or set's elements are
// allocated together), field by field: copying a whole Data into the heap
// while the collector marks goes through a bulk write barrier, dearer than
// the stores'. nil means that it must be evaluated instead.

// litDefinition is definition for the literal l.
func (s *snapshotter) litDefinition(dst *Data, l eval.Lit, opt *option, depth int, c *litCost) *Data {
	switch opt.typ {
	case tIgnored:
		return ignoredData
	case tSubmodule, tNested, tAttrsOf, tListOf:
		if l.Kind() == eval.KUnknown {
			return nil
		}
		c.steps += l.Steps()
		return s.litDefValue(dst, l, opt, depth, opt.typ == tSubmodule && !opt.shorthand, c)
	}
	return s.litElem(dst, l, depth, c)
}

// litDefValue is defValue for the literal l (of a known kind).
func (s *snapshotter) litDefValue(dst *Data, l eval.Lit, opt *option, depth int, asModule bool, c *litCost) *Data {
	c.nodes++
	if depth > 64 {
		return nil
	}
	switch k := l.Kind(); {
	case k == eval.KList && opt.typ == tListOf:
		kids, more := listParts(l.Len())
		dst.Kind, dst.O, dst.more = eval.KList, l.Origin(), more
		for i := range kids {
			// A recipient written as a set: recipientConfig gives nil.
			if more.elems[i] = s.litDefinition(&kids[i], l.Elem(i), opt.elem, depth+1, c); more.elems[i] == nil {
				return nil
			}
		}
		return dst
	case k != eval.KAttrs:
		return s.litValue(dst, l, depth, c)
	}
	n := l.Len()
	if opt == moduleOption || l.Has("_type") || asModule && (l.Has("config") || l.Has("options") || litHasAny(l, moduleAttrs)) {
		return nil
	}
	if asModule {
		// moduleConfig: the set is the config, its attributes copied
		// by eval.Without (none: no slices).
		d := s.litDefValue(dst, l, opt, depth+1, false, c)
		if d != nil && n == 0 {
			d.more.names, d.more.keys = nil, nil
		}
		return d
	}
	kids, more := setParts(n)
	dst.Kind, dst.O, dst.more, dst.noProp = eval.KAttrs, l.Origin(), more, true // no _type: see above
	litNames(l, more)
	for i := range n {
		a, kid := l.Attr(i), &kids[i]
		var dv *Data
		switch opt.typ {
		case tAttrsOf:
			dv = s.litDefinition(kid, a, opt.elem, depth+1, c)
		case tListOf:
			dv = s.litElem(kid, a, depth+1, c)
		default:
			switch child := opt.child(more.names[i]); {
			case child != nil:
				dv = s.litDefinition(kid, a, child, depth+1, c)
			case opt.freeform:
				return nil // onExtra receives its thunk
			default:
				dv = s.litElem(kid, a, depth+1, c)
			}
		}
		if dv == nil {
			return nil
		}
		more.elems[i] = dv
	}
	return dst
}

// litElem is elem for the literal l: forced, then snapshotted.
func (s *snapshotter) litElem(dst *Data, l eval.Lit, depth int, c *litCost) *Data {
	if l.Kind() == eval.KUnknown {
		return nil
	}
	c.steps += l.Steps()
	return s.litValue(dst, l, depth, c)
}

// litValue is valueInto for the literal l (of a known kind).
func (s *snapshotter) litValue(dst *Data, l eval.Lit, depth int, c *litCost) *Data {
	c.nodes++
	if depth > 64 {
		return nil
	}
	dst.Kind, dst.O = l.Kind(), l.Origin()
	var batch []Data
	switch dst.Kind {
	case eval.KString:
		dst.Str = l.Str()
		return dst
	case eval.KInt:
		dst.Int = l.Int()
		return dst
	case eval.KFloat:
		dst.Int = int64(math.Float64bits(l.Float()))
		return dst
	case eval.KList:
		batch, dst.more = listParts(l.Len())
	case eval.KAttrs:
		batch, dst.more = setParts(l.Len())
		litNames(l, dst.more)
	}
	kids := dst.Elems()
	for i := range kids {
		// No method value (l.Elem) chosen once: making it copies l, for
		// every literal, strings included.
		var e eval.Lit
		if dst.Kind == eval.KAttrs {
			e = l.Attr(i)
		} else {
			e = l.Elem(i)
		}
		if kids[i] = s.litElem(&batch[i], e, depth+1, c); kids[i] == nil {
			return nil
		}
	}
	return dst
}

// litNames sets the names of the literal set l and where each is written.
func litNames(l eval.Lit, m *dataMore) {
	for i := range m.names {
		m.names[i], m.keys[i] = l.Name(i)
	}
}

// smallSet and smallList are the Data of the elements of a set or list of
// up to two, allocated with the set's or list's slices and dataMore: most
// of a policy's sets and lists are that small (a recipient, a secret, its
// targets).
type (
	smallSet[D [1]Data | [2]Data, V [1]*Data | [2]*Data, N [1]string | [2]string, K [1]eval.Origin | [2]eval.Origin] struct {
		more  setMore
		kids  D
		vals  V
		names N
		keys  K
	}
	smallList[D [1]Data | [2]Data, E [1]*Data | [2]*Data] struct {
		more  dataMore
		kids  D
		elems E
	}
)

// setParts returns room for the Data of n attributes, and the dataMore of
// a set of n with room for its values, names and keys. Their fields are
// set one by one: copying a whole struct into the heap while the
// collector marks goes through a bulk write barrier.
func setParts(n int) ([]Data, *dataMore) {
	switch n {
	case 1:
		b := &smallSet[[1]Data, [1]*Data, [1]string, [1]eval.Origin]{}
		b.more.a.names, b.more.a.keys = b.names[:], b.keys[:]
		b.more.m.elems, b.more.m.attrNames = b.vals[:], &b.more.a
		return b.kids[:], &b.more.m
	case 2:
		b := &smallSet[[2]Data, [2]*Data, [2]string, [2]eval.Origin]{}
		b.more.a.names, b.more.a.keys = b.names[:], b.keys[:]
		b.more.m.elems, b.more.m.attrNames = b.vals[:], &b.more.a
		return b.kids[:], &b.more.m
	}
	return make([]Data, n), newSetMore(make([]*Data, n), make([]string, n), make([]eval.Origin, n))
}

// listParts returns room for the Data of n elements, and the dataMore of
// a list of n with room for its elements.
func listParts(n int) ([]Data, *dataMore) {
	switch n {
	case 1:
		b := &smallList[[1]Data, [1]*Data]{}
		b.more.elems = b.elems[:]
		return b.kids[:], &b.more
	case 2:
		b := &smallList[[2]Data, [2]*Data]{}
		b.more.elems = b.elems[:]
		return b.kids[:], &b.more
	}
	return make([]Data, n), &dataMore{elems: make([]*Data, n)}
}

// litHasAny reports whether the literal set l has one of the attributes
// names.
func litHasAny(l eval.Lit, names []string) bool {
	for _, n := range names {
		if l.Has(n) {
			return true
		}
	}
	return false
}

// defValue is definition on a forced value; asModule: a set is a module
// (with config, options, imports), not the config itself.
func (s *snapshotter) defValue(v eval.Value, opt *option, name string, depth int, asModule bool) *Data {
	s.budget--
	if s.budget < 0 || depth > 64 {
		return unknownData(v.Origin(), "value too large or too deep")
	}
	if opt == groupOption {
		saved := s.group
		s.group = name
		defer func() { s.group = saved }()
	}
	if opt.typ == tSubmodule {
		switch f := v.(type) {
		case *eval.Path:
			v = s.m.Apply(s.m.Force(s.m.Builtins().Lookup("import")), eval.Ready(f), f.O)
			if f, ok := v.(*eval.Func); ok {
				v = s.callSubmodule(f, opt, name)
			}
			s.aside++
			defer func() { s.aside-- }()
			// A module of its own, whose definitions are its file's
			// (lib.modules: the file is its _file).
			return fileData(strings.TrimPrefix(f.P, s.dir), s.defValue(v, opt, name, depth+1, true))
		case *eval.Func:
			v = s.callSubmodule(f, opt, name)
			asModule = true
			s.aside++
			defer func() { s.aside-- }()
		}
	}
	a, ok := v.(*eval.Attrs)
	if !ok {
		if l, ok := v.(*eval.List); ok && opt.typ == tListOf {
			elems := make([]*Data, len(l.Elems))
			saved := s.recipient
			for i, e := range l.Elems {
				if opt.elem == recipientOption {
					s.recipient = s.recipientConfig(s.m.Force(e))
				}
				elems[i] = s.definition(e, opt.elem, "", depth+1, nil, 0)
			}
			d := listData(l.O, elems)
			s.recipient = saved
			return d
		}
		return s.value(v, depth)
	}
	d := newSetData(a)
	if p := s.prop(a); p != "" {
		deciding := p == "if" && s.decidesGroups(opt)
		held := true // the conditions around the content hold
		s.props++
		defer func() { s.props-- }()
		for i, n := range a.Names {
			var dv *Data
			switch {
			case n == "content":
				if !held {
					s.aside++
					s.undecided++
				}
				dv = s.defValue(s.m.Force(a.Vals[i]), opt, name, depth+1, asModule)
				if !held {
					s.aside--
					s.undecided--
				}
			case n == "contents" && p == "merge":
				dv = s.propContents(a.Vals[i], opt, name, depth+1, asModule)
			case n == "condition":
				if deciding {
					s.deciding++
				}
				dv = s.thunk(a.Vals[i], depth+1)
				if deciding {
					s.deciding--
				}
				held = dv.Kind == eval.KBool && dv.Bool
			default:
				dv = s.thunk(a.Vals[i], depth+1)
			}
			d.keep(i, dv)
		}
		return d.done()
	}
	if asModule {
		return s.moduleConfig(a, opt, name, depth)
	}
	d.d.noProp = a.Lookup("_type") == nil // as litDefValue's
	var batch []Data
	for i, n := range a.Names {
		var dv *Data
		rest := len(a.Names) - i
		switch opt.typ {
		case tAttrsOf:
			dv = s.definition(a.Vals[i], opt.elem, n, depth+1, &batch, rest)
		case tListOf:
			dv = s.thunk(a.Vals[i], depth+1)
		default:
			child := opt.child(n)
			switch {
			case opt == moduleOption && n == "_module":
				s.moduleArgs(a.Vals[i])
				d.skip(i)
				continue
			case opt == moduleOption && slices.Contains(perSystemOptions, n) && s.onExtra != nil:
				t := a.Vals[i]
				if s.props > 0 {
					// Under a property the analysis does not discharge.
					t = eval.Ready(&eval.Unknown{Reason: "a definition of " + n + " under mkIf or mkMerge"})
				}
				s.onExtra("flake-parts", n, keyOf(a, i), t)
				dv = s.definition(a.Vals[i], child, n, depth+1, &batch, rest)
			case child != nil:
				dv = s.definition(a.Vals[i], child, n, depth+1, &batch, rest)
			case opt.freeform:
				if s.onExtra != nil {
					t := a.Vals[i]
					if s.undecided > 0 {
						// Under an mkIf whose condition is not known to hold:
						// self.<n> may not be this, or not be at all.
						t = eval.Ready(&eval.Unknown{Reason: "a definition of flake." + n + " under an undecided mkIf"})
					}
					s.onExtra("flake", n, keyOf(a, i), t)
				}
				d.skip(i)
				continue
			default:
				if opt == moduleOption && s.onExtra != nil {
					s.onExtra("option", n, keyOf(a, i), a.Vals[i])
				}
				dv = s.thunk(a.Vals[i], depth+1)
			}
		}
		d.keep(i, dv)
	}
	return d.done()
}

// decidesGroups reports whether the condition of a mkIf defining opt in a
// module's config decides which groups flake.secrets has: Nix evaluates
// the conditions of the definitions of flake.secrets to merge them, and
// attrsOf drops a group whose definitions are all mkIf false, so it
// evaluates theirs to list the groups. It does so only when the
// conditions around them hold.
func (s *snapshotter) decidesGroups(opt *option) bool {
	return s.topLevel > 0 && s.aside == 0 && (opt == groupOption || opt.typ == tAttrsOf && opt.elem == groupOption)
}

// setData collects the Data of a set from the attributes of a it keeps,
// sharing a's names and keys while it keeps them all.
type setData struct {
	a   *eval.Attrs
	d   *Data
	m   *dataMore // d's
	own bool      // d has names and keys of its own
}

func newSetData(a *eval.Attrs) setData {
	m := newSetMore(make([]*Data, 0, len(a.Names)), nil, nil)
	return setData{a: a, d: &Data{Kind: eval.KAttrs, O: a.O, Open: a.Open, more: m}, m: m}
}

// keep adds attribute i with the value v.
func (b *setData) keep(i int, v *Data) {
	if b.own {
		b.m.names = append(b.m.names, b.a.Names[i])
		b.m.keys = append(b.m.keys, b.a.Keys[i])
	}
	b.m.elems = append(b.m.elems, v)
}

// skip leaves attribute i out.
func (b *setData) skip(i int) {
	if !b.own {
		b.m.names = append([]string(nil), b.a.Names[:i]...)
		b.m.keys = append([]eval.Origin(nil), b.a.Keys[:i]...)
		b.own = true
	}
}

func (b *setData) done() *Data {
	if !b.own {
		b.m.names, b.m.keys = b.a.Names, b.a.Keys
	}
	return b.d
}

func (s *snapshotter) propContents(t *eval.Thunk, opt *option, name string, depth int, asModule bool) *Data {
	l, ok := s.m.Force(t).(*eval.List)
	if !ok {
		return s.thunk(t, depth)
	}
	elems := make([]*Data, len(l.Elems))
	for i, e := range l.Elems {
		elems[i] = s.defValue(s.m.Force(e), opt, name, depth+1, asModule)
	}
	return listData(l.O, elems)
}

// moduleConfig takes the config out of a module (lib.modules'
// unifyModuleSyntax): its config attribute, or the set without the
// module's own attributes (imports, options, key, _file, …).
func (s *snapshotter) moduleConfig(a *eval.Attrs, opt *option, name string, depth int) *Data {
	var d *Data
	if cfg := a.Lookup("config"); cfg != nil || a.Lookup("options") != nil {
		d = &Data{Kind: eval.KAttrs, O: a.O}
		if cfg != nil {
			d = s.defValue(s.m.Force(cfg), opt, name, depth+1, false)
		}
	} else {
		d = &Data{Kind: eval.KAttrs, O: a.O, Open: a.Open}
		rest := eval.Without(a, moduleAttrs)
		if cfg := s.defValue(rest, opt, name, depth+1, false); cfg.Kind == eval.KAttrs {
			d = cfg
		}
	}
	return s.withImports(d, a, opt, name, depth)
}

// withImports returns the config d of the submodule module a with the
// configs of the modules it imports, which lib.modules evaluates beside
// it: their definitions merge as mkMerge's do. A file imported twice in one
// submodule counts once (its key is its path).
func (s *snapshotter) withImports(d *Data, a *eval.Attrs, opt *option, name string, depth int) *Data {
	t := a.Lookup("imports")
	if t == nil {
		return d
	}
	l, ok := s.m.Force(t).(*eval.List)
	if !ok {
		// Modules the analysis cannot see may define anything.
		return mergeData(d, unknownData(a.O, "imports the analysis cannot read"))
	}
	parts := []*Data{d}
	for _, e := range l.Elems {
		v := s.m.Force(e)
		if p, ok := v.(*eval.Path); ok {
			k := importKey{opt, name, p.P}
			if s.imported[k] {
				continue
			}
			if s.imported == nil {
				s.imported = map[importKey]bool{}
			}
			s.imported[k] = true
		}
		parts = append(parts, s.defValue(v, opt, name, depth+1, true))
	}
	if len(parts) == 1 {
		return d
	}
	return mergeData(parts...)
}

// importKey is a file imported by the modules of one submodule.
type importKey struct {
	opt        *option
	name, path string
}

// mergeData is mkMerge of the definitions ds.
func mergeData(ds ...*Data) *Data {
	return attrsData("_type", strData("merge"), "contents", listData(eval.Origin{}, ds))
}

// fileData is d, defined in file: a property of the analysis' own that
// the merge discharges as lib.modules attributes a module's definitions
// to its _file.
func fileData(file string, d *Data) *Data {
	return attrsData("_type", strData(fileProp), "file", strData(file), "content", d)
}

// fileProp is the _type of fileData.
const fileProp = "secrets-lsp-file"

// keyOf is where the i-th name of a is written, if known.
func keyOf(a *eval.Attrs, i int) eval.Origin {
	if i < len(a.Keys) {
		return a.Keys[i]
	}
	return eval.Origin{}
}

// perSystemOptions are the options of flake-parts whose definitions go
// to onExtra ("flake-parts", name): what withSystem, getSystem and
// config.allSystems evaluate.
var perSystemOptions = []string{"allSystems", "perSystem", "systems"}

// moduleArgs hands the definitions of _module.args to onExtra.
func (s *snapshotter) moduleArgs(t *eval.Thunk) {
	m, ok := s.m.Force(t).(*eval.Attrs)
	if !ok || s.onExtra == nil {
		return
	}
	if at := m.Lookup("args"); at != nil {
		if args, ok := s.m.Force(at).(*eval.Attrs); ok {
			for i, n := range args.Names {
				s.onExtra("args", n, keyOf(args, i), args.Vals[i])
			}
		}
	}
}

// moduleAttrs are the attributes of a module that are not config.
var moduleAttrs = []string{"_class", "_file", "key", "disabledModules", "imports", "options", "meta", "freeformType"}

// callSubmodule calls f, a module of the submodule opt called name, with
// its arguments.
func (s *snapshotter) callSubmodule(f *eval.Func, opt *option, name string) eval.Value {
	if opt == flakeOption {
		if bad := s.m.UnexpectedArgument(f, flakeSubmoduleArgs, f.O); bad != nil {
			return bad
		}
	}
	return s.m.Apply(f, eval.Ready(s.submoduleArgs(opt, name)), f.O)
}

// flakeSubmoduleArgs are the arguments lib.modules calls a module of
// flake-parts' flake submodule with, in the order Nix 2.8 meets them
// (its symbol table's; _module.args are added by name, as asked for).
var flakeSubmoduleArgs = []string{"lib", "specialArgs", "config", "options", "_class", "_prefix"}

// submoduleArgs are the arguments of a submodule of opt written as a
// function: lib, its name (also as config._module.args.name) and its
// config, from ownConfig.
func (s *snapshotter) submoduleArgs(opt *option, name string) *eval.Attrs {
	vals := map[string]*eval.Thunk{"lib": eval.Ready(s.m.Lib())}
	if name != "" {
		n := &eval.String{S: name}
		vals["name"] = eval.Ready(n)
		args := eval.NewAttrs(map[string]eval.Value{"name": n}, true, eval.Origin{})
		module := eval.Ready(eval.NewAttrs(map[string]eval.Value{"args": args}, true, eval.Origin{}))
		group := s.group
		vals["config"] = eval.Lazy(func() eval.Value {
			if s.ownConfig != nil {
				if own := s.ownConfig(opt, group, name); own != nil {
					return own.With("_module", module)
				}
			}
			return eval.NewAttrsOf(map[string]*eval.Thunk{"_module": module}, true, eval.Origin{})
		})
	}
	if opt == recipientOption && s.recipient != nil {
		vals["config"] = eval.Ready(s.recipient)
	}
	if opt == flakeOption && s.topConfig != nil {
		// flake-parts' flake submodule: its config is the top level's flake.
		vals["config"] = eval.Lazy(func() eval.Value {
			if a, ok := s.m.Force(s.topConfig()).(*eval.Attrs); ok {
				if t := a.Lookup("flake"); t != nil {
					return s.m.Force(t)
				}
			}
			return &eval.Unknown{Reason: "the flake submodule's config"}
		})
	}
	return eval.NewAttrsOf(vals, true, eval.Origin{})
}

// recipientConfig is the config of a recipient written as modules
// (functions of their own config) merged with sets, as far as it does not
// depend on the modules: a field the sets alone define has their merged
// value, one a module defines too is unknown. A module reading what the
// sets give (config.name, config.age == [ ]) then sees it, as in Nix. nil:
// the element is not written so.
func (s *snapshotter) recipientConfig(v eval.Value) *eval.Attrs {
	var sets []*eval.Attrs
	var funcs []*eval.Func
	var walk func(v eval.Value) bool
	walk = func(v eval.Value) bool {
		switch v := v.(type) {
		case *eval.Func:
			funcs = append(funcs, v)
			return true
		case *eval.Attrs:
			switch s.prop(v) {
			case "":
				for _, n := range append([]string{"config"}, moduleAttrs...) {
					if v.Lookup(n) != nil {
						return false
					}
				}
				sets = append(sets, v)
				return !v.Open
			case "merge":
				ct := v.Lookup("contents")
				if ct == nil {
					return false
				}
				l, ok := s.m.Force(ct).(*eval.List)
				if !ok {
					return false
				}
				for _, e := range l.Elems {
					if !walk(s.m.Force(e)) {
						return false
					}
				}
				return true
			}
		}
		return false
	}
	if _, isFunc := v.(*eval.Func); !isFunc {
		if a, ok := v.(*eval.Attrs); !ok || s.prop(a) != "merge" {
			return nil // a plain set: no module reads its config
		}
	}
	if !walk(v) || len(funcs) == 0 {
		return nil
	}
	// The modules' sets, whose names do not depend on config.
	blind := eval.NewAttrs(map[string]eval.Value{"lib": s.m.Lib(), "config": eval.NewAttrs(nil, true, eval.Origin{})}, true, eval.Origin{})
	for _, f := range funcs {
		a, ok := s.m.Apply(f, eval.Ready(blind), f.O).(*eval.Attrs)
		if !ok || a.Open || s.prop(a) != "" {
			return nil
		}
	}
	// The modules again with config, the fixed point: a module reading a
	// field it (or another) defines plainly sees it, as in Nix; reading
	// one it is defining is Nix's infinite recursion too.
	var config *eval.Attrs
	self := eval.NewAttrsOf(map[string]*eval.Thunk{"lib": eval.Ready(s.m.Lib()), "config": eval.Lazy(func() eval.Value { return config })}, true, eval.Origin{})
	all := eval.Lazy(func() eval.Value {
		defs := make([]eval.Value, 0, len(sets)+len(funcs))
		for _, a := range sets {
			defs = append(defs, a)
		}
		for _, f := range funcs {
			a, ok := s.m.Apply(f, eval.Ready(self), f.O).(*eval.Attrs)
			if !ok || s.prop(a) != "" {
				return &eval.Unknown{Reason: "the recipient's own config"}
			}
			defs = append(defs, a)
		}
		return eval.NewList(defs, eval.Origin{})
	})
	fields := map[string]*eval.Thunk{}
	for _, f := range append([]string{"name"}, keyFields...) {
		fields[f] = eval.Lazy(func() eval.Value { return s.recipientField(f, all) })
	}
	config = eval.NewAttrsOf(fields, true, eval.Origin{})
	return config
}

// recipientField merges the definitions of field f of a recipient, the
// sets in the list defs (name: one string; keys: strings and lists of
// strings, concatenated, [ ] by default).
func (s *snapshotter) recipientField(f string, defs *eval.Thunk) eval.Value {
	unknown := &eval.Unknown{Reason: "the recipient's own config"}
	l, ok := s.m.Force(defs).(*eval.List)
	if !ok {
		return unknown
	}
	var name eval.Value
	var ks []eval.Value
	for _, e := range l.Elems {
		a, ok := s.m.Force(e).(*eval.Attrs)
		if !ok {
			return unknown
		}
		t := a.Lookup(f)
		if t == nil {
			continue
		}
		switch v := s.m.Force(t).(type) {
		case *eval.String:
			if f == "name" && name == nil {
				name = v
				continue
			}
			if f == "name" {
				return unknown
			}
			ks = append(ks, v)
		case *eval.List:
			if f == "name" {
				return unknown
			}
			for _, e := range v.Elems {
				ks = append(ks, s.m.Force(e))
			}
		default:
			return unknown
		}
	}
	if f == "name" {
		if name == nil {
			return unknown
		}
		return name
	}
	return eval.NewList(ks, eval.Origin{})
}

// nixPretty renders d as nixpkgs' lib.generators.toPretty { } does
// (multiline), which the module system uses in "Definition values".
func nixPretty(d *Data) string {
	var b strings.Builder
	prettyGo(&b, d, "")
	return b.String()
}

func prettyGo(b *strings.Builder, d *Data, indent string) {
	intro := "\n" + indent + "  "
	outro := "\n" + indent
	switch d.Kind {
	case eval.KInt:
		b.WriteString(strconv.FormatInt(d.Int, 10))
	case eval.KFloat:
		b.WriteString(strconv.FormatFloat(d.Float(), 'g', -1, 64))
	case eval.KString:
		eval.PrettyString(b, d.Str, true, indent)
	case eval.KBool:
		b.WriteString(strconv.FormatBool(d.Bool))
	case eval.KNull:
		b.WriteString("null")
	case eval.KPath:
		// Paths show relative to the flake's directory, as the golden
		// vectors (and error.txt) write Nix's absolute store paths.
		b.WriteString(d.shownPath())
	case eval.KList:
		if len(d.Elems()) == 0 {
			b.WriteString("[ ]")
			return
		}
		b.WriteString("[")
		for _, e := range d.Elems() {
			b.WriteString(intro)
			prettyGo(b, e, indent+"  ")
		}
		b.WriteString(outro + "]")
	case eval.KFunc:
		if d.Str == "" {
			b.WriteString("<function>")
			return
		}
		b.WriteString("<function, args: {" + d.Str + "}>")
	case eval.KAttrs:
		if len(d.Names()) == 0 {
			b.WriteString("{ }")
			return
		}
		b.WriteString("{")
		for i, n := range d.Names() {
			b.WriteString(intro)
			b.WriteString(eval.EscapeNixIdentifier(n))
			b.WriteString(" = ")
			prettyGo(b, d.more.elems[i], indent+"  ")
			b.WriteString(";")
		}
		b.WriteString(outro + "}")
	default:
		b.WriteString("«unknown»")
	}
}

// showDef is one "- In `FILE': VALUE" item of a module-system message:
// at most five lines of the value, indented, then "..." (nixpkgs'
// showDefs). A value that cannot be printed shows nothing.
func showDef(file string, d *Data) string {
	head := "\n- In `" + file + "'"
	if d == nil || !printable(d, 0) {
		return head
	}
	lines := strings.Split(nixPretty(d), "\n")
	if len(lines) > 5 {
		lines = append(lines[:5], "...")
	}
	value := strings.Join(lines, "\n    ")
	if len(lines) > 1 {
		return head + ":\n    " + value
	}
	return head + ": " + value
}

// printable reports whether d is known all the way down (so Nix would
// print it as we do).
func printable(d *Data, depth int) bool {
	if depth > 10 {
		return true
	}
	switch d.Kind {
	case eval.KUnknown:
		return false
	case eval.KList:
		for _, e := range d.Elems() {
			if !printable(e, depth+1) {
				return false
			}
		}
	case eval.KAttrs:
		if d.Open {
			return false
		}
		for _, v := range d.Elems() {
			if !printable(v, depth+1) {
				return false
			}
		}
	}
	return true
}

// showOption renders an option path as nixpkgs' showOption does.
func showOption(loc []string) string {
	parts := make([]string, len(loc))
	for i, p := range loc {
		if p == "*" || strings.HasPrefix(p, "<") && strings.HasSuffix(p, ">") {
			parts[i] = p
			continue
		}
		parts[i] = eval.EscapeNixIdentifier(p)
	}
	return strings.Join(parts, ".")
}
