package scanner

import (
	"strings"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// scanAll renders the tokens of src as KIND:text, space separated.
func scanAll(src string) string {
	var s Scanner
	s.Init(src, ScanComments)
	var out []string
	for {
		t := s.Next()
		if t.Kind == token.EOF {
			return strings.Join(out, " ")
		}
		item := t.Kind.String() + ":" + src[t.Pos:t.End]
		if t.Err != NoError {
			item += "!" + t.Err.Message(src[t.Pos:t.End])
		}
		out = append(out, item)
	}
}

// TestTokens pins the longest-match decisions of Nix 2.8's lexer that the
// parser relies on (each also appears in ../testdata, checked against Nix).
func TestTokens(t *testing.T) {
	tests := []struct{ src, want string }{
		{"a/b", "PATH:a/b PATH_END:"},
		{"a / b", "ID:a '/':/ ID:b"},
		{"a.b/c", "PATH:a.b/c PATH_END:"},
		{"foo.nix", "ID:foo '.':. ID:nix"},
		{"x:x", "URI:x:x"},
		{"x: x", "ID:x ':':: ID:x"},
		{"github:NixOS/nixpkgs", "URI:github:NixOS/nixpkgs"},
		{"1e3", "INT:1 ID:e3"},
		{"1.e2 .5 1.", "FLOAT:1.e2 FLOAT:.5 FLOAT:1."},
		{"01.5", "INT:01 FLOAT:.5"},
		{"a-1", "ID:a-1"},
		{"a'b", "ID:a'b"},
		{"iff if", "ID:iff IF:if"},
		{"or", "OR_KW:or"},
		{"...", "ELLIPSIS:..."},
		{".../a", "PATH:.../a PATH_END:"},
		{"a//b", "ID:a UPDATE:// ID:b"},
		{"a++b", "ID:a CONCAT:++ ID:b"},
		{"x-/y", "PATH:x-/y PATH_END:"},
		{"<nixpkgs/lib>", "SPATH:<nixpkgs/lib>"},
		{"<a", "'<':< ID:a"},
		{"~/x", "HPATH:~/x PATH_END:"},
		{"~", "invalid token:~"},
		{"./a/${x}/b", "PATH:./a/ DOLLAR_CURLY:${ ID:x '}':} STR:/b PATH_END:"},
		{"a/${x}", "PATH:a/ DOLLAR_CURLY:${ ID:x '}':} PATH_END:"},
		{"./a${x}.nix", "PATH:./a DOLLAR_CURLY:${ ID:x '}':} STR:.nix PATH_END:"},
		{"./a/ ", "PATH:./a/ PATH_END:!path has a trailing slash"},
		{"9223372036854775808", "INT:9223372036854775808!invalid integer '9223372036854775808'"},
		{"9223372036854775807", "INT:9223372036854775807"},
		{"1.0e-400", "FLOAT:1.0e-400!invalid float '1.0e-400'"},
		{"0.0e-400", "FLOAT:0.0e-400"},
		{`"a${b}c\"$"`, `'"':" STR:a DOLLAR_CURLY:${ ID:b '}':} STR:c\"$ '"':"`},
		{`"$${x}"`, `'"':" STR:$${x} '"':"`},
		{"''\n  a ''$ ''' ''\\n ' $ ${x}''", "IND_STRING_OPEN:''\n IND_STR:  a  IND_STR:''$ IND_STR:  IND_STR:''' IND_STR:  IND_STR:''\\n IND_STR: ' $  DOLLAR_CURLY:${ ID:x '}':} IND_STRING_CLOSE:''"},
		{"''a'$'' ''$'}''", "IND_STRING_OPEN:'' IND_STR:a IND_STR:' IND_STR:$ IND_STRING_CLOSE:'' IND_STRING_OPEN:'' IND_STR:$ IND_STR:'} IND_STRING_CLOSE:''"},
		{"# c\n/* d */ x /* e", "comment:# c comment:/* d */ ID:x '/':/ '*':* ID:e"},
		{"a\x00b", "ID:a"},
		{"{ } }", "'{':{ '}':} '}':}"},
	}
	for _, tt := range tests {
		if got := scanAll(tt.src); got != tt.want {
			t.Errorf("%q:\n got  %s\n want %s", tt.src, got, tt.want)
		}
	}
}

// TestAt checks where Nix reports errors at the end of the file: at the
// start of the last lexeme, whitespace and comments included.
func TestAt(t *testing.T) {
	tests := []struct {
		src  string
		want token.Pos
	}{
		{"{ a = 1;\n\n", 8},
		{"{ a = 1; # c\n", 12},
		{"", 0},
		{"[ ./a", 1},  // after a path at the end: the lexeme before it (a blank)
		{"[ ./a ", 5}, // nix-instantiate says 1:6
	}
	for _, tt := range tests {
		var s Scanner
		s.Init(tt.src, 0)
		var last Token
		for last = s.Next(); last.Kind != token.EOF; last = s.Next() {
		}
		if last.At != tt.want {
			t.Errorf("%q: EOF at %d, want %d", tt.src, last.At, tt.want)
		}
	}
}

// FuzzFastPaths checks that match's fast paths decide as matchGeneral,
// which tries the rules of lexer.l, does: at every offset of the input
// but "${", which only the fast path knows.
func FuzzFastPaths(f *testing.F) {
	for _, seed := range []string{
		"a.b .5 ... ./x .a/b a.b/c lib.mkOption x: https://a.b/c a+b/c a-b a'b _x.y/z",
		"1.5 1/2 12 1.e3 +/a -/a -> ++ + - // /a ~/a <a/b> < <= a:b a: c:d/e",
		"{ pkgs, ... }: with pkgs.lib; x.${y}.z or 1 //a /* c */ # d\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		s := Scanner{src: src}
		for i := 0; i < len(src); i++ {
			if src[i] == '$' {
				continue
			}
			k1, n1, d1 := s.match(i, src[i])
			k2, n2, d2 := s.matchGeneral(i, src[i])
			if k1 != k2 || n1 != n2 || d1 != d2 {
				t.Fatalf("at %d of %q: match gives %v/%d/%d, matchGeneral %v/%d/%d", i, src, k1, n1, d1, k2, n2, d2)
			}
		}
	})
}

// FuzzEscapes checks the flag that lets the parser skip cooking a string's
// text: a STR token without Escapes holds no backslash, CR or NUL.
func FuzzEscapes(f *testing.F) {
	for _, s := range []string{`"a\nb"`, "\"a\rb\"", "\"a\x00b\"", `"$\"`, "\"$\r\"", "\"$\x00\"", `"a${b}\c"`, `"\`, `"$`, `"${"\t"}"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		var s Scanner
		s.Init(src, ScanComments)
		for t0 := s.Next(); t0.Kind != token.EOF; t0 = s.Next() {
			if text := src[t0.Pos:t0.End]; t0.Kind == token.STR && !t0.Escapes && strings.ContainsAny(text, "\\\r\x00") {
				t.Errorf("%q: STR token %q has escapes but no Escapes flag", src, text)
			}
		}
	})
}

// TestSkipPlainString checks that skipping a string leaves the scanner
// where scanning its tokens does: the same tokens follow, with the same
// error positions, to the end.
func TestSkipPlainString(t *testing.T) {
	tests := []struct {
		src   string
		plain bool
	}{
		{`"abc" x`, true},
		{`"abc"`, true},
		{`"" x`, true},
		{`{ a = "b"; }`, false}, // not at a string
		{`"a" + "b"`, true},
		{`"a b c"/`, true},
		{`"ab` + "\n" + `c"`, true},
		{`"a\"b" x`, false},
		{`"a${x}" y`, false},
		{`"a$" x`, false},
		{"\"a\rb\"", false},
		{"\"a\x00b\"", false},
		{`"abc`, false},
		{`"${x}"`, false},
		{`"a" ${`, true},
	}
	for _, tt := range tests {
		var skip, scan Scanner
		skip.Init(tt.src, 0)
		scan.Init(tt.src, 0)
		var t1, t2 Token
		skip.Scan(&t1)
		scan.Scan(&t2)
		end, ok := skip.SkipPlainString()
		if ok != tt.plain {
			t.Errorf("%q: plain %v, want %v", tt.src, ok, tt.plain)
			continue
		}
		if ok {
			for scan.Scan(&t2); t2.Kind != token.QUOTE; scan.Scan(&t2) {
				if t2.Kind != token.STR || t2.Escapes {
					t.Fatalf("%q: skipped a string that scans to %v", tt.src, t2.Kind)
				}
			}
			if int(t2.Pos) != end {
				t.Errorf("%q: text ends at %d, the closing quote is at %d", tt.src, end, t2.Pos)
			}
		}
		for {
			skip.Scan(&t1)
			scan.Scan(&t2)
			if t1 != t2 {
				t.Errorf("%q: after skipping %+v, after scanning %+v", tt.src, t1, t2)
				break
			}
			if t1.Kind == token.EOF {
				break
			}
		}
	}
}
