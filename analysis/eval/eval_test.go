package eval

import (
	"os"
	"os/exec"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/secrets-lsp/secrets-lsp/internal/testenv"
)

// testFS is the workspace the table tests evaluate in.
var testFS = fstest.MapFS{
	"keys.nix":        {Data: []byte(`{ alice = "age1alice"; bob = "age1bob"; }`)},
	"keys.json":       {Data: []byte(`{ "admins": [ { "name": "erin", "key": "age1erin" } ], "n": 3, "f": 1.5, "ok": true, "nothing": null }`)},
	"keys.toml":       {Data: []byte("# keys\ntitle = \"k\"\n[people]\nalice = \"age1a\"\n[people.ops]\nbob = 'age1b'\n[[hosts]]\nname = \"web1\"\n[[hosts]]\nname = \"web2\"\nports = [ 1, 2, ]\ninline = { x = 1, y.z = \"q\" }\n")},
	"alice.pub":       {Data: []byte("ssh-ed25519 AAAA alice\n")},
	"hosts.txt":       {Data: []byte("# hosts\nage1one\n\nage1two\n")},
	"dir/default.nix": {Data: []byte(`{ x = 1; }`)},
	"dir/f.nix":       {Data: []byte(`x: x + 1`)},
	"mod.nix":         {Data: []byte(`{ lib, ... }: { y = lib.mkDefault 2; }`)},
}

// evalCase is one expression and how `nix-instantiate --eval --strict`
// prints its value. Expressions may use `unknown`, a value the analysis
// cannot know; rows whose result is unknown are not checked against Nix.
type evalCase struct {
	name, expr, want string
}

var evalCases = []evalCase{
	// literals and operators
	{"int", `1 + 2 * 3 - 4 / 2`, `5`},
	{"float", `1.5 + 1`, `2.5`},
	{"string concat", `"a" + "b"`, `"ab"`},
	{"interpolation", `let x = "b"; in "a${x}c"`, `"abc"`},
	{"indented", "''\n  a\n    b\n''", `"a\n  b\n"`},
	{"comparison", `[ (1 < 2) (2 <= 2) ("a" > "b") (3 >= 4) ]`, `[ true true false false ]`},
	{"equality", `[ (1 == 1.0) ([ 1 2 ] == [ 1 2 ]) ({ a = 1; } == { a = 1; }) (null != null) ]`, `[ true true true false ]`},
	{"logic", `[ (true && false) (false || true) (false -> false) (!true) ]`, `[ false true true false ]`},
	{"update", `{ a = 1; b = 2; } // { b = 3; c = 4; }`, `{ a = 1; b = 3; c = 4; }`},
	{"concat lists", `[ 1 ] ++ [ 2 3 ]`, `[ 1 2 3 ]`},
	{"has attr", `let s = { a.b = 1; }; in [ (s ? a) (s ? a.b) (s ? a.c) (1 ? a) ]`, `[ true true false false ]`},
	{"select or", `let s = { a = 1; }; in [ (s.b or 2) (s.a or 3) ]`, `[ 2 1 ]`},
	{"negation", `(-(1 + 2))`, `-3`},

	// attribute sets
	{"rec", `rec { a = 1; b = a + 1; }`, `{ a = 1; b = 2; }`},
	{"nested paths", `{ a.b = 1; a.c = 2; d = { e = 3; }; d.f = 4; }`, `{ a = { b = 1; c = 2; }; d = { e = 3; f = 4; }; }`},
	{"dynamic names", `let n = "x"; in { ${n} = 1; "${n}y" = 2; ${null} = 3; }`, `{ x = 1; xy = 2; }`},
	{"inherit", `let a = 1; s = { b = 2; }; in { inherit a; inherit (s) b; }`, `{ a = 1; b = 2; }`},
	{"legacy let", `let { x = 1; body = x + 1; }`, `2`},
	{"let", `let a = 1; b = a + 1; in b`, `2`},
	{"let inherit from", `let s = { a = 1; }; inherit (s) a; in a`, `1`},
	{"with", `with { a = 1; }; a`, `1`},
	{"with does not shadow let", `let a = 1; in with { a = 2; }; a`, `1`},
	{"with does not shadow builtins", `with { map = 1; }; map (x: x) [ 1 ]`, `[ 1 ]`},
	{"nested with", `with { a = 1; b = 1; }; with { a = 2; }; [ a b ]`, `[ 2 1 ]`},

	// functions
	{"lambda", `(x: x + 1) 2`, `3`},
	{"formals", `({ a, b ? 2, ... }: a + b) { a = 1; c = 5; }`, `3`},
	{"formals at", `(args@{ a, ... }: args.b) { a = 1; b = 2; }`, `2`},
	{"default sees formals", `({ a, b ? a * 2 }: b) { a = 3; }`, `6`},
	{"curried", `let add = a: b: a + b; in add 1 2`, `3`},
	{"functor", `let f = { __functor = self: x: x + self.n; n = 10; }; in f 1`, `11`},
	{"assert", `assert 1 == 1; "ok"`, `"ok"`},
	{"if", `if 1 > 2 then "a" else "b"`, `"b"`},

	// files
	{"import", `(import ./keys.nix).alice`, `"age1alice"`},
	{"import dir", `(import ./dir).x`, `1`},
	{"import function", `import ./dir/f.nix 1`, `2`},
	{"readFile", `builtins.readFile ./hosts.txt`, `"# hosts\nage1one\n\nage1two\n"`},
	{"fileContents", `(import <lib>).fileContents ./alice.pub`, `"ssh-ed25519 AAAA alice"`},
	{"fromJSON", `builtins.fromJSON (builtins.readFile ./keys.json)`, `{ admins = [ { key = "age1erin"; name = "erin"; } ]; f = 1.5; n = 3; nothing = null; ok = true; }`},
	{"fromTOML", `builtins.fromTOML (builtins.readFile ./keys.toml)`, `{ hosts = [ { name = "web1"; } { inline = { x = 1; y = { z = "q"; }; }; name = "web2"; ports = [ 1 2 ]; } ]; people = { alice = "age1a"; ops = { bob = "age1b"; }; }; title = "k"; }`},
	{"pathExists", `[ (builtins.pathExists ./keys.nix) (builtins.pathExists ./nope.nix) ]`, `[ true false ]`},
	{"readDir", `builtins.readDir ./dir`, `{ "default.nix" = "regular"; "f.nix" = "regular"; }`},
	{"path plus string", `builtins.pathExists (./. + "/keys.nix")`, `true`},

	// builtins
	{"map", `map (x: x * 2) [ 1 2 ]`, `[ 2 4 ]`},
	{"filter", `builtins.filter (x: x > 1) [ 1 2 3 ]`, `[ 2 3 ]`},
	{"attrNames", `builtins.attrNames { b = 1; a = 2; }`, `[ "a" "b" ]`},
	{"attrValues", `builtins.attrValues { b = 1; a = 2; }`, `[ 2 1 ]`},
	{"mapAttrs", `builtins.mapAttrs (n: v: n + v) { a = "x"; }`, `{ a = "ax"; }`},
	{"listToAttrs", `builtins.listToAttrs [ { name = "a"; value = 1; } { name = "a"; value = 2; } ]`, `{ a = 1; }`},
	{"hasAttr getAttr", `[ (builtins.hasAttr "a" { a = 1; }) (builtins.getAttr "a" { a = 1; }) ]`, `[ true 1 ]`},
	{"elem", `[ (builtins.elem 2 [ 1 2 ]) (builtins.elem 3 [ 1 2 ]) ]`, `[ true false ]`},
	{"head tail length", `[ (builtins.head [ 1 2 ]) (builtins.tail [ 1 2 ]) (builtins.length [ 1 2 ]) ]`, `[ 1 [ 2 ] 2 ]`},
	{"foldl'", `builtins.foldl' (a: b: a + b) 0 [ 1 2 3 ]`, `6`},
	{"concatLists concatMap", `[ (builtins.concatLists [ [ 1 ] [ 2 ] ]) (builtins.concatMap (x: [ x x ]) [ 1 ]) ]`, `[ [ 1 2 ] [ 1 1 ] ]`},
	{"toString", `[ (toString 1) (toString true) (toString null) (toString [ 1 "a" ]) ]`, `[ "1" "1" "" "1 a" ]`},
	{"concatStringsSep", `builtins.concatStringsSep ", " [ "a" "b" ]`, `"a, b"`},
	{"genList", `builtins.genList (i: i * i) 4`, `[ 0 1 4 9 ]`},
	{"match", `[ (builtins.match "a(b*)c" "abbc") (builtins.match "a" "b") (builtins.match "(a)|(b)" "b") ]`, `[ [ "bb" ] null [ null "b" ] ]`},
	{"split", `builtins.split "(,)" "a,b"`, `[ "a" [ "," ] "b" ]`},
	{"match dot newline", `[ (builtins.match "(.*)\n?" "ab\n") (builtins.match "a.b" "a\nb") (builtins.match "a" "a\nb") ]`, `[ [ "ab\n" ] [ ] null ]`},
	{"replaceStrings", `builtins.replaceStrings [ "a" "" ] [ "b" "-" ] "xa"`, `"-xb-"`},
	{"substring", `[ (builtins.substring 1 2 "abcd") (builtins.substring 2 (-1) "abcd") (builtins.substring 9 1 "ab") ]`, `[ "bc" "cd" "" ]`},
	{"sort", `builtins.sort (a: b: a < b) [ 3 1 2 ]`, `[ 1 2 3 ]`},
	{"typeOf", `map builtins.typeOf [ 1 "a" null true [ ] { } (x: x) 1.0 ./. ]`, `[ "int" "string" "null" "bool" "list" "set" "lambda" "float" "path" ]`},
	{"toJSON", `builtins.toJSON { a = [ 1 "x\n" null ]; }`, `"{\"a\":[1,\"x\\n\",null]}"`},
	{"removeAttrs", `removeAttrs { a = 1; b = 2; } [ "a" ]`, `{ b = 2; }`},
	{"catAttrs", `builtins.catAttrs "a" [ { a = 1; } { } { a = 2; } ]`, `[ 1 2 ]`},
	{"partition groupBy", `[ (builtins.partition (x: x > 1) [ 1 2 ]) (builtins.groupBy (x: x) [ "a" "b" "a" ]) ]`, `[ { right = [ 2 ]; wrong = [ 1 ]; } { a = [ "a" "a" ]; b = [ "b" ]; } ]`},
	{"zipAttrsWith", `builtins.zipAttrsWith (n: vs: vs) [ { a = 1; } { a = 2; b = 3; } ]`, `{ a = [ 1 2 ]; b = [ 3 ]; }`},
	{"tryEval", `[ (builtins.tryEval (throw "x")) (builtins.tryEval 1) ]`, `[ { success = false; value = false; } { success = true; value = 1; } ]`},
	{"seq deepSeq", `[ (builtins.seq 1 2) (builtins.deepSeq [ 1 ] 3) ]`, `[ 2 3 ]`},
	{"hashString", `builtins.hashString "sha256" "abc"`, `"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"`},
	{"bits", `[ (builtins.bitAnd 6 3) (builtins.bitOr 6 3) (builtins.bitXor 6 3) ]`, `[ 2 7 5 ]`},
	{"dirOf baseNameOf", `[ (dirOf "/a/b") (baseNameOf "/a/b") ]`, `[ "/a" "b" ]`},
	{"functionArgs", `builtins.functionArgs ({ a, b ? 1 }: a)`, `{ a = false; b = true; }`},
	{"compareVersions", `[ (builtins.compareVersions "1.2" "1.10") (builtins.compareVersions "1.0" "1.0") ]`, `[ -1 0 ]`},

	// lib
	{"lib lists", `with import <lib>; [ (optional true 1) (optionals false [ 2 ]) (flatten [ 1 [ 2 [ 3 ] ] ]) (unique [ 1 2 1 ]) (range 1 3) (last [ 1 2 ]) (init [ 1 2 ]) (take 1 [ 1 2 ]) (drop 1 [ 1 2 ]) (reverseList [ 1 2 ]) ]`, `[ [ 1 ] [ ] [ 1 2 3 ] [ 1 2 ] [ 1 2 3 ] 2 [ 1 ] [ 1 ] [ 2 ] [ 2 1 ] ]`},
	{"lib folds", `with import <lib>; [ (foldl (a: b: a + b) "" [ "a" "b" ]) (foldr (a: b: a + b) "" [ "a" "b" ]) (imap0 (i: x: i) [ "a" "b" ]) (imap1 (i: x: i) [ "a" ]) ]`, `[ "ab" "ab" [ 0 1 ] [ 1 ] ]`},
	{"lib attrs", `with import <lib>; [ (mapAttrsToList (n: v: n) { b = 1; a = 2; }) (filterAttrs (n: v: v > 1) { a = 1; b = 2; }) (genAttrs [ "x" ] (n: n)) (nameValuePair "a" 1) (attrByPath [ "a" "b" ] 0 { a.b = 1; }) (attrByPath [ "a" "c" ] 0 { a.b = 1; }) (optionalAttrs false { a = 1; }) ]`, `[ [ "a" "b" ] { b = 2; } { x = "x"; } { name = "a"; value = 1; } 1 0 { } ]`},
	{"lib recursiveUpdate", `(import <lib>).recursiveUpdate { a = { b = 1; c = 2; }; d = 1; } { a = { b = 3; }; d = { }; }`, `{ a = { b = 3; c = 2; }; d = { }; }`},
	{"lib mapAttrs'", `(import <lib>).mapAttrs' (n: v: { name = "x" + n; value = v; }) { a = 1; }`, `{ xa = 1; }`},
	{"lib strings", `with import <lib>; [ (concatStrings [ "a" "b" ]) (concatMapStrings (x: x + ",") [ "a" ]) (splitString "," "a,b,") (hasPrefix "a" "ab") (hasSuffix "b" "ab") (removePrefix "a" "ab") (removeSuffix "b" "ab") (toUpper "ab") (trim "  x \n") (optionalString true "s") (escapeRegex "a.b*") (concatMapStringsSep "-" toString [ 1 2 ]) ]`, `[ "ab" "a," [ "a" "b" "" ] true true "b" "a" "AB" "x" "s" "a\\.b\\*" "1-2" ]`},
	{"lib trivial", `with import <lib>; [ (id 1) (const 1 2) (flip (a: b: a - b) 1 2) (pipe 1 [ (x: x + 1) (x: x * 3) ]) (mod 7 3) (min 1 2) (max 1 2) (boolToString true) ]`, `[ 1 1 1 6 1 1 2 "true" ]`},
	{"lib fix", `(import <lib>).fix (self: { a = 1; b = self.a + 1; })`, `{ a = 1; b = 2; }`},
	{"lib mk", `with import <lib>; [ (mkDefault 1) (mkForce 2) (mkIf true 3) (mkMerge [ 4 ]) (mkBefore 5) (mkOverride 10 6) ]`, `[ { _type = "override"; content = 1; priority = 1000; } { _type = "override"; content = 2; priority = 50; } { _type = "if"; condition = true; content = 3; } { _type = "merge"; contents = [ 4 ]; } { _type = "order"; content = 5; priority = 500; } { _type = "override"; content = 6; priority = 10; } ]`},
	{"lib stringToCharacters", `(import <lib>).stringToCharacters "ab"`, `[ "a" "b" ]`},
	{"lib zip", `with import <lib>; [ (zipLists [ 1 2 ] [ "a" ]) (subtractLists [ 1 ] [ 1 2 ]) (intersectLists [ 1 ] [ 1 2 ]) ]`, `[ [ { fst = 1; snd = "a"; } ] [ 2 ] [ 1 ] ]`},
	{"lib concatMapAttrs", `(import <lib>).concatMapAttrs (n: v: { ${n} = v; "${n}2" = v; }) { a = 1; }`, `{ a = 1; a2 = 1; }`},
	{"lib foldlAttrs", `(import <lib>).foldlAttrs (acc: n: v: acc + v) 0 { a = 1; b = 2; }`, `3`},
	{"lib key files", `let lib = import <lib>; in lib.filter (l: l != "" && !lib.hasPrefix "#" l) (lib.splitString "\n" (builtins.readFile ./hosts.txt))`, `[ "age1one" "age1two" ]`},
	{"lib importJSON", `((import <lib>).importJSON ./keys.json).n`, `3`},
	{"lib fixedWidth", `with import <lib>; [ (fixedWidthNumber 3 7) (fixedWidthString 4 "ab" "xy") ]`, `[ "007" "abxy" ]`},
	{"lib cartesianProduct", `(import <lib>).cartesianProduct { a = [ 1 2 ]; b = [ "x" ]; }`, `[ { a = 1; b = "x"; } { a = 2; b = "x"; } ]`},
	{"lib listFilesRecursive", `map toString ((import <lib>).filesystem.listFilesRecursive ./dir)`, `[ "/ws/dir/default.nix" "/ws/dir/f.nix" ]`},
	{"lib namespaces", `with import <lib>; [ (strings.replicate 2 "ab") (lists.replicate 2 "ab") (replicate 2 "ab") (strings.hasPrefix "a" "ab") ]`, `[ "abab" [ "ab" "ab" ] [ "ab" "ab" ] true ]`},
	{"lib foldAttrs naturalSort", `with import <lib>; [ (foldAttrs (x: acc: [ x ] ++ acc) [ ] [ { a = 1; } { a = 2; b = 3; } ]) (naturalSort [ "gpu10" "gpu2" "a" "gpu02" ]) ]`, `[ { a = [ 1 2 ]; b = [ 3 ]; } [ "a" "gpu02" "gpu2" "gpu10" ] ]`},
	{"lib toList", `with import <lib>; [ (toList 1) (toList [ 1 ]) (toInt "42") (versionAtLeast "2.8" "2.10") ]`, `[ [ 1 ] [ 1 ] 42 false ]`},

	// unknowns: never an error, known parts stay known
	{"unknown arithmetic", `unknown + 1`, `«unknown»`},
	{"unknown select", `unknown.a.b`, `«unknown»`},
	{"unknown if", `if unknown then 1 else 2`, `«unknown»`},
	{"unknown call", `unknown 1`, `«unknown»`},
	{"unknown as function arg", `(x: [ x 1 ]) unknown`, `[ «unknown» 1 ]`},
	{"unknown formals", `({ a, b ? 2 }: [ a b ]) unknown`, `[ «unknown» «unknown» ]`},
	{"unknown with", `with unknown; [ x 1 ]`, `[ «unknown» 1 ]`},
	{"unknown update left", `(unknown // { a = 1; }).a`, `1`},
	{"unknown update right", `({ a = 1; } // unknown).a`, `«unknown»`},
	{"unknown update open", `(unknown // { a = 1; }).b`, `«unknown»`},
	{"unknown has attr", `(unknown // { a = 1; }) ? b`, `«unknown»`},
	{"unknown dynamic attr", `{ ${unknown} = 1; b = 2; }`, `{ b = 2; … }`},
	{"unknown and false", `unknown && false`, `false`},
	{"unknown or true", `unknown || true`, `true`},
	{"unknown and true", `unknown && true`, `«unknown»`},
	{"unknown equality", `unknown == 1`, `«unknown»`},
	{"list length differs", `[ unknown ] == [ 1 2 ]`, `false`},
	{"unknown elem", `[ (builtins.elem 1 [ unknown 1 ]) (builtins.elem 2 [ unknown 1 ]) ]`, `[ true «unknown» ]`},
	{"unknown map", `map (x: x + 1) unknown`, `«unknown»`},
	{"unknown elements", `map (x: x) [ unknown 1 ]`, `[ «unknown» 1 ]`},
	{"unknown concat", `[ 1 ] ++ unknown`, `«unknown»`},
	{"unknown interpolation", `"a${unknown}"`, `«unknown»`},
	{"unknown attrNames", `builtins.attrNames (unknown // { a = 1; })`, `«unknown»`},
	{"unknown assert", `assert unknown; 1`, `1`},
	{"unknown lib", `(import <lib>).someFutureFunction 1`, `«unknown»`},
	{"unknown import", `import unknown`, `«unknown»`},
	{"unknown search path", `<nixpkgs>`, `«unknown»`},
	{"unknown filter", `builtins.filter (x: x) [ unknown ]`, `«unknown»`},
	{"unknown toString", `toString unknown`, `«unknown»`},
	{"unknown mkIf", `(import <lib>).mkIf unknown 1`, `{ _type = "if"; condition = «unknown»; content = 1; }`},

	// certain failures are values, found where Nix would throw
	{"missing attribute", `{ a = 1; }.b`, `«error: attribute 'b' missing»`},
	{"throw", `throw "boom"`, `«error: boom»`},
	{"failed assert", `assert 1 == 2; 1`, `«error: assertion '(1 == 2)' failed»`}, // as nix-instantiate --eval prints it
	{"type error", `1 + "a"`, `«error: cannot add a string to an integer»`},
	{"lazy failure unused", `let x = throw "no"; in 1`, `1`},
	{"missing argument", `({ a }: a) { }`, `«error: function 'anonymous lambda' called without required argument 'a'»`},
	{"unexpected argument", `({ a }: a) { a = 1; b = 2; }`, `«error: function 'anonymous lambda' called with unexpected argument 'b'»`},
	{"infinite recursion", `let x = x; in x`, `«error: infinite recursion encountered»`},
	{"budget: a string doubled", `let s = x: x + x; d = f: x: f (f x); in builtins.stringLength (d (d (d (d (d s)))) "ab")`, `«unknown»`},
	{"budget: a list doubled", `let s = x: x ++ x; d = f: x: f (f x); in builtins.length (d (d (d (d (d s)))) [ 1 ])`, `«unknown»`},
	{"budget: endless recursion", `let f = x: f (x + 1); in f 0`, `«unknown»`},

	// conditions and predicates (evaluated without their Booleans)
	{"conditions", `[ (if !(1 == 2) && (2 != 3 || false) then "y" else "n") (assert (1 == 1) -> true; 1) (builtins.filter (x: x == 2 || x == 3) [ 1 2 3 4 ]) ]`, `[ "y" 1 [ 2 3 ] ]`},
	{"predicates", `with import <lib>; [ (filterAttrs (_: v: v.on && !v.off) { a = { on = true; off = false; }; b = { on = true; off = true; }; }) (builtins.partition (x: x > 1) [ 1 2 ]) (findFirst (x: x == 2) 0 [ 1 2 ]) ]`, `[ { a = { off = false; on = true; }; } { right = [ 2 ]; wrong = [ 1 ]; } 2 ]`},
	{"unused argument", `[ ((_: 1) (throw "no")) ((x: with { x = 2; }; x) 1) ((_: _) 3) ((x: y: x) 4 5) ]`, `[ 1 1 3 4 ]`},
	{"logic with unknown", `[ (unknown && false) (false && unknown) (unknown || true) (true || unknown) (unknown -> true) ]`, `[ false false true true true ]`},
	{"unknown condition", `[ (if unknown then 1 else 2) (!unknown) (unknown == 1) (true && unknown) ]`, `[ «unknown» «unknown» «unknown» «unknown» ]`},
	{"condition not a Boolean", `if 1 then 2 else 3`, `«error: value is an integer while a Boolean was expected»`},
	{"operand not a Boolean", `[ (true && 1) ]`, `[ «error: value is an integer while a Boolean was expected» ]`},
	{"predicate not a Boolean", `builtins.filter (x: x) [ 1 ]`, `«error: value is an integer while a Boolean was expected»`},
}

// newTestMachine evaluates in testFS; `import <lib>` in a row stands for
// nixpkgs' lib (the Machine's model here, the real one for Nix).
func newTestMachine() *Machine {
	return NewMachine(Config{FS: testFS, Root: "/ws"})
}

func TestEvalTable(t *testing.T) {
	for _, c := range evalCases {
		t.Run(c.name, func(t *testing.T) {
			m := newTestMachine()
			expr := strings.ReplaceAll(c.expr, "(import <lib>)", "__lib")
			expr = strings.ReplaceAll(expr, "import <lib>", "__lib")
			src := NewSource("test.nix", []byte(expr))
			f, _ := src.Nix()
			env := NewEnv(nil, []string{"unknown", "__lib"}, []*Thunk{Ready(&Unknown{Reason: "test"}), Ready(m.Lib())})
			got := m.Show(m.Eval(f.Expr, env, src))
			if got != c.want {
				t.Errorf("%s\n got %s\nwant %s", c.expr, got, c.want)
			}
		})
	}
}

// TestEvalTableAgainstNix checks that the expected values of the table are
// what Nix itself prints, so that the table cannot drift from Nix.
func TestEvalTableAgainstNix(t *testing.T) {
	nix := testenv.Tool(t, "nix-instantiate")
	lib := testenv.NixpkgsLib(t)
	dir := t.TempDir()
	for name, f := range testFS {
		p := dir + "/" + name
		if err := os.MkdirAll(p[:strings.LastIndexByte(p, '/')], 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range evalCases {
		if strings.Contains(c.want, "«") || strings.Contains(c.expr, "unknown") {
			continue
		}
		expr := strings.ReplaceAll(c.expr, "<lib>", lib+"/lib")
		cmd := exec.Command(nix, "--eval", "--strict", "-E", expr)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "NIX_REMOTE=dummy://")
		// Relative paths in -E resolve against the working directory.
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Errorf("%s: nix failed: %v\n%s", c.name, err, out)
			continue
		}
		got := strings.TrimSpace(string(out))
		want := strings.ReplaceAll(c.want, "/ws", dir)
		if got != want {
			t.Errorf("%s: Nix prints %s, the table says %s", c.name, got, want)
		}
	}
}
