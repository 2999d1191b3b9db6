package eval

// lib.attrsets.updateManyAttrsByPath (lib/attrsets.nix): updates at
// attribute paths, the nested ones applied first, then those of each
// level in order, each given the value so far (lazily: an update that
// ignores its argument never forces it, nor the throw a missing path is).

// updateManyAttrsByPath is lib.updateManyAttrsByPath updates value.
func (m *Machine) updateManyAttrsByPath(updates, value *Thunk, o Origin) Value {
	l, bad := m.list(updates, o)
	if bad != nil {
		return bad
	}
	return m.updateAt(0, knownBool(true), value, l.Elems, o)
}

// triBool is a Boolean the analysis may not know.
type triBool struct{ b, known bool }

func knownBool(b bool) triBool { return triBool{b, true} }

// updateAt applies updates to value at depth prefix: those whose path ends
// there after those further down. hasValue says whether the path so far
// exists in the value updated.
func (m *Machine) updateAt(prefix int, hasValue triBool, value *Thunk, updates []*Thunk, o Origin) Value {
	var here, deeper []*Thunk
	var deeperPaths []*List
	for _, u := range updates {
		p, bad := as[*List](m, m.selectName(m.Force(u), "path", o), o, "a list")
		if bad != nil {
			return bad
		}
		if len(p.Elems) == prefix {
			here = append(here, u)
		} else {
			deeper, deeperPaths = append(deeper, u), append(deeperPaths, p)
		}
	}
	withNested := Lazy(func() Value {
		if !hasValue.known {
			return unknown(o, "updateManyAttrsByPath of a partially known set")
		}
		if len(deeper) == 0 {
			if hasValue.b {
				return m.Force(value)
			}
			p, bad := m.showPath(m.Force(here[0]), -1, o)
			if bad != nil {
				return bad
			}
			return m.throw(o, "updateManyAttrsByPath: Path '%s' does not exist in the given value, but the first update to this path tries to access the existing value.", p)
		}
		var names []string
		groups := map[string][]*Thunk{}
		for i, u := range deeper {
			n, bad := m.str(deeperPaths[i].Elems[prefix], o)
			if bad != nil {
				return bad
			}
			if groups[n.S] == nil {
				names = append(names, n.S)
			}
			groups[n.S] = append(groups[n.S], u)
		}
		var set *Attrs
		if hasValue.b {
			v := m.Force(value)
			switch v := v.(type) {
			case *Attrs:
				set = v
			case *Unknown:
				return propagate(v, o)
			default:
				first := m.Force(deeper[0])
				whole, bad := m.showPath(first, -1, o)
				if bad != nil {
					return bad
				}
				upTo, bad := m.showPath(first, prefix, o)
				if bad != nil {
					return bad
				}
				return m.throw(o, "updateManyAttrsByPath: Path '%s' needs to be updated, but path '%s' of the given value is not an attribute set, so we can't update an attribute inside of it.", whole, upTo)
			}
		}
		var b attrsBuilder
		for _, n := range names {
			has, child := knownBool(false), Ready(&Null{O: o})
			if set != nil {
				if t := set.Lookup(n); t != nil {
					has, child = knownBool(true), t
				} else if set.Open {
					has = triBool{}
				}
			}
			us := groups[n]
			b.add(n, Lazy(func() Value { return m.updateAt(prefix+1, has, child, us, o) }), Origin{})
		}
		nested := b.build(o, false)
		if set == nil {
			return nested
		}
		return m.update(set, nested, o)
	})
	acc := withNested
	for _, u := range here {
		prev := acc
		acc = Lazy(func() Value { return m.Apply(m.selectName(m.Force(u), "update", o), prev, o) })
	}
	return m.Force(acc)
}

// showPath is lib.showAttrPath of an update's path, of its first n
// elements (n < 0: all of it), as updateManyAttrsByPath's messages show
// it, or the value replacing the message.
func (m *Machine) showPath(update Value, n int, o Origin) (string, Value) {
	p, bad := as[*List](m, m.selectName(update, "path", o), o, "a list")
	if bad != nil {
		return "", bad
	}
	if n >= 0 {
		p = &List{Elems: p.Elems[:n], O: o}
	}
	s, bad := m.str(Ready(m.Apply(m.libFunc("showAttrPath"), Ready(p), o)), o)
	if bad != nil {
		return "", bad
	}
	return s.S, nil
}
