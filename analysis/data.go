package analysis

import (
	"strconv"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
)

// Data is an evaluated value taken out of the evaluator: plain, immutable,
// independent of the Machine that computed it, so that the definitions of
// an unchanged module can be reused by the next analysis. Every node
// remembers where it came from.
type Data struct {
	Kind   eval.Kind
	Str    string // string, path
	Int    int64
	Float  float64
	Bool   bool
	Elems  []*Data       // list
	Names  []string      // set, sorted
	Vals   []*Data       // set
	Keys   []eval.Origin // set: where each name was written
	Open   bool          // set: other attributes may exist
	O      eval.Origin
	Err    *eval.Error // unknown: a certain failure
	Reason string      // unknown: why
}

// Lookup returns the attribute name of a set, or nil.
func (d *Data) Lookup(name string) *Data {
	if d == nil || d.Kind != eval.KAttrs {
		return nil
	}
	for i, n := range d.Names {
		if n == name {
			return d.Vals[i]
		}
	}
	return nil
}

// KeyOf returns where attribute name of a set was written.
func (d *Data) KeyOf(name string) eval.Origin {
	for i, n := range d.Names {
		if n == name && i < len(d.Keys) {
			return d.Keys[i]
		}
	}
	return eval.Origin{}
}

// propType returns the _type of a module-system property (mkIf, mkMerge,
// mkOverride, mkOrder) or "" for an ordinary value.
func (d *Data) propType() string {
	if d == nil || d.Kind != eval.KAttrs {
		return ""
	}
	if t := d.Lookup("_type"); t != nil && t.Kind == eval.KString {
		return t.Str
	}
	return ""
}

// unknownData is an unknown value at o.
func unknownData(o eval.Origin, reason string) *Data {
	return &Data{Kind: eval.KUnknown, O: o, Reason: reason}
}

// snapshotter copies evaluated values into Data, forcing them, within a
// budget of nodes; shared thunks give shared Data.
type snapshotter struct {
	m      *eval.Machine
	memo   map[*eval.Thunk]*Data
	budget int
}

const snapshotBudget = 2_000_000

func newSnapshotter(m *eval.Machine) *snapshotter {
	return &snapshotter{m: m, memo: make(map[*eval.Thunk]*Data), budget: snapshotBudget}
}

// filter selects the attributes to keep at each level of a set (through
// module-system properties); a nil filter keeps everything.
type filter struct {
	names map[string]*filter
}

// thunk snapshots the value of t deeply.
func (s *snapshotter) thunk(t *eval.Thunk, depth int) *Data {
	if d, ok := s.memo[t]; ok {
		return d
	}
	d := s.value(s.m.Force(t), depth, nil)
	s.memo[t] = d
	return d
}

// filtered snapshots the value of t keeping only what f selects.
func (s *snapshotter) filtered(t *eval.Thunk, f *filter) *Data {
	return s.value(s.m.Force(t), 0, f)
}

func (s *snapshotter) value(v eval.Value, depth int, f *filter) *Data {
	s.budget--
	if s.budget < 0 || depth > 64 {
		return unknownData(v.Origin(), "value too large or too deep")
	}
	d := &Data{Kind: v.Kind(), O: v.Origin()}
	switch v := v.(type) {
	case *eval.Unknown:
		d.Err, d.Reason = v.Err, v.Reason
	case *eval.Bool:
		d.Bool = v.B
	case *eval.Int:
		d.Int = v.N
	case *eval.Float:
		d.Float = v.F
	case *eval.String:
		d.Str = v.S
	case *eval.Path:
		d.Str = v.P
	case *eval.List:
		d.Elems = make([]*Data, len(v.Elems))
		for i, e := range v.Elems {
			d.Elems[i] = s.child(e, depth, f)
		}
	case *eval.Attrs:
		d.Open = v.Open
		// Module-system properties pass the filter on to their content.
		prop := false
		if t := v.Lookup("_type"); t != nil {
			if str, ok := s.m.Force(t).(*eval.String); ok {
				switch str.S {
				case "if", "merge", "override", "order":
					prop = true
				}
			}
		}
		for i, n := range v.Names {
			sub := f
			if f != nil && !prop {
				var keep bool
				if sub, keep = f.names[n]; !keep {
					continue
				}
			}
			d.Names = append(d.Names, n)
			d.Vals = append(d.Vals, s.child(v.Vals[i], depth, sub))
			d.Keys = append(d.Keys, v.Keys[i])
		}
	}
	return d
}

func (s *snapshotter) child(t *eval.Thunk, depth int, f *filter) *Data {
	if f == nil {
		return s.thunk(t, depth+1)
	}
	return s.value(s.m.Force(t), depth+1, f)
}

// nixPretty renders d as nixpkgs' lib.generators.toPretty { } does
// (multiline), which the module system uses in "Definition values".
func nixPretty(d *Data) string {
	var b strings.Builder
	prettyGo(&b, d, "")
	return b.String()
}

func prettyGo(b *strings.Builder, d *Data, indent string) {
	intro := "\n" + indent + "  "
	outro := "\n" + indent
	switch d.Kind {
	case eval.KInt:
		b.WriteString(strconv.FormatInt(d.Int, 10))
	case eval.KFloat:
		b.WriteString(strconv.FormatFloat(d.Float, 'g', -1, 64))
	case eval.KString:
		lines := strings.Split(d.Str, "\n")
		if len(lines) > 1 {
			b.WriteString("''")
			for _, l := range lines[:len(lines)-1] {
				b.WriteString(intro)
				b.WriteString(strings.NewReplacer("${", "''${", "''", "'''").Replace(l))
			}
			last := strings.NewReplacer("${", "''${", "''", "'''").Replace(lines[len(lines)-1])
			if last == "" {
				b.WriteString(outro)
			} else {
				b.WriteString(intro + last)
			}
			b.WriteString("''")
			return
		}
		b.WriteByte('"')
		b.WriteString(strings.NewReplacer(`\`, `\\`, `"`, `\"`, "${", `\${`).Replace(d.Str))
		b.WriteByte('"')
	case eval.KBool:
		b.WriteString(strconv.FormatBool(d.Bool))
	case eval.KNull:
		b.WriteString("null")
	case eval.KPath:
		b.WriteString(d.Str)
	case eval.KList:
		if len(d.Elems) == 0 {
			b.WriteString("[ ]")
			return
		}
		b.WriteString("[")
		for _, e := range d.Elems {
			b.WriteString(intro)
			prettyGo(b, e, indent+"  ")
		}
		b.WriteString(outro + "]")
	case eval.KFunc:
		b.WriteString("<function>")
	case eval.KAttrs:
		if len(d.Names) == 0 {
			b.WriteString("{ }")
			return
		}
		b.WriteString("{")
		for i, n := range d.Names {
			b.WriteString(intro)
			b.WriteString(eval.EscapeNixIdentifier(n))
			b.WriteString(" = ")
			prettyGo(b, d.Vals[i], indent+"  ")
			b.WriteString(";")
		}
		b.WriteString(outro + "}")
	default:
		b.WriteString("«unknown»")
	}
}

// showDef is one "- In `FILE': VALUE" item of a module-system message:
// at most five lines of the value, indented, then "..." (nixpkgs'
// showDefs). A value that cannot be printed shows nothing.
func showDef(file string, d *Data) string {
	head := "\n- In `" + file + "'"
	if d == nil || !printable(d, 0) {
		return head
	}
	lines := strings.Split(nixPretty(d), "\n")
	if len(lines) > 5 {
		lines = append(lines[:5], "...")
	}
	value := strings.Join(lines, "\n    ")
	if len(lines) > 1 {
		return head + ":\n    " + value
	}
	return head + ": " + value
}

// printable reports whether d is known all the way down (so Nix would
// print it as we do).
func printable(d *Data, depth int) bool {
	if depth > 10 {
		return true
	}
	switch d.Kind {
	case eval.KUnknown:
		return false
	case eval.KList:
		for _, e := range d.Elems {
			if !printable(e, depth+1) {
				return false
			}
		}
	case eval.KAttrs:
		if d.Open {
			return false
		}
		for _, v := range d.Vals {
			if !printable(v, depth+1) {
				return false
			}
		}
	}
	return true
}

// showOption renders an option path as nixpkgs' showOption does.
func showOption(loc []string) string {
	parts := make([]string, len(loc))
	for i, p := range loc {
		if p == "*" || strings.HasPrefix(p, "<") && strings.HasSuffix(p, ">") {
			parts[i] = p
			continue
		}
		parts[i] = eval.EscapeNixIdentifier(p)
	}
	return strings.Join(parts, ".")
}
