package eval

// DefaultModule is flake-parts.lib.defaultModule (flake-parts' lib.nix): a
// flake's flakeModules.default (the flake itself if it has none), any
// other value as it is.
func DefaultModule() Value { return &Func{prim: defaultModule} }

var defaultModule = fn("defaultModule", 1, func(m *Machine, a []*Thunk, o Origin) Value {
	s, ok := m.Force(a[0]).(*Attrs)
	if !ok {
		return m.Force(a[0])
	}
	if flake, bad := m.isFlake(s, o); bad != nil || !flake {
		if bad != nil {
			return bad
		}
		return s
	}
	// maybeFlake.flakeModules.default or maybeFlake
	var v Value = s
	for _, n := range []string{"flakeModules", "default"} {
		set, ok := v.(*Attrs)
		if !ok {
			if u, isUnknown := v.(*Unknown); isUnknown {
				return propagate(u, o)
			}
			return s
		}
		t := set.Lookup(n)
		switch {
		case t == nil && set.Open:
			return unknown(o, "flakeModules.default of a partially known flake")
		case t == nil:
			return s
		}
		v = m.Force(t)
	}
	return v
})

// isFlake is flake-parts' isFlake: _type = "flake", or else inputs,
// outputs and sourceInfo (flakes of Nix before 2.13).
func (m *Machine) isFlake(s *Attrs, o Origin) (bool, Value) {
	if t := s.Lookup("_type"); t != nil {
		eq, known := m.Equal(m.Force(t), &String{S: "flake"})
		if !known {
			return false, unknown(o, "the _type of a partially known value")
		}
		return eq, nil
	}
	if s.Open {
		return false, unknown(o, "whether a partially known set is a flake")
	}
	return s.Lookup("inputs") != nil && s.Lookup("outputs") != nil && s.Lookup("sourceInfo") != nil, nil
}
