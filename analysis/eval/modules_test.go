package eval

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/internal/testenv"
)

// typeDescriptions are option types and their description in the
// module system's messages ("" for a type the analysis does not check).
var typeDescriptions = []struct{ typ, want string }{
	{`t.str`, `string`},
	{`t.int`, `signed integer`},
	{`t.bool`, `boolean`},
	{`t.enum [ ]`, `impossible (empty enum)`},
	{`t.enum [ "a" ]`, `value "a" (singular enum)`},
	{`t.enum [ 1 true null ]`, `one of 1, true, <null>`},
	{`t.listOf (t.enum [ "a" "b" ])`, `list of (one of "a", "b")`},
	{`t.attrsOf (t.listOf t.str)`, `attribute set of list of string`},
	{`t.lazyAttrsOf t.int`, `lazy attribute set of signed integer`},
	{`t.attrsWith { elemType = t.str; }`, `attribute set of string`},
	{`t.attrsWith { elemType = t.int; lazy = true; placeholder = "host"; }`, `lazy attribute set of signed integer`},
	{`t.listOf (t.enum [ 2 ])`, `list of value 2 (singular enum)`},
	{`t.uniq t.bool`, `boolean`},
	{`t.attrs`, `attribute set`},
	{`t.attrsOf t.attrs`, `attribute set of (attribute set)`},
	{`t.nullOr t.attrs`, `null or (attribute set)`},
	{`t.nullOr t.str`, `null or string`},
	{`t.attrsOf (t.nullOr t.str)`, `attribute set of (null or string)`},
	{`t.nullOr (t.enum [ "a" "b" ])`, `null or one of "a", "b"`},
	{`t.nullOr (t.listOf t.int)`, `null or (list of signed integer)`},
	{`t.strMatching "age1[a-z0-9]{58}"`, `string matching the pattern age1[a-z0-9]{58}`},
	{`t.listOf (t.strMatching "a+")`, `list of string matching the pattern a+`},
	{`t.nullOr (t.strMatching "a|b")`, `null or string matching the pattern a|b`},
	{`t.either t.str t.int`, `string or signed integer`},
	{`t.either (t.listOf t.str) t.attrs`, `(list of string) or (attribute set)`},
	{`t.either t.bool (t.listOf t.str)`, `boolean or list of string`},
	{`t.oneOf [ t.str (t.enum [ 1 ]) (t.nullOr t.int) ]`, `string or value 1 (singular enum) or null or signed integer`},
	{`t.listOf (t.either t.str t.int)`, `list of (string or signed integer)`},
	{`t.nullOr (t.either t.str t.int)`, `null or string or signed integer`},
	{`t.either t.str (t.either t.int t.bool)`, `string or signed integer or boolean`},
	{`t.coercedTo t.str (x: [ x ]) (t.listOf t.str)`, `(list of string) or string convertible to it`},
	{`t.coercedTo t.int toString t.str`, `string or signed integer convertible to it`},
	{`t.listOf (t.coercedTo t.int toString t.str)`, `list of (string or signed integer convertible to it)`},
	{`t.either t.str t.path`, `string or absolute path`},
	{`t.nonEmptyStr`, `non-empty string`},
	{`t.singleLineStr`, `(optionally newline-terminated) single-line string`},
	{`t.listOf t.singleLineStr`, `list of (optionally newline-terminated) single-line string`},
	{`t.path`, `absolute path`},
	{`t.port`, `16 bit unsigned integer; between 0 and 65535 (both inclusive)`},
	{`t.ints.between (-3) 7`, `integer between -3 and 7 (both inclusive)`},
	{`t.ints.unsigned`, `unsigned integer, meaning >=0`},
	{`t.listOf t.ints.positive`, `list of (positive integer, meaning >0)`},
	{`t.ints.u8`, `8 bit unsigned integer; between 0 and 255 (both inclusive)`},
	{`t.ints.u32`, `32 bit unsigned integer; between 0 and 4294967295 (both inclusive)`},
	{`t.ints.s8`, `8 bit signed integer; between -128 and 127 (both inclusive)`},
	{`t.ints.s16`, `16 bit signed integer; between -32768 and 32767 (both inclusive)`},
	{`t.ints.s32`, `32 bit signed integer; between -2147483648 and 2147483647 (both inclusive)`},
	{`t.nullOr t.ints.unsigned`, `null or (unsigned integer, meaning >=0)`},
	{`t.unique { message = "m"; } (t.listOf t.path)`, `list of absolute path`},
	{`t.float`, `floating point number`},
	{`t.number`, `signed integer or floating point number`},
	{`t.nonEmptyListOf t.str`, `non-empty (list of string)`},
	{`t.attrsOf (t.nonEmptyListOf t.int)`, `attribute set of non-empty (list of signed integer)`},
	{`t.attrTag { pgp = { _type = "option"; }; age = { _type = "option"; }; "a b" = { _type = "option"; }; }`, `attribute-tagged union with choices: "a b", age, pgp`},
	// Not checked: not modelled.
	{`t.unspecified`, ``},
	{`t.raw`, ``},
	{`t.submodule { }`, ``},
}

func TestTypeDescriptions(t *testing.T) {
	for _, c := range typeDescriptions {
		m := newTestMachine()
		src := NewSource("test.nix", []byte("let t = __lib.types; in "+c.typ))
		f, _ := src.Nix()
		env := NewEnv(nil, []string{"__lib"}, []*Thunk{Ready(m.Lib())})
		u := &optionMerger{m: m}
		got, _, _ := u.describe(m.Eval(f.Expr, env, src), 0)
		if got != c.want {
			t.Errorf("%s: description %q, want %q", c.typ, got, c.want)
		}
	}
}

// TestTypeDescriptionsAgainstNix checks the table's descriptions against
// lib.types' own.
func TestTypeDescriptionsAgainstNix(t *testing.T) {
	nix := testenv.Tool(t, "nix-instantiate")
	lib := testenv.NixpkgsLib(t)
	for _, c := range typeDescriptions {
		if c.want == "" {
			continue
		}
		expr := "let t = (import " + lib + "/lib).types; in (" + c.typ + ").description"
		cmd := exec.Command(nix, "--eval", "--strict", "-E", expr)
		cmd.Env = append(os.Environ(), "NIX_REMOTE=dummy://")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Errorf("%s: nix failed: %v\n%s", c.typ, err, out)
			continue
		}
		if got, want := strings.TrimSpace(string(out)), EscapeNixString(c.want); got != want {
			t.Errorf("%s: Nix describes it as %s, the table says %s", c.typ, got, want)
		}
	}
}
