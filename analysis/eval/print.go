package eval

import (
	"strconv"
	"strings"
)

// Show renders v deeply, as `nix-instantiate --eval --strict` prints
// values: `{ a = 1; b = [ "x" ]; }`. Unknown values print as «unknown»,
// certain failures as «error: MESSAGE», partially known sets end in `…`.
func (m *Machine) Show(v Value) string {
	var b strings.Builder
	m.show(&b, v, 0)
	return b.String()
}

func (m *Machine) show(b *strings.Builder, v Value, depth int) {
	if depth > 100 {
		b.WriteString("…")
		return
	}
	switch v := v.(type) {
	case *Unknown:
		if v.Err != nil {
			b.WriteString("«error: " + v.Err.Msg + "»")
			return
		}
		b.WriteString("«unknown»")
	case *Null:
		b.WriteString("null")
	case *Bool:
		b.WriteString(strconv.FormatBool(v.B))
	case *Int:
		b.WriteString(strconv.FormatInt(v.N, 10))
	case *Float:
		b.WriteString(strconv.FormatFloat(v.F, 'g', 6, 64))
	case *String:
		b.WriteString(EscapeNixString(v.S))
	case *Path:
		b.WriteString(v.P)
	case *List:
		b.WriteString("[ ")
		for _, e := range v.Elems {
			m.show(b, m.Force(e), depth+1)
			b.WriteByte(' ')
		}
		b.WriteString("]")
	case *Attrs:
		b.WriteString("{ ")
		for i, n := range v.Names {
			b.WriteString(EscapeNixIdentifier(n))
			b.WriteString(" = ")
			m.show(b, m.Force(v.Vals[i]), depth+1)
			b.WriteString("; ")
		}
		if v.Open {
			b.WriteString("… ")
		}
		b.WriteString("}")
	case *Func:
		b.WriteString("<LAMBDA>")
	}
}
