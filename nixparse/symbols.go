package nixparse

import (
	"github.com/secrets-lsp/secrets-lsp/nixparse/scanner"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// symbolOrder approximates the order of names in Nix 2.8's symbol table,
// which orders symbols by the address of their interned string: roughly,
// names interned at start-up first (builtins, the attribute names the
// evaluator uses), then the names of the file in order of first appearance.
// Only roughly: the allocator may reuse memory out of order. Nix visits the attributes of a set, and
// sorts the arguments of a function, in that order; it decides which error
// Nix reports first when there are several.
type symbolOrder struct {
	first map[string]int
}

// startupNames are interned before any file is read, in about that order.
var startupNames = func() map[string]int {
	names := []string{"<with>", "outPath", "drvPath", "type", "meta", "name", "value", "system",
		"__overrides", "outputs", "outputName", "__ignoreNulls", "file", "line", "column",
		"__functor", "__toString", "right", "wrong", "__structuredAttrs", "builder", "args",
		"__contentAddressed", "__impure", "outputHash", "outputHashAlgo", "outputHashMode",
		"recurseForDerivations", "description", "self", "", "startSet", "operator", "key",
		"path", "prefix"}
	for _, g := range globals28 {
		names = append(names, g)
		if len(g) > 2 && g[:2] == "__" {
			names = append(names, g[2:])
		}
	}
	m := make(map[string]int, len(names))
	for i, n := range names {
		if _, ok := m[n]; !ok {
			m[n] = i
		}
	}
	return m
}()

func newSymbolOrder(src []byte) *symbolOrder {
	o := &symbolOrder{first: map[string]int{}}
	var sc scanner.Scanner
	sc.Init(string(src), 0)
	for {
		t := sc.Next()
		if t.Kind == token.EOF {
			return o
		}
		if t.Kind == token.ID {
			name := string(src[t.Pos:t.End])
			if _, ok := o.first[name]; !ok {
				o.first[name] = int(t.Pos)
			}
		}
	}
}

// rank orders names as the symbol table would.
func (o *symbolOrder) rank(name string) int {
	if i, ok := startupNames[name]; ok {
		return i
	}
	if off, ok := o.first[name]; ok {
		return 1<<20 + off
	}
	return 1 << 40
}
