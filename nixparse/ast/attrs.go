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
	Rec     bool
	Defs    []*AttrDef // statically named attributes, in order of definition
	Dynamic []*DynamicAttr
	byName  []int32             // indexes of Defs sorted by name, once built
	index   map[string]*AttrDef // while building a large set
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
	case a.byName != nil:
		i, ok := slices.BinarySearchFunc(a.byName, name, func(i int32, name string) int {
			return strings.Compare(a.Defs[i].Name, name)
		})
		if ok {
			return a.Defs[a.byName[i]]
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

// ByName returns the indexes of Defs in the order of their names, as Nix
// prints them.
func (a *Attrs) ByName() []int32 {
	a.sortNames()
	return a.byName
}

// sortNames computes byName. It reports false if a name repeats.
func (a *Attrs) sortNames() bool {
	if a.byName != nil {
		return true
	}
	by := make([]int32, len(a.Defs))
	for i := range by {
		by[i] = int32(i)
	}
	slices.SortStableFunc(by, func(i, j int32) int { return strings.Compare(a.Defs[i].Name, a.Defs[j].Name) })
	for k := 1; k < len(by); k++ {
		if a.Defs[by[k]].Name == a.Defs[by[k-1]].Name {
			return false
		}
	}
	a.byName, a.index = by, nil
	return true
}

const indexFrom = 8

func (a *Attrs) insert(d *AttrDef) {
	if a.byName != nil {
		// Back to incremental lookups.
		a.byName = nil
		if len(a.Defs) > indexFrom {
			a.index = make(map[string]*AttrDef, 2*len(a.Defs))
			for _, d := range a.Defs {
				a.index[d.Name] = d
			}
		}
	}
	a.Defs = append(a.Defs, d)
	if a.index != nil {
		a.index[d.Name] = d
	} else if len(a.Defs) > indexFrom {
		a.index = make(map[string]*AttrDef, 2*len(a.Defs))
		for _, d := range a.Defs {
			a.index[d.Name] = d
		}
	}
}

// BuildAttrs merges a binding list into the set it denotes. report, if not
// nil, receives each duplicate definition in the order Nix meets them; the
// duplicate is then left out. Dynamic names in inherit clauses are skipped
// (the parser reports them).
func BuildAttrs(rec bool, bindings []Binding, report func(AttrError)) *Attrs {
	if a := buildFlat(rec, bindings); a != nil {
		return a
	}
	a := &Attrs{Rec: rec, Defs: make([]*AttrDef, 0, len(bindings))}
	for _, b := range bindings {
		a.Add(b, report)
	}
	a.sortNames()
	return a
}

// buildFlat builds the common set, where no attribute path has two
// elements and no name repeats, so that nothing merges; it returns nil for
// the others.
func buildFlat(rec bool, bindings []Binding) *Attrs {
	n := 0
	for _, b := range bindings {
		switch b := b.(type) {
		case *Attr:
			if len(b.Path) != 1 || b.Value == nil {
				return nil
			}
			n++
		case *Inherit:
			n += len(b.Names)
		}
	}
	defs := make([]AttrDef, 0, n)
	a := &Attrs{Rec: rec, Defs: make([]*AttrDef, 0, n)}
	for _, b := range bindings {
		switch b := b.(type) {
		case *Attr:
			k := b.Path[0]
			name, ok := StaticName(k)
			if !ok {
				a.Dynamic = append(a.Dynamic, &DynamicAttr{Name: k, Pos: k.Pos(), Binding: b, Value: b.Value})
				continue
			}
			defs = append(defs, AttrDef{Name: name, Key: k, Pos: k.Pos(), Binding: b, Value: b.Value})
			a.Defs = append(a.Defs, &defs[len(defs)-1])
		case *Inherit:
			pos := b.namesPos()
			for _, k := range b.Names {
				if name, ok := StaticName(k); ok {
					defs = append(defs, AttrDef{Name: name, Key: k, Pos: pos, Binding: b, Inherit: b})
					a.Defs = append(a.Defs, &defs[len(defs)-1])
				}
			}
		}
	}
	if len(a.Defs) > indexFrom {
		if !a.sortNames() {
			return nil
		}
		return a
	}
	for i, d := range a.Defs {
		for _, e := range a.Defs[:i] {
			if d.Name == e.Name {
				return nil
			}
		}
	}
	return a
}

// namesPos is where Nix places the names of an inherit clause: just after
// `inherit`, or after the closing parenthesis of `inherit (e)`.
func (b *Inherit) namesPos() token.Pos {
	if b.From != nil && b.Rparen.IsValid() {
		return b.Rparen + 1
	}
	return b.Inherit + token.Pos(len("inherit"))
}

// Add merges one more binding into a, as BuildAttrs does.
func (a *Attrs) Add(b Binding, report func(AttrError)) {
	if report == nil {
		report = func(AttrError) {}
	}
	switch b := b.(type) {
	case *Attr:
		if len(b.Path) > 0 && b.Value != nil {
			a.addAttr(b, report)
		}
	case *Inherit:
		pos := b.namesPos()
		for _, n := range b.Names {
			name, ok := StaticName(n)
			if !ok {
				continue
			}
			if d := a.Lookup(name); d != nil {
				report(AttrError{Pos: pos, Prev: d.Pos, Name: name})
				continue
			}
			a.insert(&AttrDef{Name: name, Key: n, Pos: pos, Binding: b, Inherit: b})
		}
	}
}

func (a *Attrs) addAttr(b *Attr, report func(AttrError)) {
	pos := b.Path[0].Pos()
	attrs := a
	last := len(b.Path) - 1
	for _, n := range b.Path[:last] {
		name, ok := StaticName(n)
		if !ok {
			dyn := &DynamicAttr{Name: n, Pos: pos, Binding: b, Nested: &Attrs{}}
			attrs.Dynamic = append(attrs.Dynamic, dyn)
			attrs = dyn.Nested
			continue
		}
		d := attrs.Lookup(name)
		if d == nil {
			d = &AttrDef{Name: name, Key: n, Pos: pos, Binding: b, Nested: &Attrs{}}
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
