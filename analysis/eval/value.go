package eval

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// LitKind says what kind of source text a value was read from, which is
// what a rename needs to know to rewrite it.
type LitKind uint8

const (
	// Computed: the value was built by evaluation (a concatenation, an
	// interpolation, a builtin); its origin is the expression that built it.
	Computed LitKind = iota
	// NixString: a Nix string literal without interpolation, quotes included.
	NixString
	// NixIdent: a plain identifier used as an attribute name (a = …;).
	NixIdent
	// JSONString: a JSON string (a value or an object key), quotes included.
	JSONString
	// TOMLString: a TOML string or bare key.
	TOMLString
	// Literal: another literal (number, path, list, attribute set, lambda).
	Literal
	// FileText: a string whose value is exactly the bytes Src[Start:End]
	// of a file read with readFile (or a piece of one), so that offsets
	// into the string are offsets into the file.
	FileText
)

// Origin is where a value came from: a byte range of one source file and
// the kind of text found there.
type Origin struct {
	Src        *Source
	Start, End token.Pos
	Lit        LitKind
}

// IsValid reports whether o names a place.
func (o Origin) IsValid() bool { return o.Src != nil }

// Path returns the file of the origin, or "" when there is none.
func (o Origin) Path() string {
	if o.Src == nil {
		return ""
	}
	return o.Src.Path
}

// Kind is the type of a value, as builtins.typeOf names them (plus Unknown).
type Kind uint8

const (
	KUnknown Kind = iota
	KNull
	KBool
	KInt
	KFloat
	KString
	KPath
	KList
	KAttrs
	KFunc
)

var kindNames = [...]string{"unknown", "null", "bool", "int", "float", "string", "path", "list", "set", "lambda"}

func (k Kind) String() string { return kindNames[k] }

// Article returns Nix's phrase for a value of kind k in type errors
// ("a string", "an integer", "a set").
func (k Kind) Article() string {
	switch k {
	case KNull:
		return "null"
	case KBool:
		return "a Boolean"
	case KInt:
		return "an integer"
	case KFloat:
		return "a float"
	case KString:
		return "a string"
	case KPath:
		return "a path"
	case KList:
		return "a list"
	case KAttrs:
		return "a set"
	case KFunc:
		return "a function"
	}
	return "an unknown value"
}

// Value is an evaluated Nix value in weak head normal form: its own kind is
// known, its elements may still be thunks. Values are immutable once built.
type Value interface {
	Kind() Kind
	Origin() Origin
}

type (
	// Unknown is a value the analysis cannot know: an input it does not
	// have (config, pkgs, a fetched flake), a builtin it does not model,
	// a budget exhausted. Err is set when evaluation certainly fails
	// there (Nix would throw): a missing attribute of a known set, a type
	// error on known values, throw, a failed assert.
	Unknown struct {
		Reason string
		Err    *Error
		O      Origin
	}
	Null struct{ O Origin }
	Bool struct {
		B bool
		O Origin
	}
	Int struct {
		N int64
		O Origin
	}
	Float struct {
		F float64
		O Origin
	}
	String struct {
		S string
		O Origin
	}
	// Path is an absolute path. Paths inside the analysed file system are
	// "/" + its io/fs path ("/" alone for its root).
	Path struct {
		P string
		O Origin
	}
	List struct {
		Elems []*Thunk
		O     Origin
	}
	// Attrs is an attribute set, its attributes sorted by name. Open
	// means that other attributes may exist, whose names and values are
	// unknown (a dynamic attribute with an unknown name, unknown // {…});
	// the attributes it lists are certain.
	Attrs struct {
		Names []string
		Vals  []*Thunk
		Keys  []Origin // where each attribute name was written
		Open  bool
		O     Origin
		// OnMiss, if set, is called when evaluation looks up an attribute
		// an open set does not have (so that a caller learns that a value
		// it does not provide yet was asked for).
		OnMiss func()
	}
	// Func is a function: a lambda closure or a builtin.
	Func struct {
		lambda *lambdaClosure
		prim   *prim
		args   []*Thunk // arguments a builtin received so far
		O      Origin
	}
)

func (*Unknown) Kind() Kind { return KUnknown }
func (*Null) Kind() Kind    { return KNull }
func (*Bool) Kind() Kind    { return KBool }
func (*Int) Kind() Kind     { return KInt }
func (*Float) Kind() Kind   { return KFloat }
func (*String) Kind() Kind  { return KString }
func (*Path) Kind() Kind    { return KPath }
func (*List) Kind() Kind    { return KList }
func (*Attrs) Kind() Kind   { return KAttrs }
func (*Func) Kind() Kind    { return KFunc }

func (v *Unknown) Origin() Origin { return v.O }
func (v *Null) Origin() Origin    { return v.O }
func (v *Bool) Origin() Origin    { return v.O }
func (v *Int) Origin() Origin     { return v.O }
func (v *Float) Origin() Origin   { return v.O }
func (v *String) Origin() Origin  { return v.O }
func (v *Path) Origin() Origin    { return v.O }
func (v *List) Origin() Origin    { return v.O }
func (v *Attrs) Origin() Origin   { return v.O }
func (v *Func) Origin() Origin    { return v.O }

// Error is a certain evaluation failure: what Nix would throw, at the
// expression that throws.
type Error struct {
	Msg string
	O   Origin
	// Thrown marks what builtins.tryEval catches: throw and failed asserts.
	Thrown bool
	// Check is the module system's check of an option that failed, if
	// that is what the error is.
	Check OptionCheck
	// Notes are other places that explain the failure: where in a TOML
	// text the parse failed, when Nix names the fromTOML call.
	Notes []Note
	// In is where in a decoded file the failure is, when Nix names the
	// call that decodes it (the place of the last note), or nothing.
	In Origin
}

// Note is a place that explains an error, and what it says of it.
type Note struct {
	O   Origin
	Msg string
}

// OptionCheck names a check the module system makes of an option's
// definitions.
type OptionCheck uint8

const (
	NoCheck       OptionCheck = iota
	TypeCheck                 // a definition of the wrong type
	ExistsCheck               // a definition of an option that does not exist
	ConflictCheck             // two different values for a unique option
)

func (e *Error) Error() string { return e.Msg }

// IsUnknown reports whether v is unknown (or a failure).
func IsUnknown(v Value) bool { _, ok := v.(*Unknown); return ok }

// Failure returns the certain failure v stands for, or nil.
func Failure(v Value) *Error {
	if u, ok := v.(*Unknown); ok {
		return u.Err
	}
	return nil
}

// Lookup returns the thunk of attribute name, or nil.
func (a *Attrs) Lookup(name string) *Thunk {
	i := a.index(name)
	if i < 0 {
		return nil
	}
	return a.Vals[i]
}

// miss reports a failed lookup of an open set.
func (a *Attrs) miss() {
	if a.OnMiss != nil && a.Open {
		a.OnMiss()
	}
}

// KeyOrigin returns where attribute name was written.
func (a *Attrs) KeyOrigin(name string) Origin {
	if i := a.index(name); i >= 0 && i < len(a.Keys) {
		return a.Keys[i]
	}
	return Origin{}
}

func (a *Attrs) index(name string) int {
	n := len(a.Names)
	if n <= 8 {
		for i, s := range a.Names {
			// The first byte first: most names of a small set have the
			// length of the one looked up (age, env, …), few its start.
			if len(s) == len(name) && (s == "" || s[0] == name[0]) && s == name {
				return i
			}
		}
		return -1
	}
	i := sort.SearchStrings(a.Names, name)
	if i < n && a.Names[i] == name {
		return i
	}
	return -1
}

// attrsBuilder collects attributes in any order and sorts them once.
type attrsBuilder struct {
	entries []attrEntry
}

type attrEntry struct {
	name string
	val  *Thunk
	key  Origin
}

func (b *attrsBuilder) add(name string, val *Thunk, key Origin) {
	b.entries = append(b.entries, attrEntry{name, val, key})
}

// build sorts the attributes; a later duplicate replaces an earlier one.
func (b *attrsBuilder) build(o Origin, open bool) *Attrs {
	byName := func(x, y attrEntry) int { return strings.Compare(x.name, y.name) }
	if !slices.IsSortedFunc(b.entries, byName) {
		slices.SortStableFunc(b.entries, byName)
	}
	a := newAttrs(len(b.entries))
	a.Open, a.O = open, o
	for _, e := range b.entries {
		if n := len(a.Names); n > 0 && a.Names[n-1] == e.name {
			a.Vals[n-1], a.Keys[n-1] = e.val, e.key
			continue
		}
		a.Names = append(a.Names, e.name)
		a.Vals = append(a.Vals, e.val)
		a.Keys = append(a.Keys, e.key)
	}
	// Full: appending to them cannot write into room a small set has left.
	a.Names, a.Vals, a.Keys = slices.Clip(a.Names), slices.Clip(a.Vals), slices.Clip(a.Keys)
	return a
}

// smallAttrs is a set of up to N attributes allocated at once: most sets
// are small (a recipient, a host of an inventory).
type smallAttrs[N [2]string | [4]string, V [2]*Thunk | [4]*Thunk, K [2]Origin | [4]Origin] struct {
	a     Attrs
	names N
	vals  V
	keys  K
}

// newAttrs returns an empty set with room for n attributes.
func newAttrs(n int) *Attrs {
	switch {
	case n <= 2:
		s := &smallAttrs[[2]string, [2]*Thunk, [2]Origin]{}
		s.a.Names, s.a.Vals, s.a.Keys = s.names[:0], s.vals[:0], s.keys[:0]
		return &s.a
	case n <= 4:
		s := &smallAttrs[[4]string, [4]*Thunk, [4]Origin]{}
		s.a.Names, s.a.Vals, s.a.Keys = s.names[:0], s.vals[:0], s.keys[:0]
		return &s.a
	}
	return &Attrs{Names: make([]string, 0, n), Vals: make([]*Thunk, 0, n), Keys: make([]Origin, 0, n)}
}

// readyString is a string and a thunk holding it, allocated together:
// literals and the strings of JSON files are most values.
type readyString struct {
	t Thunk
	s String
}

// readyStr returns a thunk holding the string s at o.
func readyStr(s string, o Origin) *Thunk {
	r := &readyString{s: String{S: s, O: o}}
	r.t.val, r.t.state = &r.s, done
	return &r.t
}

// Describe renders a value shortly for messages and debugging.
func Describe(v Value) string {
	switch v := v.(type) {
	case *Unknown:
		if v.Err != nil {
			return "«error: " + v.Err.Msg + "»"
		}
		return "«unknown»"
	case *Null:
		return "null"
	case *Bool:
		return strconv.FormatBool(v.B)
	case *Int:
		return strconv.FormatInt(v.N, 10)
	case *Float:
		return strconv.FormatFloat(v.F, 'g', -1, 64)
	case *String:
		return strconv.Quote(v.S)
	case *Path:
		return v.P
	case *List:
		return "[ " + strconv.Itoa(len(v.Elems)) + " elements ]"
	case *Attrs:
		return "{ " + strconv.Itoa(len(v.Names)) + " attributes }"
	case *Func:
		return "«lambda»"
	}
	return "?"
}
