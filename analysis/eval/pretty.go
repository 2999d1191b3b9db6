package eval

import (
	"slices"
	"strconv"
	"strings"
)

// lib.generators.toPretty, which lib.asserts' messages show values with.

// prettyStyle is toPretty's settings.
type prettyStyle struct {
	allowPrettyValues, multiline bool
}

var (
	// toPretty's string escapes: lib.strings.escape [ "\\" "\"" "${" ]
	// on one line, in an indented string its own two.
	prettySingleline = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "${", `\${`)
	prettyMultiline  = strings.NewReplacer("${", "''${", "''", "'''")
)

// toPretty is lib.generators.toPretty: its settings, then the value.
func toPretty(m *Machine, a []*Thunk, o Origin) Value {
	settings, bad := m.attrs(a[0], o)
	if bad != nil {
		return bad
	}
	if settings.Open {
		return unknown(o, "toPretty with settings not known")
	}
	style := prettyStyle{multiline: true}
	indent := ""
	for i, n := range settings.Names {
		switch n {
		case "allowPrettyValues", "multiline":
			b, bad := m.boolean(m.Force(settings.Vals[i]), o)
			if bad != nil {
				return bad
			}
			if n == "multiline" {
				style.multiline = b
			} else {
				style.allowPrettyValues = b
			}
		case "indent":
			s, bad := m.str(settings.Vals[i], o)
			if bad != nil {
				return bad
			}
			indent = s.S
		default:
			// Nix's error names lib's file and line: not the analysis'.
			return unknown(o, "toPretty called with unexpected argument "+n)
		}
	}
	return &Func{prim: &prim{"toPretty", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		var b strings.Builder
		if bad := m.pretty(&b, m.Force(a[0]), style, indent, o, 0); bad != nil {
			return bad
		}
		return &String{S: b.String(), O: o}
	}}, O: o}
}

// pretty writes toPretty's text of v at indent to b, or returns why it
// cannot.
func (m *Machine) pretty(b *strings.Builder, v Value, style prettyStyle, indent string, o Origin, depth int) Value {
	if depth > 200 || !m.charge(1) {
		return unknown(o, "toPretty too deep")
	}
	intro, outro := " ", " "
	if style.multiline {
		intro, outro = "\n"+indent+"  ", "\n"+indent
	}
	switch v := v.(type) {
	case *Unknown:
		return propagate(v, o)
	case *Int:
		b.WriteString(strconv.FormatInt(v.N, 10))
	case *Float:
		return m.writeJSON(b, v, o, depth)
	case *String:
		if !m.chargeBytes(len(v.S)) {
			return m.exhausted(o, budgetExhausted)
		}
		PrettyString(b, v.S, style.multiline, indent)
	case *Bool:
		b.WriteString(strconv.FormatBool(v.B))
	case *Null:
		b.WriteString("null")
	case *Path:
		b.WriteString(v.P)
	case *List:
		if len(v.Elems) == 0 {
			b.WriteString("[ ]")
			break
		}
		b.WriteByte('[')
		for _, e := range v.Elems {
			b.WriteString(intro)
			if bad := m.pretty(b, m.Force(e), style, indent+"  ", o, depth+1); bad != nil {
				return bad
			}
		}
		b.WriteString(outro + "]")
	case *Func:
		formals, _, _, ok := Formals(v)
		switch {
		case v.lambda == nil:
			return unknown(o, "toPretty of a builtin (its functionArgs)")
		case !ok || len(formals) == 0:
			b.WriteString("<function>")
		default:
			b.WriteString("<function, args: {" + ShowFormals(formals) + "}>")
		}
	case *Attrs:
		return m.prettyAttrs(b, v, style, indent, o, depth)
	}
	return nil
}

// PrettyString writes toPretty's text of the string s at indent to b:
// quoted, or with multiline an indented string when s has several lines.
func PrettyString(b *strings.Builder, s string, multiline bool, indent string) {
	lines := strings.Split(s, "\n")
	if !multiline || len(lines) == 1 {
		b.WriteByte('"')
		for i, l := range lines {
			if i > 0 {
				b.WriteString(`\n`)
			}
			b.WriteString(prettySingleline.Replace(l))
		}
		b.WriteByte('"')
		return
	}
	intro := "\n" + indent + "  "
	b.WriteString("''")
	for _, l := range lines[:len(lines)-1] {
		b.WriteString(intro)
		b.WriteString(prettyMultiline.Replace(l))
	}
	if last := prettyMultiline.Replace(lines[len(lines)-1]); last == "" {
		b.WriteString("\n" + indent)
	} else {
		b.WriteString(intro + last)
	}
	b.WriteString("''")
}

// ShowFormals is toPretty's list of a function's formals: by name, as
// mapAttrsToList of its functionArgs gives them, "?" after those with a
// default.
func ShowFormals(formals []Formal) string {
	sorted := slices.SortedFunc(slices.Values(formals), func(x, y Formal) int { return strings.Compare(x.Name, y.Name) })
	names := make([]string, len(sorted))
	for i, f := range sorted {
		names[i] = f.Name
		if f.HasDefault {
			names[i] += "?"
		}
	}
	return strings.Join(names, ", ")
}

// prettyAttrs is pretty of a set.
func (m *Machine) prettyAttrs(b *strings.Builder, v *Attrs, style prettyStyle, indent string, o Origin, depth int) Value {
	if v.Open {
		return unknown(o, "toPretty of a partially known set")
	}
	if style.allowPrettyValues && v.Lookup("__pretty") != nil && v.Lookup("val") != nil {
		s, bad := m.str(Ready(m.Apply(m.Force(v.Lookup("__pretty")), v.Lookup("val"), o)), o)
		if bad != nil {
			return bad
		}
		b.WriteString(s.S)
		return nil
	}
	if len(v.Names) == 0 {
		b.WriteString("{ }")
		return nil
	}
	if t := v.Lookup("type"); t != nil {
		typ := m.Force(t)
		if eq, known := m.Equal(typ, &String{S: "derivation"}); !known {
			return unknown(o, "toPretty of a set whose type is not known")
		} else if eq {
			name := "???"
			if n := v.Lookup("name"); n != nil {
				s, bad := m.coerce(m.Force(n), o, false)
				if bad != nil {
					return bad
				}
				name = s
			}
			b.WriteString("<derivation " + name + ">")
			return nil
		}
	}
	intro, outro := " ", " "
	if style.multiline {
		intro, outro = "\n"+indent+"  ", "\n"+indent
	}
	b.WriteByte('{')
	for i, n := range v.Names {
		b.WriteString(intro + EscapeNixIdentifier(n) + " = ")
		if bad := m.pretty(b, m.Force(v.Vals[i]), style, indent+"  ", o, depth+1); bad != nil {
			return bad
		}
		b.WriteByte(';')
	}
	b.WriteString(outro + "}")
	return nil
}
