package eval

import (
	"errors"
	"regexp"
	"regexp/syntax"
	"strings"
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
	goRe, err := fromPOSIX(re)
	if err != nil {
		return nil, err
	}
	p, err := syntax.Parse(goRe, syntax.POSIX|syntax.DotNL|syntax.OneLine)
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

// errInvalidRegexp is a pattern libstdc++'s extended grammar refuses.
var errInvalidRegexp = errors.New("invalid regular expression")

// fromPOSIX rewrites an extended regular expression into Go's syntax as
// libstdc++ (Nix's std::regex) reads it, where the two differ: outside a
// bracket expression a backslash escapes only one of [().*+?{|^$\ and a
// brace starts a bound ({n}, {n,}, {n,m}); inside one it is itself.
func fromPOSIX(re string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(re); i++ {
		switch c := re[i]; c {
		case '\\':
			if i+1 == len(re) || !strings.ContainsRune(`[().*+?{|^$\`, rune(re[i+1])) {
				return "", errInvalidRegexp
			}
			b.WriteString(re[i : i+2])
			i++
		case '{':
			j := i + 1
			for j < len(re) && (re[j] >= '0' && re[j] <= '9' || re[j] == ',') {
				j++
			}
			lo, _, _ := strings.Cut(re[i+1:j], ",")
			if j == len(re) || re[j] != '}' || lo == "" || strings.Count(re[i+1:j], ",") > 1 {
				return "", errInvalidRegexp
			}
			b.WriteString(re[i : j+1])
			i = j
		case '[':
			j := i + 1
			if j < len(re) && re[j] == '^' {
				j++
			}
			if j < len(re) && re[j] == ']' {
				j++ // a ] first is one of the characters
			}
			for j < len(re) && re[j] != ']' {
				if re[j] == '[' && j+1 < len(re) && strings.IndexByte(":=.", re[j+1]) >= 0 {
					// [:class:], [=c=], [.c.]: up to their closing pair.
					k := strings.Index(re[j+2:], string(re[j+1])+"]")
					if k < 0 {
						return "", errInvalidRegexp
					}
					j += k + 4
					continue
				}
				j++
			}
			if j == len(re) {
				return "", errInvalidRegexp
			}
			b.WriteString(strings.ReplaceAll(re[i:j+1], `\`, `\\`))
			i = j
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
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
