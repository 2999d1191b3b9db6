package eval

import "strings"

// lib.path (nixpkgs' lib/path/default.nix): path values taken apart into
// components. Paths are absolute and clean here, with the one filesystem
// root "/", so that the roots the functions compare are always equal.

// libPath are lib.path's functions (namespaceOnly: lib.hasPrefix is
// another).
var libPath = []*prim{
	fn("append", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		p, bad := m.pathValue(a[0], "lib.path.append: The first argument is of type %s, but a path was expected", o)
		if bad != nil {
			return bad
		}
		sub := m.Force(a[1])
		if u, ok := sub.(*Unknown); ok {
			return propagate(u, o)
		}
		if why := subpathInvalidReason(sub); why != "" {
			return m.throw(o, "lib.path.append: Second argument is not a valid subpath string:\n    %s", why)
		}
		return &Path{P: cleanPath(p.P + "/" + sub.(*String).S), O: o}
	}),
	fn("hasPrefix", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		prefix, bad := m.pathValue(a[0], "lib.path.hasPrefix: First argument is of type %s, but a path was expected", o)
		if bad != nil {
			return bad
		}
		p, bad := m.pathValue(a[1], "lib.path.hasPrefix: Second argument is of type %s, but a path was expected", o)
		if bad != nil {
			return bad
		}
		_, ok := componentsAfter(prefix.P, p.P)
		return m.bool(ok, o)
	}),
	fn("removePrefix", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		prefix, bad := m.pathValue(a[0], "lib.path.removePrefix: First argument is of type %s, but a path was expected.", o)
		if bad != nil {
			return bad
		}
		p, bad := m.pathValue(a[1], "lib.path.removePrefix: Second argument is of type %s, but a path was expected.", o)
		if bad != nil {
			return bad
		}
		rest, ok := componentsAfter(prefix.P, p.P)
		if !ok {
			return m.throw(o, `lib.path.removePrefix: The first path argument "%s" is not a component-wise prefix of the second path argument "%s".`, prefix.P, p.P)
		}
		return &String{S: joinRelPath(rest), O: o}
	}),
	fn("splitRoot", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		p, bad := m.pathValue(a[0], "lib.path.splitRoot: Argument is of type %s, but a path was expected", o)
		if bad != nil {
			return bad
		}
		return mkAttrs(o, "root", &Path{P: "/", O: o}, "subpath", &String{S: joinRelPath(pathComponents(p.P)), O: o})
	}),
}

// makeSubpath is lib.path.subpath: subpath strings ("./a/b") taken apart.
func makeSubpath() Value {
	var b attrsBuilder
	add := func(name string, f fnImpl) { b.add(name, Ready(&Func{prim: fn(name, 1, f)}), Origin{}) }
	add("isValid", func(m *Machine, a []*Thunk, o Origin) Value {
		why, bad := m.subpathReason(a[0], o)
		if bad != nil {
			return bad
		}
		return m.bool(why == "", o)
	})
	// components and normalise assert a valid subpath (assertMsg).
	valid := func(name string, f func(parts []string) Value) fnImpl {
		return func(m *Machine, a []*Thunk, o Origin) Value {
			why, bad := m.subpathReason(a[0], o)
			switch {
			case bad != nil:
				return bad
			case why != "":
				return m.throw(o, "lib.path.subpath.%s: Argument is not a valid subpath string:\n    %s", name, why)
			}
			return f(splitRelPath(m.Force(a[0]).(*String).S))
		}
	}
	add("components", valid("components", func(parts []string) Value {
		elems := make([]*Thunk, len(parts))
		for i, c := range parts {
			elems[i] = Ready(&String{S: c})
		}
		return &List{Elems: elems}
	}))
	add("normalise", valid("normalise", func(parts []string) Value { return &String{S: joinRelPath(parts)} }))
	add("join", func(m *Machine, a []*Thunk, o Origin) Value {
		l, bad := m.list(a[0], o)
		if bad != nil {
			return bad
		}
		var parts []string
		for i, e := range l.Elems {
			why, bad := m.subpathReason(e, o)
			switch {
			case bad != nil:
				return bad
			case why != "":
				return m.throw(o, "lib.path.subpath.join: Element at index %d is not a valid subpath string:\n    %s", i, why)
			}
			parts = append(parts, splitRelPath(m.Force(e).(*String).S)...)
		}
		return &String{S: joinRelPath(parts), O: o}
	})
	return b.build(Origin{}, false)
}

// subpathReason is subpathInvalidReason of the value of t; bad is the
// value when it is unknown, or a string the analysis cannot judge.
func (m *Machine) subpathReason(t *Thunk, o Origin) (why string, bad Value) {
	v := m.Force(t)
	if u, ok := v.(*Unknown); ok {
		return "", propagate(u, o)
	}
	if s, ok := v.(*String); ok && strings.Contains(s.S, "\n") {
		// lib's regex for ".." components and Nix's "." around newlines.
		return "", unknown(o, "a subpath string with a line break")
	}
	return subpathInvalidReason(v), nil
}

// splitRelPath are the components of the valid subpath string s: those
// between slashes, but empty ones and ".".
func splitRelPath(s string) []string {
	var parts []string
	for _, c := range strings.Split(s, "/") {
		if c != "" && c != "." {
			parts = append(parts, c)
		}
	}
	return parts
}

// pathValue forces t, which must be a path (lib's assertMsg: a throw
// with msg, given the value's type, when it is not).
func (m *Machine) pathValue(t *Thunk, msg string, o Origin) (*Path, Value) {
	switch v := m.Force(t).(type) {
	case *Path:
		return v, nil
	case *Unknown:
		return nil, propagate(v, o)
	default:
		return nil, m.throw(o, msg, v.Kind().String())
	}
}

// pathComponents are the components of the clean absolute path p
// (deconstructPath).
func pathComponents(p string) []string {
	if p == "/" {
		return nil
	}
	return strings.Split(strings.TrimPrefix(p, "/"), "/")
}

// componentsAfter returns the components of p after those of prefix,
// and whether prefix is a component-wise prefix of p.
func componentsAfter(prefix, p string) ([]string, bool) {
	pre, all := pathComponents(prefix), pathComponents(p)
	if len(pre) > len(all) {
		return nil, false
	}
	for i, c := range pre {
		if all[i] != c {
			return nil, false
		}
	}
	return all[len(pre):], true
}

// joinRelPath is lib.path's relative path of components: "./" first,
// "./." for none.
func joinRelPath(components []string) string {
	if len(components) == 0 {
		return "./."
	}
	return "./" + strings.Join(components, "/")
}

// subpathInvalidReason is why v is not a subpath string lib.path accepts,
// or "".
func subpathInvalidReason(v Value) string {
	s, ok := v.(*String)
	switch {
	case !ok:
		return "The given value is of type " + v.Kind().String() + ", but a string was expected"
	case s.S == "":
		return "The given string is empty"
	case strings.HasPrefix(s.S, "/"):
		return `The given string "` + s.S + "\" starts with a `/`, representing an absolute path"
	case s.S == ".." || strings.HasPrefix(s.S, "../") || strings.HasSuffix(s.S, "/..") || strings.Contains(s.S, "/../"):
		return `The given string "` + s.S + "\" contains a `..` component, which is not allowed in subpaths"
	}
	return ""
}
