package eval

import (
	"regexp"
	"regexp/syntax"
)

// regexpEntry is a compiled POSIX extended regular expression, as
// builtins.match and builtins.split use them, or why it does not compile.
type regexpEntry struct {
	anchored *regexp.Regexp // the whole string, for match
	search   *regexp.Regexp // re for split
	err      error
}

// regexp compiles re once per Machine. Nix uses POSIX extended regular
// expressions with leftmost-longest matching: Go's POSIX mode.
func (m *Machine) regexp(re string) *regexpEntry {
	if e, ok := m.regexps[re]; ok {
		return e
	}
	if m.regexps == nil {
		m.regexps = make(map[string]*regexpEntry)
	}
	e := &regexpEntry{}
	e.anchored, e.err = compilePOSIX(re, true)
	if e.err == nil {
		e.search, e.err = compilePOSIX(re, false)
	}
	m.regexps[re] = e
	return e
}

// compilePOSIX compiles an extended regular expression as Nix's
// std::regex does: leftmost-longest, and '.' matches a line feed too;
// anchored, it must match the whole string.
func compilePOSIX(re string, anchored bool) (*regexp.Regexp, error) {
	p, err := syntax.Parse(re, syntax.POSIX|syntax.DotNL|syntax.OneLine)
	if err != nil {
		return nil, err
	}
	s := p.String()
	if anchored {
		s = `\A(?:` + s + `)\z`
	}
	r, err := regexp.Compile(s)
	if err != nil {
		return nil, err
	}
	r.Longest()
	return r, nil
}

// regexMatch is builtins.match: null, or the list of the groups (null for
// a group that did not take part).
func (m *Machine) regexMatch(re string, s *String, o Origin) Value {
	e := m.regexp(re)
	if e.err != nil {
		return m.fail(o, "invalid regular expression '%s'", re)
	}
	if !m.charge(len(s.S)/64 + 1) {
		return m.exhausted(o, budgetExhausted)
	}
	idx := e.anchored.FindStringSubmatchIndex(s.S)
	if idx == nil {
		return &Null{O: o}
	}
	groups := make([]*Thunk, 0, len(idx)/2-1)
	for g := 2; g+1 < len(idx); g += 2 {
		if idx[g] < 0 {
			groups = append(groups, Ready(&Null{O: o}))
			continue
		}
		groups = append(groups, Ready(subString(s, idx[g], idx[g+1], o)))
	}
	return &List{Elems: groups, O: o}
}

// regexSplit is builtins.split: the text between matches, and for each
// match the list of its groups.
func (m *Machine) regexSplit(re string, s *String, o Origin) Value {
	e := m.regexp(re)
	if e.err != nil {
		return m.fail(o, "invalid regular expression '%s'", re)
	}
	if !m.charge(len(s.S)/64 + 1) {
		return m.exhausted(o, budgetExhausted)
	}
	var out []*Thunk
	prev := 0
	for _, idx := range e.search.FindAllStringSubmatchIndex(s.S, -1) {
		out = append(out, Ready(subString(s, prev, idx[0], o)))
		groups := make([]*Thunk, 0, len(idx)/2-1)
		for g := 2; g+1 < len(idx); g += 2 {
			if idx[g] < 0 {
				groups = append(groups, Ready(&Null{O: o}))
				continue
			}
			groups = append(groups, Ready(subString(s, idx[g], idx[g+1], o)))
		}
		out = append(out, Ready(&List{Elems: groups, O: o}))
		prev = idx[1]
	}
	out = append(out, Ready(subString(s, prev, len(s.S), o)))
	return &List{Elems: out, O: o}
}
