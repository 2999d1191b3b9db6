package ast

import (
	"slices"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Attrs is the attribute set a binding list denotes once Nix has merged
// attribute paths, as Nix 2.8's parser does: `a.b = 1; a.c = 2;` defines
// one attribute a, a set holding b and c; `a = { c = 1; }; a.b = 2;` merges
// b into the written set. The scope of a let is an Attrs too.
type Attrs struct {
	Defs    []*AttrDef // statically named attributes, sorted by name
	Dynamic []*DynamicAttr
	index   map[string]*AttrDef // while merging into a large set
	Rec     bool
	sorted  bool // Defs is sorted (merging appends)
}

// AttrDef is a statically named attribute.
type AttrDef struct {
	Name string
	Key  AttrName // the name where the attribute was first defined
	// Pos is where Nix places the definition in messages: the start of the
	// defining attribute path, or just after `inherit` (after the closing
	// parenthesis of `inherit (e)`).
	Pos     token.Pos
	Binding Binding  // the *Attr or *Inherit that first defined it
	Inherit *Inherit // the inherit clause defining it, or nil
	// Value is the expression written in an *Attr binding; nil for an
	// inherited attribute and for a set made from paths (a.b = …).
	Value Expr
	// Nested is the attribute set value when Nix merges into it: always for
	// a set made from paths, and for a written set (Value) once another
	// binding merged into it. Use Set to get it in every case.
	Nested *Attrs
}

// DynamicAttr is an attribute whose name is computed: "${x}" = …; or the
// dynamic element of a path. Nix keeps them apart and in source order.
type DynamicAttr struct {
	Name    AttrName
	Pos     token.Pos
	Binding Binding
	Value   Expr   // nil for a set made from the rest of a path
	Nested  *Attrs // the set made from the rest of a path, or nil
}

// AttrError is a duplicate definition found while merging.
type AttrError struct {
	Pos  token.Pos  // where Nix reports it
	Prev token.Pos  // the other definition ("already defined at")
	Path []AttrName // the attribute path Nix names, or nil when Name is
	Name string     // the attribute name, for inherit and merged sets
}

// Set returns the attribute set the definition's value is when Nix can
// merge into it (a set made from paths, or a written { } or rec { }, after
// parentheses), with every merge applied; otherwise nil.
func (d *AttrDef) Set() *Attrs {
	if d.Nested == nil && d.Inherit == nil {
		if s, ok := Unparen(d.Value).(*AttrSet); ok {
			d.Nested = BuildAttrs(s.Rec.IsValid(), s.Bindings, nil)
		}
	}
	return d.Nested
}

// Lookup returns the definition of name, or nil.
func (a *Attrs) Lookup(name string) *AttrDef {
	switch {
	case a.sorted && len(a.Defs) > indexFrom:
		i, ok := slices.BinarySearchFunc(a.Defs, name, func(d *AttrDef, name string) int {
			return strings.Compare(d.Name, name)
		})
		if ok {
			return a.Defs[i]
		}
		return nil
	case a.index != nil:
		return a.index[name]
	}
	for _, d := range a.Defs {
		if d.Name == name {
			return d
		}
	}
	return nil
}

const indexFrom = 8

// insert adds a definition while merging.
func (a *Attrs) insert(d *AttrDef) {
	a.Defs = append(a.Defs, d)
	a.sorted = false
	if a.index != nil {
		a.index[d.Name] = d
	} else if len(a.Defs) > indexFrom {
		a.index = make(map[string]*AttrDef, 2*len(a.Defs))
		for _, d := range a.Defs {
			a.index[d.Name] = d
		}
	}
}

// finish sorts a merged set and the sets merged into it.
func (a *Attrs) finish() {
	if !a.sorted {
		slices.SortFunc(a.Defs, func(x, y *AttrDef) int { return strings.Compare(x.Name, y.Name) })
		a.sorted, a.index = true, nil
	}
	for _, d := range a.Defs {
		if d.Nested != nil {
			d.Nested.finish()
		}
	}
	for _, d := range a.Dynamic {
		if d.Nested != nil {
			d.Nested.finish()
		}
	}
}

// BuildAttrs merges a binding list into the set it denotes. report, if not
// nil, receives each duplicate definition in the order Nix meets them; the
// duplicate is then left out. Dynamic names in inherit clauses are skipped
// (the parser reports them).
func BuildAttrs(rec bool, bindings []Binding, report func(AttrError)) *Attrs {
	if report != nil {
		a := &Attrs{Rec: rec}
		for _, b := range bindings {
			a.Add(b, report)
		}
		a.finish()
		return a
	}
	// The entries sort on the stack, where moving them costs no write
	// barriers; a buffer no larger than needed spares zeroing it.
	if len(bindings) <= 8 {
		var buf [8]entry
		return buildAll(rec, collect(buf[:0], bindings))
	}
	var buf [64]entry
	return buildAll(rec, collect(buf[:0], bindings))
}

// buildAll builds the set of the entries of a binding list: each entry
// defines at most one attribute named at the end of its path, so the
// definitions of the set and of the sets nested in it take one allocation.
// A set of at most two entries (a recipient's name and key), the most
// numerous, is allocated with room for its definitions.
func buildAll(rec bool, entries []entry) *Attrs {
	c := defChunks{least: len(entries)}
	var a *Attrs
	if len(entries) <= smallLen {
		s := new(smallAttrs)
		a, c.defs, c.lists = &s.a, s.defs[:0], s.lists[:0]
	} else {
		a = new(Attrs)
	}
	a.Rec = rec
	a.build(entries, 0, &c)
	return a
}

const smallLen = 2

// smallAttrs is a small set and the first chunks of its definitions.
type smallAttrs struct {
	a     Attrs
	defs  [smallLen]AttrDef
	lists [smallLen]*AttrDef
}

// defChunks hands out the definitions and definition lists of the sets
// one BuildAttrs call builds, from shared chunks: a set of paths (secret.
// s1.targets = …; ×100) makes as many small nested sets.
type defChunks struct {
	defs  []AttrDef
	lists []*AttrDef
	least int // the least length of a new chunk
}

// take returns room for n values at the end of chunk, as an empty slice
// of capacity n: appending to it past n reallocates, never overwriting
// the values of another set.
func take[T any](chunk *[]T, n, least int) []T {
	if cap(*chunk)-len(*chunk) < n {
		*chunk = make([]T, 0, max(n, least))
	}
	start := len(*chunk)
	*chunk = (*chunk)[:start+n]
	return (*chunk)[start : start : start+n]
}

// collect appends to entries those of a binding list.
func collect(entries []entry, bindings []Binding) []entry {
	for _, b := range bindings {
		switch b := b.(type) {
		case *Attr:
			if len(b.Path) > 0 && b.Value != nil {
				entries = append(entries, entry{b: b})
			}
		case *Inherit:
			for _, k := range b.Names {
				if name, ok := StaticName(k); ok {
					entries = append(entries, entry{name, k, b})
				}
			}
		}
	}
	return entries
}

// entry is a binding merged by build: an attribute whose path names, at
// build's depth, an attribute of the set built (key, named name); or one
// name of an inherit clause.
type entry struct {
	name string
	key  AttrName
	b    Binding
}

// build merges entries into a, empty, without reporting: the entries of
// each name merge apart, so they are grouped by name, keeping their order
// within a group. A group of paths that all go deeper (secret.s1.x = …;
// secret.s2.y = …;) makes a set built the same way one level down, so that
// large sets merge by sorting instead of by lookups; other groups of more
// than one entry are merged one binding at a time. build reorders
// entries.
func (a *Attrs) build(entries []entry, depth int, c *defChunks) {
	// Computed names never merge: Nix keeps them apart, in source order.
	// Entries are named in place and moved only past a computed one: while
	// the collector runs, copying an entry costs a bulk write barrier.
	n := 0
	for i := range entries {
		e := &entries[i]
		if attr, ok := e.b.(*Attr); ok {
			var ok bool
			e.key = attr.Path[depth]
			if e.name, ok = StaticName(e.key); !ok {
				a.addPath(attr, depth, ignore)
				continue
			}
		}
		if n < i {
			entries[n] = *e
		}
		n++
	}
	entries = entries[:n]
	// Sorted by name, keeping source order among equal names.
	slices.SortStableFunc(entries, func(x, y entry) int { return strings.Compare(x.name, y.name) })
	var groups, leaves, paths int
	for i := 0; i < len(entries); {
		j := groupEnd(entries, i)
		switch groupKind(entries[i:j], depth) {
		case leafGroup:
			leaves++
		case pathGroup:
			paths++
		}
		groups++
		i = j
	}
	defs := take(&c.defs, leaves, c.least)
	pathDefs := make([]pathDef, 0, paths)
	a.Defs = take(&c.lists, groups, c.least)
	for i := 0; i < len(entries); {
		j := groupEnd(entries, i)
		group, e := entries[i:j], entries[i]
		// Definitions are set field by field in their new (zeroed)
		// room: copying a whole struct into the heap while the collector
		// marks goes through a bulk write barrier, dearer than the stores'.
		switch groupKind(group, depth) {
		case leafGroup:
			defs = defs[:len(defs)+1]
			d := &defs[len(defs)-1]
			d.Name, d.Key = e.name, e.key
			if inh, ok := e.b.(*Inherit); ok {
				d.Pos, d.Binding, d.Inherit = inh.namesPos(), inh, inh
			} else {
				attr := e.b.(*Attr)
				d.Pos, d.Binding, d.Value = attr.Path[0].Pos(), attr, attr.Value
			}
			a.Defs = append(a.Defs, d)
		case pathGroup:
			pathDefs = pathDefs[:len(pathDefs)+1]
			p := &pathDefs[len(pathDefs)-1]
			p.def.Name, p.def.Key, p.def.Pos, p.def.Binding = e.name, e.key, e.b.(*Attr).Path[0].Pos(), e.b
			p.def.Nested = &p.set
			p.set.build(group, depth+1, c)
			a.Defs = append(a.Defs, &p.def)
		default:
			merged := &Attrs{}
			for _, e := range group {
				if attr, ok := e.b.(*Attr); ok {
					merged.addPath(attr, depth, ignore)
				} else {
					merged.inherit(e.b.(*Inherit), e.key, e.name, ignore)
				}
			}
			merged.finish()
			a.Defs = append(a.Defs, merged.Defs...)
		}
		i = j
	}
	a.sorted = true
}

// groupEnd returns the end of the group of entries named as entries[i].
func groupEnd(entries []entry, i int) int {
	j := i + 1
	for j < len(entries) && entries[j].name == entries[i].name {
		j++
	}
	return j
}

type groupType uint8

const (
	mergedGroup groupType = iota // merged binding by binding
	leafGroup                    // one attribute or inherited name
	pathGroup                    // paths that all go deeper
)

func groupKind(group []entry, depth int) groupType {
	if len(group) == 1 {
		if attr, ok := group[0].b.(*Attr); !ok || len(attr.Path) == depth+1 {
			return leafGroup
		}
	}
	for _, e := range group {
		if attr, ok := e.b.(*Attr); !ok || len(attr.Path) == depth+1 {
			return mergedGroup
		}
	}
	return pathGroup
}

func ignore(AttrError) {}

// namesPos is where Nix places the names of an inherit clause: just after
// `inherit`, or after the closing parenthesis of `inherit (e)`.
func (b *Inherit) namesPos() token.Pos {
	if b.From != nil && b.Rparen.IsValid() {
		return b.Rparen + 1
	}
	return b.Inherit + token.Pos(len("inherit"))
}

// Add merges one more binding into a, as BuildAttrs does; report may be
// nil.
func (a *Attrs) Add(b Binding, report func(AttrError)) {
	if report == nil {
		report = ignore
	}
	switch b := b.(type) {
	case *Attr:
		if len(b.Path) > 0 && b.Value != nil {
			a.addPath(b, 0, report)
		}
	case *Inherit:
		for _, k := range b.Names {
			if name, ok := StaticName(k); ok {
				a.inherit(b, k, name, report)
			}
		}
	}
}

// inherit adds one name of an inherit clause.
func (a *Attrs) inherit(b *Inherit, k AttrName, name string, report func(AttrError)) {
	pos := b.namesPos()
	if d := a.Lookup(name); d != nil {
		report(AttrError{Pos: pos, Prev: d.Pos, Name: name})
		return
	}
	a.insert(&AttrDef{Name: name, Key: k, Pos: pos, Binding: b, Inherit: b})
}

// addPath merges an attribute whose path, from depth on, names attributes
// of a.
func (a *Attrs) addPath(b *Attr, depth int, report func(AttrError)) {
	pos := b.Path[0].Pos()
	attrs := a
	last := len(b.Path) - 1
	for _, n := range b.Path[depth:last] {
		name, ok := StaticName(n)
		if !ok {
			dyn := &DynamicAttr{Name: n, Pos: pos, Binding: b, Nested: &Attrs{}}
			attrs.Dynamic = append(attrs.Dynamic, dyn)
			attrs = dyn.Nested
			continue
		}
		d := attrs.Lookup(name)
		if d == nil {
			d = newPathDef(name, n, pos, b)
			attrs.insert(d)
		} else if d.Set() == nil {
			report(AttrError{Pos: pos, Prev: d.Pos, Path: b.Path})
			return
		}
		attrs = d.Nested
	}
	n := b.Path[last]
	name, ok := StaticName(n)
	if !ok {
		attrs.Dynamic = append(attrs.Dynamic, &DynamicAttr{Name: n, Pos: pos, Binding: b, Value: b.Value})
		return
	}
	d := attrs.Lookup(name)
	if d == nil {
		attrs.insert(&AttrDef{Name: name, Key: n, Pos: pos, Binding: b, Value: b.Value})
		return
	}
	set, isSet := Unparen(b.Value).(*AttrSet)
	if !isSet || d.Set() == nil {
		report(AttrError{Pos: pos, Prev: d.Pos, Path: b.Path})
		return
	}
	// Nix 2.8 moves the new set's static attributes into the old one, one
	// level deep only, and drops its dynamic ones; the old set keeps its
	// own rec-ness.
	for _, nd := range BuildAttrs(false, set.Bindings, nil).Defs {
		if old := d.Nested.Lookup(nd.Name); old != nil {
			report(AttrError{Pos: old.Pos, Prev: nd.Pos, Name: nd.Name})
			continue
		}
		d.Nested.insert(nd)
	}
}

// pathDef is an attribute a path defines with the set it is, allocated
// together: a.b.c = … makes one for a and one for b.
type pathDef struct {
	def AttrDef
	set Attrs
}

func newPathDef(name string, key AttrName, pos token.Pos, b Binding) *AttrDef {
	p := &pathDef{def: AttrDef{Name: name, Key: key, Pos: pos, Binding: b}}
	p.def.Nested = &p.set
	return &p.def
}

// DisjointPaths sorts a list by the attribute paths of static names its
// elements hold, and reports whether none is equal to or the start of
// another (a.b and a.c.d, not a and a.b): the nested sets such paths
// define merge without conflict.
func DisjointPaths[T any](list []T, path func(T) []AttrName) bool {
	slices.SortFunc(list, func(x, y T) int { return ComparePaths(path(x), path(y)) })
	// Sorted, a path that starts another comes right before one it starts.
	for i := 1; i < len(list); i++ {
		if prev, next := path(list[i-1]), path(list[i]); len(prev) <= len(next) && ComparePaths(prev, next[:len(prev)]) == 0 {
			return false
		}
	}
	return true
}

// ComparePaths orders attribute paths of static names name by name.
func ComparePaths(x, y []AttrName) int {
	for i := range min(len(x), len(y)) {
		a, _ := StaticName(x[i])
		b, _ := StaticName(y[i])
		if c := strings.Compare(a, b); c != 0 {
			return c
		}
	}
	return len(x) - len(y)
}
