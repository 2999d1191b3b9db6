package nixoracle

import (
	"bytes"
	"hash/fnv"
	"math/rand/v2"

	"github.com/secrets-lsp/secrets-lsp/nixparse/scanner"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Mutation is a broken variant of a source text.
type Mutation struct {
	Kind string // deltok, trunc, swaptok, duptok, delchar, swapadj, delline, dupline, inschar
	Src  []byte
}

// replacements are the token texts swaptok substitutes.
var replacements = []string{";", ",", "=", ":", "{", "}", "(", ")", "[", "]", ".", "+", "-",
	"//", "++", "==", "<", "?", "@", "in", "let", "then", "else", "or", "rec", "inherit",
	"\"", "''", "${", "x", "1", "./p", "..."}

// Mutate returns n variants of src, chosen deterministically from seed.
func Mutate(src []byte, seed string, n int) []Mutation {
	h := fnv.New64a()
	h.Write([]byte(seed))
	rng := rand.New(rand.NewPCG(h.Sum64(), uint64(len(src))))
	var toks []scanner.Token
	var sc scanner.Scanner
	sc.Init(string(src), 0)
	for {
		t := sc.Next()
		if t.Kind == token.EOF {
			break
		}
		if t.End > t.Pos {
			toks = append(toks, t)
		}
	}
	kinds := []string{"deltok", "trunc", "swaptok", "duptok", "delchar", "swapadj", "delline", "dupline", "inschar"}
	var out []Mutation
	for len(out) < n && len(src) > 0 {
		kind := kinds[rng.IntN(len(kinds))]
		switch {
		case kind == "delline" || kind == "dupline":
			a, b := lineAt(src, rng.IntN(len(src)))
			with := ""
			if kind == "dupline" {
				with = string(src[a:b]) + string(src[a:b])
			}
			out = append(out, Mutation{kind, splice(src, a, b, with)})
			continue
		case kind == "inschar":
			i := rng.IntN(len(src) + 1)
			out = append(out, Mutation{kind, splice(src, i, i, string(insertable[rng.IntN(len(insertable))]))})
			continue
		case kind == "delchar" || len(toks) < 2:
			i := rng.IntN(len(src))
			out = append(out, Mutation{"delchar", splice(src, i, i+1, "")})
			continue
		}
		t := toks[rng.IntN(len(toks))]
		a, b := int(t.Pos), int(t.End)
		switch kind {
		case "deltok":
			out = append(out, Mutation{kind, splice(src, a, b, "")})
		case "trunc":
			out = append(out, Mutation{kind, append([]byte(nil), src[:a]...)})
		case "swaptok":
			out = append(out, Mutation{kind, splice(src, a, b, replacements[rng.IntN(len(replacements))])})
		case "duptok":
			out = append(out, Mutation{kind, splice(src, b, b, " "+string(src[a:b]))})
		case "swapadj":
			k := rng.IntN(len(toks) - 1)
			t1, t2 := toks[k], toks[k+1]
			s := string(src[t2.Pos:t2.End]) + string(src[t1.End:t2.Pos]) + string(src[t1.Pos:t1.End])
			out = append(out, Mutation{kind, splice(src, int(t1.Pos), int(t2.End), s)})
		}
	}
	return out
}

// insertable are the characters inschar inserts.
const insertable = "{}[]();=:.,\"'$/\\@?#"

// lineAt returns the range of the line holding offset i, with its newline.
func lineAt(src []byte, i int) (int, int) {
	a := bytes.LastIndexByte(src[:i], '\n') + 1
	b := bytes.IndexByte(src[i:], '\n')
	if b < 0 {
		return a, len(src)
	}
	return a, i + b + 1
}

func splice(src []byte, a, b int, with string) []byte {
	out := make([]byte, 0, len(src)-(b-a)+len(with))
	out = append(out, src[:a]...)
	out = append(out, with...)
	return append(out, src[b:]...)
}
