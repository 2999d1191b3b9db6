package eval

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"errors"
	"hash"
	"math"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// as returns v as a T, or the value that replaces the result when v is
// unknown or of another kind (what Nix's type error would be).
func as[T Value](m *Machine, v Value, o Origin, what string) (T, Value) {
	var zero T
	if x, ok := v.(T); ok {
		return x, nil
	}
	if u, ok := v.(*Unknown); ok {
		return zero, propagate(u, o)
	}
	return zero, m.fail(o, "value is %s while %s was expected", v.Kind().Article(), what)
}

func (m *Machine) list(t *Thunk, o Origin) (*List, Value) {
	return as[*List](m, m.Force(t), o, "a list")
}

func (m *Machine) attrs(t *Thunk, o Origin) (*Attrs, Value) {
	return as[*Attrs](m, m.Force(t), o, "a set")
}

func (m *Machine) str(t *Thunk, o Origin) (*String, Value) {
	return as[*String](m, m.Force(t), o, "a string")
}

func (m *Machine) integer(t *Thunk, o Origin) (*Int, Value) {
	return as[*Int](m, m.Force(t), o, "an integer")
}

func (m *Machine) boolean(v Value, o Origin) (bool, Value) {
	b, bad := as[*Bool](m, v, o, "a Boolean")
	if bad != nil {
		return false, bad
	}
	return b.B, nil
}

// stringish coerces a string, path or set with outPath, as the string
// builtins accept them.
func (m *Machine) stringish(t *Thunk, o Origin) (*String, Value) {
	v := m.Force(t)
	if s, ok := v.(*String); ok {
		return s, nil
	}
	s, bad := m.coerce(v, o, false)
	if bad != nil {
		return nil, bad
	}
	return &String{S: s, O: o}, nil
}

// pathArg returns the io/fs path a path-like argument designates, or the
// value replacing the result when it is unknown or outside the workspace.
func (m *Machine) pathArg(t *Thunk, o Origin) (string, string, Value) {
	v := m.Force(t)
	var p string
	switch v := v.(type) {
	case *Path:
		p = v.P
	case *String:
		p = v.S
	case *Unknown:
		return "", "", propagate(v, o)
	default:
		s, bad := m.coerce(v, o, false)
		if bad != nil {
			return "", "", bad
		}
		p = s
	}
	if !strings.HasPrefix(p, "/") {
		return "", "", m.fail(o, "string '%s' doesn't represent an absolute path", p)
	}
	name, ok := m.fsPath(p)
	if !ok {
		return "", "", unknown(o, "path "+p+" outside the workspace")
	}
	return p, name, nil
}

func lazyApply(m *Machine, f Value, o Origin, args ...*Thunk) *Thunk {
	return Lazy(func() Value { return m.Call(f, o, args...) })
}

// nameValue returns a string value for an attribute name, carrying where
// the name was written.
func nameValue(a *Attrs, i int, o Origin) *String {
	ko := o
	if i < len(a.Keys) && a.Keys[i].IsValid() {
		ko = a.Keys[i]
	}
	return &String{S: a.Names[i], O: ko}
}

// setNames hands out the names of a set's attributes as values (see
// nameValue). Those of a large set are made once per Machine: filterAttrs
// or mapAttrs may run over the same inventory for every secret.
type setNames struct {
	a  *Attrs
	ts []*Thunk // nil for a small set
}

// largeSet is the size from which names are kept.
const largeSet = 16

func (m *Machine) setNames(a *Attrs) setNames {
	if len(a.Names) < largeSet || len(a.Keys) != len(a.Names) {
		return setNames{a: a}
	}
	ts := m.names[a]
	if ts == nil {
		ts = make([]*Thunk, len(a.Names))
		if m.names == nil {
			m.names = map[*Attrs][]*Thunk{}
		}
		m.names[a] = ts
	}
	return setNames{a, ts}
}

// at returns the name of attribute i, at o if the set does not say where
// it was written.
func (n setNames) at(i int, o Origin) *Thunk {
	if n.ts == nil || !n.a.Keys[i].IsValid() {
		return Ready(nameValue(n.a, i, o))
	}
	if n.ts[i] == nil {
		n.ts[i] = Ready(nameValue(n.a, i, o))
	}
	return n.ts[i]
}

// subString returns s[i:j] keeping the source of the bytes when s is
// exactly the text of a file region.
func subString(s *String, i, j int, o Origin) *String {
	if so, ok := exactText(s); ok {
		return &String{S: s.S[i:j], O: Origin{Src: so.Src, Start: so.Start + token.Pos(i), End: so.Start + token.Pos(j), Lit: FileText}}
	}
	return &String{S: s.S[i:j], O: o}
}

// exactText returns the origin of s's bytes in a file when s is exactly the
// text of a region (read from a file, or a string literal without escapes).
func exactText(s *String) (Origin, bool) {
	o := s.O
	if o.Src == nil {
		return Origin{}, false
	}
	text := o.Src.File.Source()
	switch o.Lit {
	case FileText:
		return o, true
	case NixString, JSONString:
		start, end := int(o.Start)+1, int(o.End)-1
		if start <= end && end <= len(text) && string(text[start:end]) == s.S {
			return Origin{Src: o.Src, Start: token.Pos(start), End: token.Pos(end), Lit: FileText}, true
		}
	}
	return Origin{}, false
}

func (m *Machine) bool(b bool, o Origin) *Bool { return &Bool{B: b, O: o} }

// abort is the failure of builtins.abort, which tryEval does not catch.
func (m *Machine) abort(o Origin, msg string) *Unknown {
	return m.fail(o, "evaluation aborted with the following error message: '%s'", msg)
}

// listIndex returns a list argument, an integer argument and whether it
// is an index of the list.
func (m *Machine) listIndex(list, index *Thunk, o Origin) (l *List, i int64, in bool, bad Value) {
	if l, bad = m.list(list, o); bad != nil {
		return nil, 0, false, bad
	}
	n, bad := m.integer(index, o)
	if bad != nil {
		return nil, 0, false, bad
	}
	return l, n.N, 0 <= n.N && n.N < int64(len(l.Elems)), nil
}

// throw returns a failure builtins.tryEval catches: what Nix's throw and a
// failed assert raise (lib's throwIf and assertMsg are throws too).
func (m *Machine) throw(o Origin, format string, args ...any) *Unknown {
	u := m.fail(o, format, args...)
	u.Err.Thrown = true
	return u
}

// primTable lists the builtins the evaluator models. The others are
// unknown: builtins is an open set.
var primTable = []*prim{
	{"abort", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		s, bad := m.str(a[0], o)
		if bad != nil {
			return bad
		}
		return m.abort(o, s.S)
	}},
	{"throw", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		s, bad := m.str(a[0], o)
		if bad != nil {
			return bad
		}
		return m.throw(o, "%s", s.S)
	}},
	{"add", 2, func(m *Machine, a []*Thunk, o Origin) Value { return m.add(m.Force(a[0]), m.Force(a[1]), o) }},
	{"sub", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.arith(token.MINUS, m.Force(a[0]), m.Force(a[1]), o)
	}},
	{"mul", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.arith(token.MUL, m.Force(a[0]), m.Force(a[1]), o)
	}},
	{"div", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.arith(token.DIV, m.Force(a[0]), m.Force(a[1]), o)
	}},
	{"lessThan", 2, func(m *Machine, a []*Thunk, o Origin) Value { return m.lessThan(m.Force(a[0]), m.Force(a[1]), o) }},
	{"all", 2, func(m *Machine, a []*Thunk, o Origin) Value { return m.quantify(a, o, false) }},
	{"any", 2, func(m *Machine, a []*Thunk, o Origin) Value { return m.quantify(a, o, true) }},
	{"attrNames", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		s, bad := m.attrs(a[0], o)
		if bad != nil {
			return bad
		}
		if s.Open {
			return unknown(o, "names of a partially known set")
		}
		elems := make([]*Thunk, len(s.Names))
		names := m.setNames(s)
		for i := range s.Names {
			elems[i] = names.at(i, o)
		}
		return &List{Elems: elems, O: o}
	}},
	{"attrValues", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		s, bad := m.attrs(a[0], o)
		if bad != nil {
			return bad
		}
		if s.Open {
			return unknown(o, "values of a partially known set")
		}
		return &List{Elems: append([]*Thunk(nil), s.Vals...), O: o}
	}},
	{"baseNameOf", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		s, bad := m.stringish(a[0], o)
		if bad != nil {
			return bad
		}
		p := strings.TrimSuffix(s.S, "/")
		return &String{S: p[strings.LastIndexByte(p, '/')+1:], O: o}
	}},
	{"dirOf", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		v := m.Force(a[0])
		if p, ok := v.(*Path); ok {
			return &Path{P: path.Dir(p.P), O: o}
		}
		s, bad := m.stringish(a[0], o)
		if bad != nil {
			return bad
		}
		i := strings.LastIndexByte(s.S, '/')
		switch {
		case i < 0:
			return &String{S: ".", O: o}
		case i == 0:
			return &String{S: "/", O: o}
		}
		return &String{S: s.S[:i], O: o}
	}},
	{"bitAnd", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.bits(a, o, func(x, y int64) int64 { return x & y })
	}},
	{"bitOr", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.bits(a, o, func(x, y int64) int64 { return x | y })
	}},
	{"bitXor", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.bits(a, o, func(x, y int64) int64 { return x ^ y })
	}},
	{"catAttrs", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		name, bad := m.str(a[0], o)
		if bad != nil {
			return bad
		}
		l, bad := m.list(a[1], o)
		if bad != nil {
			return bad
		}
		var out []*Thunk
		for _, e := range l.Elems {
			s, bad := m.attrs(e, o)
			if bad != nil {
				return bad
			}
			if t := s.Lookup(name.S); t != nil {
				out = append(out, t)
			} else if s.Open {
				return unknown(o, "catAttrs of a partially known set")
			}
		}
		return &List{Elems: out, O: o}
	}},
	{"ceil", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.rounding(a[0], o, math.Ceil) }},
	{"floor", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.rounding(a[0], o, math.Floor) }},
	{"concatLists", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		l, bad := m.list(a[0], o)
		if bad != nil {
			return bad
		}
		return m.concatThunks(l.Elems, o)
	}},
	{"concatMap", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		f := m.Force(a[0])
		l, bad := m.list(a[1], o)
		if bad != nil {
			return bad
		}
		parts := make([]*Thunk, len(l.Elems))
		for i, e := range l.Elems {
			parts[i] = Ready(m.Apply(f, e, o))
		}
		return m.concatThunks(parts, o)
	}},
	{"concatStringsSep", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		sep, bad := m.str(a[0], o)
		if bad != nil {
			return bad
		}
		return m.joinStrings(a[1], sep.S, o)
	}},
	{"deepSeq", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		if bad := m.DeepForce(m.Force(a[0]), 0); bad != nil {
			return propagate(bad, o)
		}
		return m.Force(a[1])
	}},
	{"seq", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		if e := Failure(m.Force(a[0])); e != nil {
			return &Unknown{Reason: "error", Err: e, O: o}
		}
		return m.Force(a[1])
	}},
	{"elem", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		if _, bad := m.list(a[1], o); bad != nil {
			return bad
		}
		in, known := m.member(a[1], m.Force(a[0]), o)
		if !known {
			return unknown(o, "membership in a partially known list")
		}
		return m.bool(in, o)
	}},
	{"elemAt", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		l, i, in, bad := m.listIndex(a[0], a[1], o)
		if bad != nil {
			return bad
		}
		if !in {
			return m.fail(o, "list index %d is out of bounds", i)
		}
		return m.Force(l.Elems[i])
	}},
	{"filter", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		f := m.Force(a[0])
		l, bad := m.list(a[1], o)
		if bad != nil {
			return bad
		}
		var out []*Thunk
		for _, e := range l.Elems {
			keep, bad := m.test(f, o, e)
			if bad != nil {
				return bad
			}
			if keep {
				out = append(out, e)
			}
		}
		if len(out) == len(l.Elems) {
			return l
		}
		return &List{Elems: out, O: o}
	}},
	{"foldl'", 3, func(m *Machine, a []*Thunk, o Origin) Value {
		f := m.Force(a[0])
		l, bad := m.list(a[2], o)
		if bad != nil {
			return bad
		}
		acc := a[1]
		for _, e := range l.Elems {
			v := m.Call(f, o, acc, e)
			if e := Failure(v); e != nil {
				return v
			}
			acc = Ready(v)
		}
		return m.Force(acc)
	}},
	{"fromJSON", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		s, bad := m.str(a[0], o)
		if bad != nil {
			return bad
		}
		return m.FromJSON(s, o)
	}},
	{"fromTOML", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		s, bad := m.str(a[0], o)
		if bad != nil {
			return bad
		}
		return m.FromTOML(s, o)
	}},
	{"toJSON", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		var b strings.Builder
		if bad := m.writeJSON(&b, m.Force(a[0]), o, 0); bad != nil {
			return bad
		}
		return &String{S: b.String(), O: o}
	}},
	{"functionArgs", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		v := m.Force(a[0])
		if u, ok := v.(*Unknown); ok {
			return propagate(u, o)
		}
		f, ok := v.(*Func)
		if !ok {
			return m.fail(o, "'functionArgs' requires a function")
		}
		var b attrsBuilder
		if f.lambda != nil && f.lambda.node.Formals != nil {
			for _, fm := range f.lambda.node.Formals.List {
				b.add(fm.Name.Name, Ready(m.bool(fm.Default != nil, o)), origin(f.lambda.src, fm.Name, NixIdent))
			}
		}
		return b.build(o, false)
	}},
	{"genList", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		f := m.Force(a[0])
		n, bad := m.integer(a[1], o)
		if bad != nil {
			return bad
		}
		if n.N < 0 {
			return m.fail(o, "cannot create list of size %d", n.N)
		}
		if !m.charge(int(min(n.N, math.MaxInt32))) {
			return m.exhausted(o, budgetExhausted)
		}
		elems := make([]*Thunk, n.N)
		for i := range elems {
			elems[i] = lazyApply(m, f, o, Ready(&Int{N: int64(i), O: o}))
		}
		return &List{Elems: elems, O: o}
	}},
	{"getAttr", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		n, bad := m.str(a[0], o)
		if bad != nil {
			return bad
		}
		s, bad := m.attrs(a[1], o)
		if bad != nil {
			return bad
		}
		if t := s.Lookup(n.S); t != nil {
			return m.Force(t)
		}
		if s.Open {
			return unknown(o, "attribute "+n.S+" of a partially known set")
		}
		return m.missingFor("getAttr", n.S, s, o)
	}},
	{"hasAttr", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		n, bad := m.str(a[0], o)
		if bad != nil {
			return bad
		}
		s, bad := m.attrs(a[1], o)
		if bad != nil {
			return bad
		}
		if s.Lookup(n.S) != nil {
			return m.bool(true, o)
		}
		if s.Open {
			return unknown(o, "membership in a partially known set")
		}
		return m.bool(false, o)
	}},
	{"groupBy", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		f := m.Force(a[0])
		l, bad := m.list(a[1], o)
		if bad != nil {
			return bad
		}
		groups := map[string][]*Thunk{}
		keys := map[string]Origin{}
		for _, e := range l.Elems {
			k, bad := as[*String](m, m.Apply(f, e, o), o, "a string")
			if bad != nil {
				return bad
			}
			if _, ok := groups[k.S]; !ok {
				keys[k.S] = k.O
			}
			groups[k.S] = append(groups[k.S], e)
		}
		var b attrsBuilder
		for k, es := range groups {
			b.add(k, Ready(&List{Elems: es, O: o}), keys[k])
		}
		return b.build(o, false)
	}},
	{"partition", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		f := m.Force(a[0])
		l, bad := m.list(a[1], o)
		if bad != nil {
			return bad
		}
		var right, wrong []*Thunk
		for _, e := range l.Elems {
			ok, bad := m.test(f, o, e)
			if bad != nil {
				return bad
			}
			if ok {
				right = append(right, e)
			} else {
				wrong = append(wrong, e)
			}
		}
		var b attrsBuilder
		b.add("right", Ready(&List{Elems: right, O: o}), Origin{})
		b.add("wrong", Ready(&List{Elems: wrong, O: o}), Origin{})
		return b.build(o, false)
	}},
	{"head", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		l, bad := m.list(a[0], o)
		if bad != nil {
			return bad
		}
		if len(l.Elems) == 0 {
			return m.fail(o, "list index 0 is out of bounds")
		}
		return m.Force(l.Elems[0])
	}},
	{"tail", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		l, bad := m.list(a[0], o)
		if bad != nil {
			return bad
		}
		if len(l.Elems) == 0 {
			return m.fail(o, "'tail' called on an empty list")
		}
		return &List{Elems: l.Elems[1:], O: o}
	}},
	{"length", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		l, bad := m.list(a[0], o)
		if bad != nil {
			return bad
		}
		return &Int{N: int64(len(l.Elems)), O: o}
	}},
	{"import", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		p, _, bad := m.pathArg(a[0], o)
		if bad != nil {
			return bad
		}
		return m.Force(m.importPath(p, o))
	}},
	{"intersectAttrs", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		x, bad := m.attrs(a[0], o)
		if bad != nil {
			return bad
		}
		y, bad := m.attrs(a[1], o)
		if bad != nil {
			return bad
		}
		if x.Open || y.Open {
			return unknown(o, "intersection with a partially known set")
		}
		var b attrsBuilder
		for i, n := range y.Names {
			if x.Lookup(n) != nil {
				b.add(n, y.Vals[i], y.Keys[i])
			}
		}
		return b.build(o, false)
	}},
	{"isAttrs", 1, isKind(KAttrs)},
	{"isBool", 1, isKind(KBool)},
	{"isFloat", 1, isKind(KFloat)},
	{"isFunction", 1, isKind(KFunc)},
	{"isInt", 1, isKind(KInt)},
	{"isList", 1, isKind(KList)},
	{"isNull", 1, isKind(KNull)},
	{"isPath", 1, isKind(KPath)},
	{"isString", 1, isKind(KString)},
	{"typeOf", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		v := m.Force(a[0])
		if u, ok := v.(*Unknown); ok {
			return propagate(u, o)
		}
		return &String{S: v.Kind().String(), O: o}
	}},
	{"listToAttrs", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		l, bad := m.list(a[0], o)
		if bad != nil {
			return bad
		}
		var b attrsBuilder
		seen := map[string]bool{}
		open := false
		for _, e := range l.Elems {
			s, bad := m.attrs(e, o)
			if bad != nil {
				if Failure(bad) != nil {
					return bad
				}
				open = true
				continue
			}
			nt := s.Lookup("name")
			vt := s.Lookup("value")
			if nt == nil || vt == nil {
				if s.Open {
					open = true
					continue
				}
				return m.missingFor("listToAttrs", map[bool]string{true: "name", false: "value"}[nt == nil], s, o)
			}
			n, bad := m.str(nt, o)
			if bad != nil {
				if Failure(bad) != nil {
					return bad
				}
				open = true
				continue
			}
			if seen[n.S] {
				continue
			}
			seen[n.S] = true
			b.add(n.S, vt, n.O)
		}
		return b.build(o, open)
	}},
	{"map", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		f := m.Force(a[0])
		l, bad := m.list(a[1], o)
		if bad != nil {
			return bad
		}
		elems := make([]*Thunk, len(l.Elems))
		for i, e := range l.Elems {
			elems[i] = lazyApply(m, f, o, e)
		}
		return &List{Elems: elems, O: o}
	}},
	{"mapAttrs", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		f := m.Force(a[0])
		s, bad := m.attrs(a[1], o)
		if bad != nil {
			return bad
		}
		vals := make([]*Thunk, len(s.Vals))
		names := m.setNames(s)
		for i := range s.Vals {
			vals[i] = lazyApply(m, f, o, names.at(i, o), s.Vals[i])
		}
		return &Attrs{Names: s.Names, Vals: vals, Keys: s.Keys, Open: s.Open, O: o}
	}},
	{"match", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		re, bad := m.str(a[0], o)
		if bad != nil {
			return bad
		}
		s, bad := m.str(a[1], o)
		if bad != nil {
			return bad
		}
		return m.regexMatch(re.S, s, o)
	}},
	{"split", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		re, bad := m.str(a[0], o)
		if bad != nil {
			return bad
		}
		s, bad := m.str(a[1], o)
		if bad != nil {
			return bad
		}
		return m.regexSplit(re.S, s, o)
	}},
	{"pathExists", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		_, name, bad := m.pathArg(a[0], o)
		if bad != nil {
			return bad
		}
		stamp := existsStamp(m.cfg.FS, name)
		m.addDep(Dep{Kind: DepExists, Path: name, Stamp: stamp})
		return m.bool(stamp == "y", o)
	}},
	{"readFile", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		p, name, bad := m.pathArg(a[0], o)
		if bad != nil {
			return bad
		}
		src, err := m.Load(name)
		if err != nil {
			if errNotExist(err) {
				m.addDep(Dep{Kind: DepExists, Path: name, Stamp: "n"})
				return m.fail(o, "opening file '%s': No such file or directory", p)
			}
			if errors.Is(err, errIsDir) {
				return m.fail(o, "reading from file: Is a directory") // Nix 2.8 names no file
			}
			return m.fail(o, "opening file '%s': %s", p, readError(err))
		}
		if strings.IndexByte(src.Text(), 0) >= 0 {
			return m.fail(o, "the contents of the file '%s' cannot be represented as a Nix string", p)
		}
		return &String{S: src.Text(), O: Origin{Src: src, Start: 0, End: token.Pos(src.File.Size()), Lit: FileText}}
	}},
	{"readDir", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		p, name, bad := m.pathArg(a[0], o)
		if bad != nil {
			return bad
		}
		m.addDep(Dep{Kind: DepDir, Path: name, Stamp: dirStamp(m.cfg.FS, name)})
		ents, err := sortedDir(m.cfg.FS, name)
		if errNotExist(err) {
			return m.fail(o, "opening directory '%s': No such file or directory", p)
		}
		if err != nil {
			return unknown(o, "cannot read directory "+name)
		}
		var b attrsBuilder
		for _, e := range ents {
			b.add(e.Name(), Ready(&String{S: fileTypeNames[fileType(e.Type())], O: o}), o)
		}
		return b.build(o, false)
	}},
	{"removeAttrs", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		s, bad := m.attrs(a[0], o)
		if bad != nil {
			return bad
		}
		l, bad := m.list(a[1], o)
		if bad != nil {
			return bad
		}
		drop := map[string]bool{}
		for _, e := range l.Elems {
			n, bad := m.str(e, o)
			if bad != nil {
				return bad
			}
			drop[n.S] = true
		}
		out := &Attrs{Open: s.Open, O: o}
		for i, n := range s.Names {
			if !drop[n] {
				out.Names = append(out.Names, n)
				out.Vals = append(out.Vals, s.Vals[i])
				out.Keys = append(out.Keys, s.Keys[i])
			}
		}
		return out
	}},
	{"replaceStrings", 3, func(m *Machine, a []*Thunk, o Origin) Value {
		from, bad := m.stringList(a[0], o)
		if bad != nil {
			return bad
		}
		to, bad := m.stringList(a[1], o)
		if bad != nil {
			return bad
		}
		if len(from) != len(to) {
			return m.fail(o, "'from' and 'to' arguments to 'replaceStrings' have different lengths")
		}
		s, bad := m.str(a[2], o)
		if bad != nil {
			return bad
		}
		longest := 1
		for _, t := range to {
			longest = max(longest, len(t)+1)
		}
		if !m.chargeBytes(len(s.S)*longest) || !m.charge(len(s.S)*len(from)/16) {
			return m.exhausted(o, budgetExhausted)
		}
		return &String{S: replaceStrings(s.S, from, to), O: o}
	}},
	{"sort", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		f := m.Force(a[0])
		l, bad := m.list(a[1], o)
		if bad != nil {
			return bad
		}
		return m.sortList(f, l, o)
	}},
	{"stringLength", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		s, bad := m.stringish(a[0], o)
		if bad != nil {
			return bad
		}
		return &Int{N: int64(len(s.S)), O: o}
	}},
	{"substring", 3, func(m *Machine, a []*Thunk, o Origin) Value {
		start, bad := m.integer(a[0], o)
		if bad != nil {
			return bad
		}
		n, bad := m.integer(a[1], o)
		if bad != nil {
			return bad
		}
		s, bad := m.stringish(a[2], o)
		if bad != nil {
			return bad
		}
		if start.N < 0 {
			return m.fail(o, "negative start position in 'substring'")
		}
		i := min(int(start.N), len(s.S))
		j := len(s.S)
		if n.N >= 0 && int64(i)+n.N < int64(j) {
			j = i + int(n.N)
		}
		return subString(s, i, j, o)
	}},
	{"toString", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		v := m.Force(a[0])
		if s, ok := v.(*String); ok {
			return s
		}
		s, bad := m.coerce(v, o, true)
		if bad != nil {
			return bad
		}
		return &String{S: s, O: o}
	}},
	{"trace", 2, func(m *Machine, a []*Thunk, o Origin) Value { return m.Force(a[1]) }},
	{"warn", 2, func(m *Machine, a []*Thunk, o Origin) Value { return m.Force(a[1]) }},
	{"addErrorContext", 2, func(m *Machine, a []*Thunk, o Origin) Value { return m.Force(a[1]) }},
	{"unsafeDiscardStringContext", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.Force(a[0]) }},
	{"unsafeDiscardOutputDependency", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.Force(a[0]) }},
	{"hasContext", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		if _, bad := m.str(a[0], o); bad != nil {
			return bad
		}
		return m.bool(false, o)
	}},
	{"tryEval", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		v := m.Force(a[0])
		var b attrsBuilder
		if u, ok := v.(*Unknown); ok {
			// Nix 2.8 catches only throw and failed asserts; any other
			// failure (a missing attribute, a type error, abort) goes on.
			if u.Err == nil || !u.Err.Thrown {
				return propagate(u, o)
			}
			b.add("success", Ready(m.bool(false, o)), Origin{})
			b.add("value", Ready(m.bool(false, o)), Origin{})
		} else {
			b.add("success", Ready(m.bool(true, o)), Origin{})
			b.add("value", Ready(v), Origin{})
		}
		return b.build(o, false)
	}},
	{"zipAttrsWith", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		f := m.Force(a[0])
		vals, keys, bad := m.byName(a[1], o)
		if bad != nil {
			return bad
		}
		var b attrsBuilder
		for n, vs := range vals {
			name := &String{S: n, O: keys[n]}
			b.add(n, lazyApply(m, f, o, Ready(name), Ready(&List{Elems: vs, O: o})), keys[n])
		}
		return b.build(o, false)
	}},
	{"hashString", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		t, bad := m.str(a[0], o)
		if bad != nil {
			return bad
		}
		s, bad := m.str(a[1], o)
		if bad != nil {
			return bad
		}
		var h hash.Hash
		switch t.S {
		case "md5":
			h = md5.New()
		case "sha1":
			h = sha1.New()
		case "sha256":
			h = sha256.New()
		case "sha512":
			h = sha512.New()
		default:
			return m.fail(o, "unknown hash algorithm '%s'", t.S)
		}
		h.Write([]byte(s.S))
		return &String{S: hex.EncodeToString(h.Sum(nil)), O: o}
	}},
	{"toPath", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		s, bad := m.stringish(a[0], o)
		if bad != nil {
			return bad
		}
		return &String{S: path.Clean(s.S), O: o}
	}},
	{"genericClosure", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.genericClosure(a[0], o) }},
	{"splitVersion", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		parts, bad := m.versionParts(a[0], o)
		if bad != nil {
			return bad
		}
		elems := make([]*Thunk, len(parts))
		for i, p := range parts {
			elems[i] = Ready(&String{S: p, O: o})
		}
		return &List{Elems: elems, O: o}
	}},
	{"parseDrvName", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		s, bad := m.str(a[0], o)
		if bad != nil {
			return bad
		}
		name, version := parseDrvName(s.S)
		return mkAttrs(o, "name", &String{S: name, O: o}, "version", &String{S: version, O: o})
	}},
	{"compareVersions", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		x, bad := m.str(a[0], o)
		if bad != nil {
			return bad
		}
		y, bad := m.str(a[1], o)
		if bad != nil {
			return bad
		}
		return &Int{N: int64(compareVersions(x.S, y.S)), O: o}
	}},
}

// byName gathers, for each name, the values the sets of the list t give
// it (in list order) and where the name was first written.
func (m *Machine) byName(t *Thunk, o Origin) (map[string][]*Thunk, map[string]Origin, Value) {
	l, bad := m.list(t, o)
	if bad != nil {
		return nil, nil, bad
	}
	vals := map[string][]*Thunk{}
	keys := map[string]Origin{}
	for _, e := range l.Elems {
		s, bad := m.attrs(e, o)
		if bad != nil {
			return nil, nil, bad
		}
		if s.Open {
			return nil, nil, unknown(o, "names of a partially known set")
		}
		for i, n := range s.Names {
			if _, ok := vals[n]; !ok {
				keys[n] = s.Keys[i]
			}
			vals[n] = append(vals[n], s.Vals[i])
		}
	}
	return vals, keys, nil
}

func isKind(k Kind) func(m *Machine, a []*Thunk, o Origin) Value {
	return func(m *Machine, a []*Thunk, o Origin) Value {
		v := m.Force(a[0])
		if u, ok := v.(*Unknown); ok {
			return propagate(u, o)
		}
		return m.bool(v.Kind() == k, o)
	}
}

func (m *Machine) bits(a []*Thunk, o Origin, f func(x, y int64) int64) Value {
	x, bad := m.integer(a[0], o)
	if bad != nil {
		return bad
	}
	y, bad := m.integer(a[1], o)
	if bad != nil {
		return bad
	}
	return &Int{N: f(x.N, y.N), O: o}
}

func (m *Machine) rounding(t *Thunk, o Origin, f func(float64) float64) Value {
	switch v := m.Force(t).(type) {
	case *Int:
		return v
	case *Float:
		return &Int{N: int64(f(v.F)), O: o}
	case *Unknown:
		return propagate(v, o)
	default:
		return m.fail(o, "value is %s while a float was expected", v.Kind().Article())
	}
}

// quantify is all (any=false) and any (any=true) with unknown answers.
func (m *Machine) quantify(a []*Thunk, o Origin, anyOf bool) Value {
	f := m.Force(a[0])
	l, bad := m.list(a[1], o)
	if bad != nil {
		return bad
	}
	allKnown := true
	for _, e := range l.Elems {
		v := m.Apply(f, e, o)
		b, bad := m.boolean(v, o)
		if bad != nil {
			if Failure(bad) != nil {
				return bad
			}
			allKnown = false
			continue
		}
		if b == anyOf {
			return m.bool(anyOf, o)
		}
	}
	if !allKnown {
		return unknown(o, "quantifier over unknown values")
	}
	return m.bool(!anyOf, o)
}

// concatThunks concatenates lists held by thunks.
func (m *Machine) concatThunks(parts []*Thunk, o Origin) Value {
	var elems []*Thunk
	for _, p := range parts {
		l, bad := m.list(p, o)
		if bad != nil {
			return bad
		}
		if !m.charge(len(l.Elems)) {
			return m.exhausted(o, budgetExhausted)
		}
		elems = append(elems, l.Elems...)
	}
	return &List{Elems: elems, O: o}
}

func (m *Machine) joinStrings(t *Thunk, sep string, o Origin) Value {
	l, bad := m.list(t, o)
	if bad != nil {
		return bad
	}
	if len(l.Elems) == 1 {
		if s, ok := m.Force(l.Elems[0]).(*String); ok {
			return s
		}
	}
	var b strings.Builder
	for i, e := range l.Elems {
		s, bad := m.coerce(m.Force(e), o, false)
		if bad != nil {
			return bad
		}
		if !m.chargeBytes(b.Len() + len(sep) + len(s)) {
			return m.exhausted(o, budgetExhausted)
		}
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(s)
	}
	return &String{S: b.String(), O: o}
}

func (m *Machine) stringList(t *Thunk, o Origin) ([]string, Value) {
	l, bad := m.list(t, o)
	if bad != nil {
		return nil, bad
	}
	out := make([]string, len(l.Elems))
	for i, e := range l.Elems {
		s, bad := m.str(e, o)
		if bad != nil {
			return nil, bad
		}
		out[i] = s.S
	}
	return out, nil
}

// replaceStrings follows Nix: at each position the first pattern that
// matches is replaced; an empty pattern matches between characters.
func replaceStrings(s string, from, to []string) string {
	var b strings.Builder
	for p := 0; p <= len(s); {
		matched := false
		for i, f := range from {
			if strings.HasPrefix(s[p:], f) {
				b.WriteString(to[i])
				matched = true
				if f == "" {
					if p < len(s) {
						b.WriteByte(s[p])
					}
					p++
				} else {
					p += len(f)
				}
				break
			}
		}
		if !matched {
			if p < len(s) {
				b.WriteByte(s[p])
			}
			p++
		}
	}
	return b.String()
}

// sortList is a stable merge sort with a Nix comparator; any unknown
// comparison makes the order unknown.
func (m *Machine) sortList(f Value, l *List, o Origin) Value {
	elems := append([]*Thunk(nil), l.Elems...)
	var bad Value
	sort.SliceStable(elems, func(i, j int) bool {
		if bad != nil {
			return false
		}
		b, err := m.test(f, o, elems[i], elems[j])
		if err != nil {
			bad = err
		}
		return b
	})
	if bad != nil {
		return bad
	}
	return &List{Elems: elems, O: o}
}

// DeepForce forces v and everything in it, returning the first certain
// failure (or unknown with a failure) it meets, or nil.
func (m *Machine) DeepForce(v Value, depth int) *Unknown {
	if depth > 200 || !m.charge(1) {
		return nil
	}
	switch v := v.(type) {
	case *Unknown:
		if v.Err != nil {
			return v
		}
	case *List:
		for _, e := range v.Elems {
			if bad := m.DeepForce(m.Force(e), depth+1); bad != nil {
				return bad
			}
		}
	case *Attrs:
		for _, t := range v.Vals {
			if bad := m.DeepForce(m.Force(t), depth+1); bad != nil {
				return bad
			}
		}
	}
	return nil
}

// compareVersions is builtins.compareVersions.
func compareVersions(a, b string) int {
	pa, pb := splitVersion(a), splitVersion(b)
	for i := 0; i < len(pa) || i < len(pb); i++ {
		var x, y string
		if i < len(pa) {
			x = pa[i]
		}
		if i < len(pb) {
			y = pb[i]
		}
		if c := compareVersionPart(x, y); c != 0 {
			return c
		}
	}
	return 0
}

// genericClosure is builtins.genericClosure: the sets reached from
// startSet by operator, each key once, in the order Nix finds them. Keys
// are numbers or strings; other keys, or both kinds (which Nix compares
// only as its search tree happens to), make it unknown.
func (m *Machine) genericClosure(arg *Thunk, o Origin) Value {
	args, bad := m.attrs(arg, o)
	if bad != nil {
		return bad
	}
	var start, op *Thunk
	for _, n := range []string{"startSet", "operator"} {
		t := args.Lookup(n)
		if t == nil {
			if args.Open {
				return unknown(o, "genericClosure of a partially known set")
			}
			return m.missingFor("genericClosure", n, args, o)
		}
		if n == "startSet" {
			start = t
		} else {
			op = t
		}
	}
	work, bad := m.list(start, o)
	if bad != nil {
		return bad
	}
	queue := append([]*Thunk(nil), work.Elems...)
	f := m.Force(op)
	done := map[string]bool{}
	kinds := map[bool]bool{} // numbers (true) or strings (false)
	var out []*Thunk
	for len(queue) > 0 {
		if !m.charge(1) {
			return m.exhausted(o, budgetExhausted)
		}
		e := queue[0]
		queue = queue[1:]
		s, bad := m.attrs(e, o)
		if bad != nil {
			return bad
		}
		kt := s.Lookup("key")
		if kt == nil {
			if s.Open {
				return unknown(o, "key of a partially known set")
			}
			return m.fail(o, "attribute 'key' required")
		}
		var key string
		switch k := m.Force(kt).(type) {
		case *Int:
			key = strconv.FormatFloat(float64(k.N), 'g', -1, 64)
			kinds[true] = true
		case *Float:
			key = strconv.FormatFloat(k.F, 'g', -1, 64)
			kinds[true] = true
		case *String:
			key = k.S
			kinds[false] = true
		case *Unknown:
			return propagate(k, o)
		default:
			return unknown(o, "genericClosure with keys of kind "+k.Kind().String())
		}
		if len(kinds) > 1 {
			return unknown(o, "genericClosure with numbers and strings as keys")
		}
		if done[key] {
			continue
		}
		done[key] = true
		out = append(out, e)
		next, bad := as[*List](m, m.Apply(f, e, o), o, "a list")
		if bad != nil {
			return bad
		}
		queue = append(queue, next.Elems...)
	}
	return &List{Elems: out, O: o}
}

// parseDrvName splits a package name as builtins.parseDrvName does: the
// version starts after the first dash not followed by a letter.
func parseDrvName(s string) (name, version string) {
	for i := 0; i+1 < len(s); i++ {
		if c := s[i+1]; s[i] == '-' && !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return s[:i], s[i+1:]
		}
	}
	return s, ""
}

func splitVersion(s string) []string {
	var parts []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '.' || c == '-':
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			parts = append(parts, s[i:j])
			i = j
		default:
			j := i
			for j < len(s) && s[j] != '.' && s[j] != '-' && (s[j] < '0' || s[j] > '9') {
				j++
			}
			parts = append(parts, s[i:j])
			i = j
		}
	}
	return parts
}

func compareVersionPart(x, y string) int {
	xn, xerr := strconv.Atoi(x)
	yn, yerr := strconv.Atoi(y)
	switch {
	case xerr == nil && yerr == nil:
		return cmpInt(xn, yn)
	case x == "" && yerr == nil:
		return -1
	case y == "" && xerr == nil:
		return 1
	case x == "pre" && y != "pre":
		return -1
	case y == "pre" && x != "pre":
		return 1
	case xerr == nil:
		return 1
	case yerr == nil:
		return -1
	}
	return strings.Compare(x, y)
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// makeBuiltins builds the builtins set: the modelled primops and constants.
// It is open: a builtin not modelled is unknown, not an error.
func makeBuiltins() *Attrs {
	var b attrsBuilder
	for _, p := range primTable {
		b.add(p.name, Ready(&Func{prim: p}), Origin{})
	}
	b.add("true", Ready(&Bool{B: true}), Origin{})
	b.add("false", Ready(&Bool{B: false}), Origin{})
	b.add("null", Ready(&Null{}), Origin{})
	b.add("langVersion", Ready(&Int{N: 6}), Origin{})
	b.add("storeDir", Ready(&String{S: "/nix/store"}), Origin{})
	return b.build(Origin{}, true)
}
