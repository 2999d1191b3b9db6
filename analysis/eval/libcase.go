package eval

import "strings"

// lib.strings.splitStringBy and toCamelCase (lib/strings.nix): strings cut
// between characters where a predicate of the previous and the current
// one holds.

// splitBy is splitStringBy isSplit keepSplit s: the parts of s cut before
// each byte at which isSplit (of the previous byte, "" at the start, and
// that byte) holds, the byte kept at the start of the next part when keep
// says so (asked at the first cut, as lib forces keepSplit there); or the
// value replacing the result.
func splitBy(s string, keep func() (bool, Value), isSplit func(prev, curr string) (bool, Value)) ([]string, Value) {
	var parts []string
	var part strings.Builder
	for i := range len(s) {
		prev, curr := "", s[i:i+1]
		if i > 0 {
			prev = s[i-1 : i]
		}
		split, bad := isSplit(prev, curr)
		if bad != nil {
			return nil, bad
		}
		if !split {
			part.WriteString(curr)
			continue
		}
		parts = append(parts, part.String())
		part.Reset()
		k, bad := keep()
		if bad != nil {
			return nil, bad
		}
		if k {
			part.WriteString(curr)
		}
	}
	return append(parts, part.String()), nil
}

// splitStringBy is lib.strings.splitStringBy predicate keepSplit str.
func (m *Machine) splitStringBy(a []*Thunk, o Origin) Value {
	s, bad := m.stringish(a[2], o)
	if bad != nil {
		return bad
	}
	keep := func() (bool, Value) { return m.boolean(m.Force(a[1]), o) }
	parts, bad := splitBy(s.S, keep, func(prev, curr string) (bool, Value) {
		return m.test(m.Force(a[0]), o, readyStr(prev, o), readyStr(curr, o))
	})
	if bad != nil {
		return bad
	}
	elems := make([]*Thunk, len(parts))
	for i, p := range parts {
		elems[i] = readyStr(p, o)
	}
	return &List{Elems: elems, O: o}
}

// camelCase is lib.strings.toCamelCase of a string: words split at -, _
// and spaces and where a lower-case letter meets an upper-case one, the
// first lower-cased, the others in sentence case.
func camelCase(s string) string {
	isSep := func(_, curr string) (bool, Value) { return curr == "-" || curr == "_" || curr == " ", nil }
	isHump := func(prev, curr string) (bool, Value) {
		return prev != "" && 'a' <= prev[0] && prev[0] <= 'z' && 'A' <= curr[0] && curr[0] <= 'Z', nil
	}
	always := func(b bool) func() (bool, Value) { return func() (bool, Value) { return b, nil } }
	words, _ := splitBy(s, always(false), isSep)
	var b strings.Builder
	first := true
	for _, w := range words {
		parts, _ := splitBy(w, always(true), isHump)
		for _, p := range parts {
			switch {
			case first:
				b.WriteString(asciiLower(p))
				first = false
			case p != "":
				b.WriteString(asciiUpper(p[:1]) + asciiLower(p[1:]))
			}
		}
	}
	return b.String()
}

// stringCase is lib's function name changing the case of a string with f,
// which throws for any other value (throwIfNot (isString str)).
func stringCase(name string, f func(string) string) fnImpl {
	return func(m *Machine, a []*Thunk, o Origin) Value {
		switch v := m.Force(a[0]).(type) {
		case *Unknown:
			return propagate(v, o)
		case *String:
			return &String{S: f(v.S), O: o}
		default:
			return m.throw(o, "%s does only accepts string values, but got %s", name, v.Kind())
		}
	}
}
