package nixoracle

import (
	"sort"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/nixparse/scanner"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// lexeme is a token of printed output with the blanks before it.
type lexeme struct {
	kind token.Kind
	text string // blanks included
}

// Canonical reorders what Nix 2.8 prints in memory-address order — the
// bindings of each let and the arguments of each function pattern — by
// text, so that two printed trees can be compared.
func Canonical(tree string) string {
	var sc scanner.Scanner
	sc.Init(tree, 0)
	var toks []lexeme
	prev := 0
	for {
		t := sc.Next()
		if t.Kind == token.EOF {
			break
		}
		toks = append(toks, lexeme{t.Kind, tree[prev:t.End]})
		prev = int(t.End)
	}
	var b strings.Builder
	for _, l := range canon(toks) {
		b.WriteString(l.text)
	}
	b.WriteString(tree[prev:])
	return b.String()
}

func opens(k token.Kind) bool {
	return k == token.LPAREN || k == token.LBRACE || k == token.LBRACK || k == token.DOLLAR_CURLY
}

func closesGroup(k token.Kind) bool {
	return k == token.RPAREN || k == token.RBRACE || k == token.RBRACK
}

// match returns the index of the token closing the group opened at i.
func match(toks []lexeme, i int) int {
	depth := 0
	for j := i; j < len(toks); j++ {
		switch {
		case opens(toks[j].kind):
			depth++
		case closesGroup(toks[j].kind):
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return len(toks) - 1
}

// split cuts toks at separators of kind sep outside groups. Inside a let
// binding, each `assert c;` owns the next ';'.
func split(toks []lexeme, sep token.Kind) [][]lexeme {
	var items [][]lexeme
	start, asserts := 0, 0
	for j := 0; j < len(toks); j++ {
		k := toks[j].kind
		switch {
		case opens(k):
			j = match(toks, j)
		case k == token.ASSERT:
			asserts++
		case k == sep && sep == token.SEMI && asserts > 0:
			asserts--
		case k == sep:
			items = append(items, toks[start:j+1])
			start = j + 1
		}
	}
	if start < len(toks) {
		items = append(items, toks[start:])
	}
	return items
}

func text(toks []lexeme) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.text)
	}
	return b.String()
}

func canon(toks []lexeme) []lexeme {
	var out []lexeme
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !opens(t.kind) {
			out = append(out, t)
			continue
		}
		j := match(toks, i)
		inner := toks[i+1 : j]
		switch {
		case t.kind == token.LPAREN && len(inner) > 0 && inner[0].kind == token.LET:
			in := len(inner)
			for k := 1; k < len(inner); k++ {
				if opens(inner[k].kind) {
					k = match(inner, k)
				} else if inner[k].kind == token.IN {
					in = k
					break
				}
			}
			items := split(inner[1:in], token.SEMI)
			out = append(out, t, inner[0])
			out = append(out, sorted(items, nil)...)
			out = append(out, canon(inner[in:])...)
		case t.kind == token.LBRACE && hasTop(inner, token.COMMA):
			var items [][]lexeme
			for _, it := range split(inner, token.COMMA) {
				if it[len(it)-1].kind == token.COMMA {
					it = it[:len(it)-1]
				}
				items = append(items, it)
			}
			out = append(out, t)
			out = append(out, sorted(items, &lexeme{token.COMMA, ","})...)
		default:
			out = append(out, t)
			out = append(out, canon(inner)...)
		}
		if j < len(toks) {
			out = append(out, toks[j])
		}
		i = j
	}
	return out
}

// sorted canonicalises each item and joins them in text order, with sep
// between them; `...` stays last.
func sorted(items [][]lexeme, sep *lexeme) []lexeme {
	type item struct {
		key  string
		toks []lexeme
	}
	var its []item
	var last []lexeme
	for _, it := range items {
		c := canon(it)
		if len(c) > 0 && c[0].kind == token.ELLIPSIS {
			last = c
			continue
		}
		its = append(its, item{strings.TrimSpace(text(c)), c})
	}
	sort.SliceStable(its, func(a, b int) bool { return its[a].key < its[b].key })
	var out []lexeme
	for k, it := range its {
		if k > 0 && sep != nil {
			out = append(out, *sep)
		}
		out = append(out, it.toks...)
	}
	if last != nil {
		if len(its) > 0 && sep != nil {
			out = append(out, *sep)
		}
		out = append(out, last...)
	}
	return out
}

func hasTop(toks []lexeme, k token.Kind) bool {
	for j := 0; j < len(toks); j++ {
		if opens(toks[j].kind) {
			j = match(toks, j)
		} else if toks[j].kind == k {
			return true
		}
	}
	return false
}
