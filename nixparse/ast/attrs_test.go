package ast_test

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/nixparse"
	"github.com/secrets-lsp/secrets-lsp/nixparse/ast"
)

// randomBindings writes a binding list that repeats and nests attribute
// paths, with computed names, inherits and written sets mixed in: the
// cases where merging order matters.
func randomBindings(r *rand.Rand, depth int) string {
	names := []string{"a", "b", "c", "d", `"a"`, `${"b"}`, `${x}`}
	path := func() string {
		p := make([]string, 1+r.Intn(4))
		for i := range p {
			p[i] = names[r.Intn(len(names))]
		}
		return strings.Join(p, ".")
	}
	var b strings.Builder
	for i := range 1 + r.Intn(20) {
		switch k := r.Intn(10); {
		case k == 0:
			b.WriteString("inherit a b; ")
		case k == 1:
			b.WriteString("inherit (x) c d; ")
		case k <= 3 && depth < 2:
			fmt.Fprintf(&b, "%s = { %s}; ", path(), randomBindings(r, depth+1))
		case k == 4 && depth < 2:
			fmt.Fprintf(&b, "%s = rec { %s}; ", path(), randomBindings(r, depth+1))
		default:
			fmt.Fprintf(&b, "%s = %d; ", path(), i)
		}
	}
	return b.String()
}

// TestBuildAttrsWithoutReport checks that BuildAttrs without a report
// function, which groups bindings by name, merges every set as merging its
// bindings one at a time (the reporting path, Nix's order) does.
func TestBuildAttrsWithoutReport(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for range 500 {
		src := "x: { " + randomBindings(r, 0) + "}"
		checkBuildAttrs(t, src)
	}
}

func FuzzBuildAttrs(f *testing.F) {
	for _, s := range []string{"{ a.b = 1; a.c = 2; }", "{ a = { b = 1; }; a.c = 2; }", "{ a.b.c = 1; a.${x}.d = 2; a.b = { e = 3; }; }",
		"{ inherit a; a.b = 1; }", `{ "a".b = 1; a.c.d = 2; a.c.e = 3; }`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) { checkBuildAttrs(t, src) })
}

func checkBuildAttrs(t *testing.T, src string) {
	t.Helper()
	file, _ := nixparse.ParseFile("f.nix", []byte(src), 0)
	ast.Inspect(file, func(n ast.Node) bool {
		if s, ok := n.(*ast.AttrSet); ok {
			fast := ast.BuildAttrs(s.Rec.IsValid(), s.Bindings, nil)
			ref := ast.BuildAttrs(s.Rec.IsValid(), s.Bindings, func(ast.AttrError) {})
			if d := diffAttrs(fast, ref, ""); d != "" {
				t.Fatalf("%s\nwithout report %s", src, d)
			}
		}
		return true
	})
}

// diffAttrs describes the first difference between two merged sets.
func diffAttrs(x, y *ast.Attrs, at string) string {
	if (x == nil) != (y == nil) {
		return fmt.Sprintf("%s: set %v, with report %v", at, x != nil, y != nil)
	}
	if x == nil {
		return ""
	}
	if x.Rec != y.Rec || len(x.Defs) != len(y.Defs) || len(x.Dynamic) != len(y.Dynamic) {
		return fmt.Sprintf("%s: rec %v, %d names, %d computed; with report rec %v, %d names, %d computed",
			at, x.Rec, len(x.Defs), len(x.Dynamic), y.Rec, len(y.Defs), len(y.Dynamic))
	}
	for i, d := range x.Defs {
		e := y.Defs[i]
		if d.Name != e.Name || d.Key != e.Key || d.Pos != e.Pos || d.Binding != e.Binding || d.Inherit != e.Inherit || d.Value != e.Value {
			return fmt.Sprintf("%s: attribute %d is %+v, with report %+v", at, i, *d, *e)
		}
		if diff := diffAttrs(d.Nested, e.Nested, at+"."+d.Name); diff != "" {
			return diff
		}
	}
	for i, d := range x.Dynamic {
		e := y.Dynamic[i]
		if d.Name != e.Name || d.Pos != e.Pos || d.Binding != e.Binding || d.Value != e.Value {
			return fmt.Sprintf("%s: computed attribute %d is %+v, with report %+v", at, i, *d, *e)
		}
		if diff := diffAttrs(d.Nested, e.Nested, fmt.Sprintf("%s.${%d}", at, i)); diff != "" {
			return diff
		}
	}
	return ""
}
