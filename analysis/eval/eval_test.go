package eval

import (
	"fmt"
	"os"
	"os/exec"
	"slices"
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
	"group.nix":       {Data: []byte("{ lib, keys }:\n{ admins = [ keys.ana ]; }\n")},
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
	// The bindings are made in the order of their names: a set's dynamic
	// names read a binding made after it.
	{"dynamic names from a later binding of the let", `let h = { ${n} = "k"; "y${n}" = 2; }; n = "nas"; in h`, `{ nas = "k"; ynas = 2; }`},
	{"dynamic names in a function's let", `({ lib, ... }: let nasName = "nas"; hosts = { ${nasName} = "k"; }; in { x = hosts.nas; }) { lib = import <lib>; }`, `{ x = "k"; }`},
	{"dynamic names from a later attribute of the rec", `rec { h = { ${n} = 1; }; n = "x"; }`, `{ h = { x = 1; }; n = "x"; }`},
	{"nested dynamic names are evaluated with their set", `let h = { ${"a"} = { ${n} = 1; }; }; n = "x"; in [ (builtins.attrNames h) h.a ]`, `[ [ "a" ] { x = 1; } ]`},
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
	{"readFile of a directory", `builtins.readFile ./.`, `«error: reading from file: Is a directory»`},
	{"fromTOML integers out of range", `builtins.fromTOML "a = 12345678901234567890123\nb = -1_234_567_890_123_456_789_012\nc = 0x8000000000000000\nd = 0o7777777777777777777777777\ne = 9223372036854775807"`, `{ a = 9223372036854775807; b = -9223372036854775808; c = 9223372036854775807; d = 9223372036854775807; e = 9223372036854775807; }`},
	{"fromTOML binary integer out of range", `(builtins.fromTOML "a = 0b11111111111111111111111111111111111111111111111111111111111111111111\nb = 1").b`, `1`},
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
	{"getAttr missing", `builtins.getAttr "b" { a = 1; }`, `«error: attribute 'b' missing for call to 'getAttr'»`},
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
	// libstdc++'s extended grammar, as Nix 2.8 reads patterns: in brackets a
	// backslash is itself, outside it escapes few characters.
	{"match POSIX escapes", `[ (builtins.match "\\[([a-z]+)\\(" "[ab(") (builtins.match "[\\]]" "]") (builtins.match "[\\]]" "\\]") (builtins.match "[a\\-z]" "-") (builtins.match "[a\\-z]" "b") (builtins.match "[[:alpha:]]+}" "ab}") (builtins.match "a{2}\\{" "aa{") (builtins.match "[]a]+" "]a") ]`, `[ [ "ab" ] null [ ] null [ ] [ ] [ ] [ ] ]`},
	{"match escaped bracket", `builtins.match "\\[([a-z]+)\\]" "[a]"`, `«error: invalid regular expression '\[([a-z]+)\]'»`},
	{"match escaped letter", `builtins.match "\\d" "1"`, `«error: invalid regular expression '\d'»`},
	{"match bound without minimum", `builtins.split "a{,2}" "aa"`, `«error: invalid regular expression 'a{,2}'»`},
	{"match open brace", `builtins.match "a{" "a{"`, `«error: invalid regular expression 'a{'»`},
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
	{"genericClosure", `[ (builtins.genericClosure { startSet = [ { key = "a"; } ]; operator = x: if x.key == "a" then [ { key = "b"; } { key = "a"; } ] else [ { key = "c"; v = 1; } ]; }) (builtins.genericClosure { startSet = [ { key = 1; } { key = 1.0; } ]; operator = x: [ ]; }) ]`, `[ [ { key = "a"; } { key = "b"; } { key = "c"; v = 1; } ] [ { key = 1; } ] ]`},
	{"lib genericClosure of nested teams", `with import <lib>; map (x: x.key) (genericClosure { startSet = [ { key = "ops"; } ]; operator = g: map (k: { key = k; }) ({ ops = [ "sre" "dba" ]; sre = [ "oncall" ]; dba = [ ]; oncall = [ "ops" ]; }.${g.key}); })`, `[ "ops" "sre" "dba" "oncall" ]`},
	{"genericClosure without key", `builtins.genericClosure { startSet = [ { k = 1; } ]; operator = x: [ ]; }`, `«error: attribute 'key' required»`},
	{"genericClosure without startSet", `builtins.genericClosure { operator = x: [ ]; }`, `«error: attribute 'startSet' missing for call to 'genericClosure'»`},
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
	{"evalModules lines, commas and mkOrder", `let lib = import <lib>; in with lib; [ (evalModules { modules = [ { options.x = mkOption { type = types.lines; }; options.l = mkOption { type = types.listOf types.str; }; options.c = mkOption { type = types.commas; }; } { x = "a"; l = [ "a" ]; c = "1"; } { x = mkBefore "b"; l = mkAfter [ "c" ]; c = mkOrder 600 "0"; } { l = mkBefore [ "b" ]; } ]; }).config.x (evalModules { modules = [ { options.l = mkOption { type = types.listOf types.str; }; } { l = [ "a" ]; } { l = mkAfter [ "c" ]; } { l = mkBefore [ "b" ]; } ]; }).config.l (evalModules { modules = [ { options.c = mkOption { type = types.commas; }; } { c = "1"; } { c = mkOrder 600 "0"; } ]; }).config.c ]`, `[ "b\na" [ "b" "a" "c" ] "0,1" ]`},
	{"evalModules listOf submodule defaults", `let lib = import <lib>; in with lib; (evalModules { modules = [ { options.l = mkOption { type = types.listOf (types.submodule ({ name, ... }: { options.a = mkOption { default = name; }; options.b = mkOption { }; })); }; } { l = [ { b = 1; } ]; } { l = mkBefore [ { a = "x"; b = 2; } ]; } ]; }).config.l`, `[ { a = "x"; b = 2; } { a = "[definition 2-entry 1]"; b = 1; } ]`},
	{"evalModules strMatching", `let lib = import <lib>; in with lib; (evalModules { modules = [ { options.k = mkOption { type = types.attrsOf (types.strMatching "age1[a-z0-9]{3}"); }; } { k.a = "age1xy9"; } ]; }).config.k`, `{ a = "age1xy9"; }`},
	{"evalModules submodule config sections", `let lib = import <lib>; in with lib; (evalModules { modules = [ { options.s = mkOption { type = types.submodule [ { options.l = mkOption { type = types.listOf types.str; }; options.g = mkOption { }; config.l = [ "m1" ]; config.g = mkDefault "prod"; } { config.l = [ "m2" ]; } ./mod.nix { options.y = mkOption { }; } ]; }; } { s.l = [ "d1" ]; } { s = { name, ... }: { l = [ name ]; }; } ]; }).config.s`, `{ g = "prod"; l = [ "s" "m2" "m1" "d1" ]; y = 2; }`},
	{"evalModules submoduleWith specialArgs and key", `let lib = import <lib>; in with lib; (evalModules { modules = [ { options.h = mkOption { type = types.attrsOf (types.submoduleWith { specialArgs.site = "fra"; modules = [ ({ name, site, ... }: { options.full = mkOption { default = "${name}.${site}"; }; options.key = mkOption { default = "none"; }; }) ]; }); }; } { h.web.key = "k"; h.db = { key = "k"; config.key = "c"; }; } ]; }).config.h`, `{ db = { full = "db.fra"; key = "c"; }; web = { full = "web.fra"; key = "none"; }; }`},
	{"evalModules anything merged", `let lib = import <lib>; in with lib; (evalModules { modules = [ { options.i = mkOption { type = types.attrsOf types.anything; }; } { i.a.keys.age = "x"; i.a.l = [ 1 ]; i.a.c = { n = mkDefault 2; }; } { i.a.net.ip = "y"; i.a.l = [ 1 ]; i.a.c = { n = 4; m = mkIf true 3; }; i.b = { x = mkIf true 1; }; } ]; }).config.i`, `{ a = { c = { m = 3; n = 4; }; keys = { age = "x"; }; l = [ 1 ]; net = { ip = "y"; }; }; b = { x = 1; }; }`},
	// A strict attrsOf has the names some definition of which survives
	// mkIf, and making it forces them all; lazyAttrsOf keeps every name.
	{"evalModules attrsOf drops mkIf false, lazyAttrsOf keeps it", `let lib = import <lib>; in with lib; let c = (evalModules { modules = [ { options.s = mkOption { type = types.attrsOf types.str; }; options.l = mkOption { type = types.lazyAttrsOf (types.listOf types.str); }; } { s = { a = "x"; b = mkIf false "y"; c = mkMerge [ (mkIf false "z") ]; }; l = { a = [ "x" ]; b = mkIf false [ "y" ]; }; } ]; }).config; in [ (builtins.attrNames c.s) (builtins.attrNames c.l) ]`, `[ [ "a" ] [ "a" "b" ] ]`},
	{"evalModules attrsOf fails with a name's definition", `let lib = import <lib>; in with lib; (evalModules { modules = [ { options.s = mkOption { type = types.attrsOf types.str; }; } { s = { a = "x"; b = throw "gone"; }; } ]; }).config.s.a`, `«error: gone»`},
	{"evalModules readOnly defined once", `let lib = import <lib>; in with lib; (evalModules { modules = [ { options.r = mkOption { type = types.listOf types.str; readOnly = true; }; options.w = mkOption { type = types.listOf types.str; readOnly = false; }; } { r = [ "a" ]; w = [ "a" ]; } { w = [ "b" ]; } ]; }).config`, `{ r = [ "a" ]; w = [ "b" "a" ]; }`},
	{"evalModules readOnly defined twice, or with a default", `let lib = import <lib>; in with lib; let c = (evalModules { modules = [ { options.r = mkOption { type = types.listOf types.str; readOnly = true; }; options.d = mkOption { type = types.str; default = "x"; readOnly = true; }; } { r = [ "a" ]; d = "y"; } { r = [ "b" ]; } ]; }).config; in [ c.r c.d ]`, `[ «unknown» «unknown» ]`},
	{"evalModules lazyAttrsOf does not", `let lib = import <lib>; in with lib; (evalModules { modules = [ { options.s = mkOption { type = types.lazyAttrsOf types.str; }; } { s = { a = "x"; b = throw "gone"; }; } ]; }).config.s.a`, `"x"`},
	{"evalModules attrsOf with a name under an unknown condition", `let lib = import <lib>; in with lib; let s = (evalModules { modules = [ { options.s = mkOption { type = types.attrsOf types.str; }; } { s = { a = "x"; b = mkIf unknown "y"; c = mkMerge [ "z" (mkIf unknown "z") ]; }; } ]; }).config.s; in [ s.a s.c (builtins.attrNames s) ]`, `[ "x" "z" «unknown» ]`},
	{"evalModules attrTag, nonEmptyListOf and float", `let lib = import <lib>; in with lib; (evalModules { modules = [ { options.p = mkOption { type = types.attrsOf (types.attrTag { age = mkOption { type = types.str; }; pgp = mkOption { type = types.str; }; }); }; options.n = mkOption { type = types.nonEmptyListOf types.int; }; options.f = mkOption { type = types.float; }; } { p.a.age = "x"; n = [ 1 ]; f = 1.5; } { n = [ 2 ]; p.b.pgp = "y"; } ]; }).config`, `{ f = 1.5; n = [ 2 1 ]; p = { a = { age = "x"; }; b = { pgp = "y"; }; }; }`},
	// A type whose check the analysis does not make: its value is unknown.
	{"evalModules type not checked", `let lib = import <lib>; in with lib; (evalModules { modules = [ { options.x = mkOption { type = types.package; }; options.y = mkOption { type = types.attrTag { a = mkOption { }; }; }; } { x = 1; y = { a = 1; b = 2; }; } ]; }).config`, `{ x = «unknown»; y = «unknown»; }`},
	{"evalModules functionTo", `let lib = import <lib>; in with lib; let c = (evalModules { modules = [ { options.f = mkOption { type = types.functionTo types.str; }; } { f = x: "k-${x}"; } ]; }).config; in [ (c.f "a") (builtins.isFunction c.f) ]`, `[ "k-a" false ]`},
	// A single value defined twice, the definitions may differ: Nix's
	// conflict, or not the first value.
	{"evalModules str defined twice, one under an unknown condition", `let lib = import <lib>; in with lib; (evalModules { modules = [ { options.s = mkOption { type = types.str; }; } { s = mkMerge [ "z" (mkIf unknown "w") ]; } ]; }).config.s`, `«unknown»`},
	{"evalModules str defined twice, one unknown", `let lib = import <lib>; in with lib; (evalModules { modules = [ { options.s = mkOption { type = types.str; }; } { s = "z"; } { s = unknown; } ]; }).config.s`, `«unknown»`},
	{"evalModules anything differing", `let lib = import <lib>; in with lib; (evalModules { modules = [ { options.i = mkOption { type = types.anything; }; } { i.l = [ 1 ]; } { i.l = [ 2 ]; } ]; }).config.i.l`, `«unknown»`},
	{"evalModules freeform submodule", `let lib = import <lib>; in with lib; (evalModules { modules = [ { options.inv = mkOption { type = types.submodule { freeformType = types.attrsOf types.str; options.owner = mkOption { type = types.str; default = "ops"; }; }; default = { }; }; } { inv.a = "x"; } { inv.b = "y"; inv.owner = "sec"; } ]; }).config.inv`, `{ a = "x"; b = "y"; owner = "sec"; }`},
	{"dynamic attribute name fails", `let x = throw "no name"; in { a = 1; ${x} = 2; }`, `«error: no name»`},
	// A typo of a name lib or builtins has is Nix's error (the model
	// leaves names out: their sets are open).
	{"lib typo", `(import <lib>).attrsets.mapAttrToList (n: v: n) { }`, `«error: attribute 'mapAttrToList' missing»`},
	{"builtins typo", `builtins.attrNamse { }`, `«error: attribute 'attrNamse' missing»`},
	{"lib typo through with", `with import <lib>; mapAttrToList (n: v: n) { }`, `«error: undefined variable 'mapAttrToList'»`},
	// A name far from all is maybe another version's: unknown (a row Nix
	// cannot check: the pinned lib has no such name).
	{"lib name unknown to this version", `(import <lib>).mapAttrsToListUnknownNew`, `«unknown»`},
	// Checked with nix-instantiate against the pinned nixpkgs lib.
	{"lib makeExtensible extends fix'", `let lib = import <lib>; e = (lib.makeExtensible (self: { a = 1; b = self.a + 1; })).extend (final: prev: { a = 10; c = prev.b; }); in [ e.a e.b e.c (builtins.attrNames e) (lib.fix' (self: { x = 1; y = self.x; })).y (builtins.attrNames (lib.fix' (self: { x = 1; }))) ((lib.extends (f: p: { z = p.y + 1; }) (s: { y = 2; })) {}).z ((lib.makeExtensibleWithCustomName "ext" (s: { q = 1; })).ext (f: p: { q = 5; })).q ]`, `[ 10 11 11 [ "__unfix__" "a" "b" "c" "extend" ] 1 [ "__unfix__" "x" ] 3 5 ]`},
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

	{"lib versions", `with import <lib>; [ (builtins.splitVersion "1.2.3-pre4") (versions.major "1.2.3") (versions.minor "1.2.3") (versions.patch "1.2.3") (versions.majorMinor "1.29.4") (versions.majorMinor "1") (versions.pad 4 "1.2-rc1") (versions.pad 2 "1.2.3-rc1") (splitVersion "1.2a-b..3") ]`, `[ [ "1" "2" "3" "pre" "4" ] "1" "2" "3" "1.29" "1" "1.2.0.0-rc1" "1.2-rc1" [ "1" "2" "a" "b" "3" ] ]`},
	{"lib versions too short", `(import <lib>).versions.minor "1"`, `«error: list index 1 is out of bounds»`},
	{"lib versions of a number", `(import <lib>).versions.major 1`, `«error: value is an integer while a string was expected»`},
	{"lib versions pad negative", `(import <lib>).versions.pad (-1) "1"`, `«error: cannot create list of size -1»`},
	{"lib bases", `with import <lib>; [ (toHexString 250) (toHexString 0) (toHexString 4096) (toLower (toHexString 11)) (toBaseDigits 2 6) (toBaseDigits 16 255) ]`, `[ "FA" "0" "1000" "b" [ 1 1 0 ] [ 15 15 ] ]`},
	{"lib toBaseDigits base 1", `(import <lib>).toBaseDigits 1 5`, `«error: assertion '(! (__lessThan base 2))' failed»`},
	{"lib toHexString negative", `(import <lib>).toHexString (-1)`, `«error: assertion '(! (__lessThan i 0))' failed»`},
	{"lib toHexString float", `(import <lib>).toHexString 1.5`, `«error: assertion '(isInt i)' failed»`},
	{"lib toBaseDigits string", `(import <lib>).toBaseDigits "a" 1`, `«error: assertion '(isInt base)' failed»`},
	{"lib sanitizeDerivationName", `with (import <lib>).strings; map sanitizeDerivationName [ "Build Server 2" "print-srv" ".foo bar" "" "..." "a\nb/c é" ]`, `[ "Build-Server-2" "print-srv" "foo-bar" "unknown" "unknown" "a-b-c-" ]`},
	{"lib sanitizeDerivationName of a number", `(import <lib>).strings.sanitizeDerivationName 1`, `«error: cannot coerce an integer to a string»`},
	{"lib strings of names", `with (import <lib>).strings; [ (normalizePath "//a//b/") (escapeURL "a b/c?d é\t~") (toSentenceCase "hELLO") (toSentenceCase "") (levenshtein "kitten" "sitting") (levenshtein "" "abc") (commonPrefixLength "abc" "abd") (commonSuffixLength "abc" "xbc") (isValidPosixName "a-b") (isValidPosixName "_x1") (join "," [ "a" "b" ]) ]`, `[ "/a/b/" "a%20b%2Fc%3Fd%20é%09~" "Hello" "" 3 3 2 2 false true "a,b" ]`},
	{"lib toSentenceCase of a number", `(import <lib>).strings.toSentenceCase 1`, `«error: toSentenceCase does only accepts string values, but got int»`},
	{"lib getName getVersion", `with import <lib>; [ (getName "hello-1.2") (getName "a-b-1.0") (getName { pname = "p"; name = "q-1"; }) (getName { name = "q-1"; }) (getVersion { name = "q-1.0"; }) (builtins.parseDrvName "nix-2.8pre") ]`, `[ "hello" "a-b" "p" "q" "1.0" { name = "nix"; version = "2.8pre"; } ]`},
	{"lib getName of a path", `(import <lib>).getName ./.`, `«error: value is a path while a set was expected»`},
	{"lib shell", `with import <lib>; [ (escapeShellArg 1) (escapeShellArgs [ "a" "b c" 1 true null ]) (toShellVar "x" "a b") (toShellVar "a" [ "x y" 2 ]) (toShellVar "m" { k = "v w"; }) (toShellVars { a = "b"; c = "d e"; }) ]`, `[ "1" "a 'b c' 1 1 ''" "x='a b'" "declare -a a=('x y' 2)" "declare -A m=([k]='v w')" "a=b\nc='d e'" ]`},
	{"lib toShellVar bad name", `(import <lib>).toShellVar "a-b" 1`, `«error: toShellVar: a-b is not a valid shell variable name»`},
	{"lib lists of names", `with import <lib>; [ (findSingle (x: x == 2) "none" "multi" [ 1 2 ]) (findSingle (x: x > 0) "none" "multi" [ 1 2 ]) (findSingle (x: x > 5) "none" "multi" [ 1 2 ]) (groupBy' (a: b: a + b) 0 (x: if x > 1 then "big" else "small") [ 1 2 3 ]) (crossLists (a: b: a + b) [ [ 1 2 ] [ 10 20 ] ]) (takeEnd 2 [ 1 2 3 ]) (dropEnd 1 [ 1 2 3 ]) (takeEnd 5 [ 1 ]) (uniqueStrings [ "b" "a" "b" ]) (replaceElemAt [ 1 2 ] 0 9) ]`, `[ 2 "multi" "none" { big = 5; small = 1; } [ 11 21 12 22 ] [ 2 3 ] [ 1 2 ] [ 1 ] [ "a" "b" ] [ 9 2 ] ]`},
	{"lib lists namespace", `with (import <lib>).lists; [ (hasPrefix [ 1 ] [ 1 2 ]) (hasPrefix [ 2 ] [ 1 2 ]) (removePrefix [ 1 ] [ 1 2 ]) ]`, `[ true false [ 2 ] ]`},
	{"lib lists removePrefix not a prefix", `(import <lib>).lists.removePrefix [ 2 ] [ 1 ]`, `«error: lib.lists.removePrefix: First argument is not a list prefix of the second argument»`},
	{"lib replaceElemAt out of range", `(import <lib>).replaceElemAt [ 1 ] 3 1`, `«error: 'lists.replaceElemAt' called with index 3 on a list of size 1»`},
	{"lib attrs of names", `with import <lib>; [ (filterAttrsRecursive (n: v: v != null) { a = null; b = { c = null; d = 1; }; e = [ null ]; }) (zipAttrsWithNames [ "a" "z" ] (n: v: v) [ { a = 1; b = 2; } { a = 3; } ]) (showAttrPath [ "a" "b-c" "d.e" ]) (showAttrPath [ ]) (concatMapAttrsStringSep "," (n: v: n + v) { a = "1"; b = "2"; }) (attrsets.unionOfDisjoint { a = 1; } { b = 2; }) (genAttrs' [ "a" ] (n: nameValuePair "x${n}" 1)) (overrideExisting { a = 1; c = 0; } { a = 2; b = 3; }) (mapCartesianProduct ({ a, b }: a + b) { a = [ 1 ]; b = [ 2 ]; }) ]`, `[ { b = { d = 1; }; e = [ null ]; } { a = [ 1 3 ]; z = [ ]; } "a.b-c.\"d.e\"" "<root attribute path>" "a1,b2" { a = 1; b = 2; } { xa = 1; } { a = 2; c = 0; } [ 3 ] ]`},
	{"lib unionOfDisjoint collision", `((import <lib>).attrsets.unionOfDisjoint { a = 1; b = 2; } { b = 3; a = 1; }).a`, `«error: unionOfDisjoint: collision on a; complete list: a b»`},
	{"lib trivial more", `with import <lib>; [ (compare 1 2) (compare "b" "a") (compare 1 1) (boolToYesNo true) (checkListOfEnum "x" [ "a" "b" ] [ "a" ] true) (builtins.length lowerChars) (builtins.head upperChars) (generators.toJSON { } { a = 1; }) ]`, `[ -1 1 0 "yes" true 26 "A" "{\"a\":1}" ]`},
	{"lib checkListOfEnum unexpected", `(import <lib>).checkListOfEnum "color" [ "red" ] [ "blue" 1 ] true`, `«error: color: blue, 1 unexpected; valid ones: red»`},
	{"lib toInt", `with import <lib>; [ (toInt " 42 ") (toInt "-3") (toInt "-0") (toIntBase10 "007") (toIntBase10 "000") (toIntBase10 " 10\n") ]`, `[ 42 -3 0 7 0 10 ]`},
	{"lib toInt zero padded", `(import <lib>).toInt "007"`, `«error: toInt: Ambiguity in interpretation of "007" between octal and zero padded integer.»`},
	{"lib toInt not a number", `(import <lib>).toInt "x"`, `«error: toInt: Could not convert "x" to int.»`},
	{"lib toInt too large", `(import <lib>).toInt "99999999999999999999"`, `«error: toInt: Could not convert "99999999999999999999" to int.»`},
	{"lib toIntBase10 float", `(import <lib>).toIntBase10 "1.5"`, `«error: toIntBase10: Could not convert "1.5" to int.»`},
	{"lib toIntBase10 negative zero padded", `(import <lib>).toIntBase10 "-007"`, `«error: [json.exception.parse_error.101] parse error at line 1, column 3: syntax error while parsing value - unexpected number literal; expected end of input»`},
	{"lib sublist", `with import <lib>; [ (sublist 1 10 [ 1 2 ]) (take 0 [ 1 ]) (drop 3 [ 1 ]) (sublist 5 1 [ 1 ]) (builtins.elemAt (sublist (-1) 2 [ 1 2 ]) 1) ]`, `[ [ 2 ] [ ] [ ] [ ] 1 ]`},
	{"lib take negative", `(import <lib>).take (-1) [ 1 2 ]`, `«error: cannot create list of size -1»`},
	{"lib drop negative", `builtins.head ((import <lib>).drop (-1) [ 1 2 ])`, `«error: list index -1 is out of bounds»`},
	{"lib matchAttrs and more", `with import <lib>; [ (filter (matchAttrs { role = "web"; env.name = "prod"; }) [ { name = "a"; role = "web"; env = { name = "prod"; }; } { name = "b"; role = "web"; env = { name = "dev"; }; } { name = "c"; role = "db"; } ]) (matchAttrs { a.b = 1; } { a = 1; }) (matchAttrs { } 1) (mapAttrsRecursiveCond (as: !(as ? x)) (p: v: v) { a.x = 1; b.c = 2; }) (compareLists compare [ 1 2 ] [ 1 3 ]) (compareLists compare [ 1 ] [ ]) (lists.findFirstIndex (x: x > 1) null [ 1 2 3 ]) (lists.findFirstIndex (x: x > 5) "no" [ 1 ]) (lists.commonPrefix [ 1 2 ] [ 1 3 ]) (bitNot 5) ]`, `[ [ { env = { name = "prod"; }; name = "a"; role = "web"; } ] false true { a = { x = 1; }; b = { c = 2; }; } -1 1 1 "no" [ 1 ] -6 ]`},
	{"lib recursiveUpdateUntil and strings", `with import <lib>; [ (recursiveUpdateUntil (p: l: r: builtins.length p > 1) { a.b.c = 1; } { a.b.d = 2; }) (recursiveUpdateUntil (p: l: r: false) { a.b = 1; } { a.c = 2; }) (strings.escapeXML "<a href=\"x\">&'") (makeSearchPath "bin" [ "/a" null "/b" ]) (strings.floatToString 1.5) ]`, `[ { a = { b = { d = 2; }; }; } { a = { b = 1; c = 2; }; } "&lt;a href=&quot;x&quot;&gt;&amp;&apos;" "/a/bin:/b/bin" "1.500000" ]`},
	{"lib recursiveUpdateUntil into a number", `((import <lib>).recursiveUpdateUntil (p: l: r: false) { a = 1; } { a = 2; }).a`, `«error: value is an integer while a set was expected»`},
	{"lib string functions coerce", `(import <lib>).hasPrefix 1 "a"`, `«error: cannot coerce an integer to a string»`},
	{"lib matchAttrs not a set", `(import <lib>).matchAttrs 1 { }`, `«error: assertion '(isAttrs pattern)' failed»`},
	{"lib throws caught by tryEval", `with import <lib>; map (e: (builtins.tryEval e).success) [ (toHexString (-1)) (toShellVar "a-b" 1) (strings.toSentenceCase 1) (replaceElemAt [ ] 1 1) (checkListOfEnum "c" [ ] [ 1 ] 1) ]`, `[ false false false false false ]`},

	{"lib.path", `with (import <lib>).path; [ (removePrefix ./. ./dir/f.nix) (removePrefix ./dir ./dir) (hasPrefix ./dir ./dir/f.nix) (hasPrefix ./dir ./. ) (hasPrefix /. ./dir) ((splitRoot /a/b).subpath) (splitRoot /.).subpath (append /a "b/./c/") (append /. "x") (removePrefix /. /x) ]`, `[ "./dir/f.nix" "./." true false true "./a/b" "./." /a/b/c /x "./x" ]`},
	{"lib.path removePrefix not a prefix", `(import <lib>).path.removePrefix /a/b /a/bc`, `«error: lib.path.removePrefix: The first path argument "/a/b" is not a component-wise prefix of the second path argument "/a/bc".»`},
	{"lib.path removePrefix of a string", `(import <lib>).path.removePrefix "/a" /a/b`, `«error: lib.path.removePrefix: First argument is of type string, but a path was expected.»`},
	{"lib.path append invalid", `map (s: (builtins.tryEval ((import <lib>).path.append /a s)).success) [ "../b" "a/.." "/b" "" "a..b" ]`, `[ false false false false true ]`},
	{"lib.path.subpath", `with (import <lib>).path.subpath; [ (join [ "a/" "./b//c/." "./." ]) (join [ ]) (join [ "." ]) (normalise "./a//b/./c/") (normalise ".") (normalise "a/.../b") (components "./a/./b//c/") (components "./.") (map isValid [ "a" "./." "" "/a" "a/../b" ".." "a..b" 1 null ]) ]`, `[ "./a/b/c" "./." "./." "./a/b/c" "./." "./a/.../b" [ "a" "b" "c" ] [ ] [ true true false false false false true false false ] ]`},
	{"lib.path.subpath join invalid", `(import <lib>).path.subpath.join [ "a" "b/../c" ]`, "«error: lib.path.subpath.join: Element at index 1 is not a valid subpath string:\n    The given string \"b/../c\" contains a `..` component, which is not allowed in subpaths»"},
	{"lib.path.subpath normalise invalid", `(import <lib>).path.subpath.normalise "/etc"`, "«error: lib.path.subpath.normalise: Argument is not a valid subpath string:\n    The given string \"/etc\" starts with a `/`, representing an absolute path»"},
	{"lib.path.subpath components invalid", `(import <lib>).path.subpath.components 3`, "«error: lib.path.subpath.components: Argument is not a valid subpath string:\n    The given value is of type int, but a string was expected»"},
	{"lib.path.subpath errors caught", `with (import <lib>).path.subpath; map (e: (builtins.tryEval e).success) [ (join [ "" ]) (normalise "") (components "a/..") (join [ "a" ]) ]`, `[ false false false true ]`},
	{"lib.path append type", `(import <lib>).path.append "/a" "b"`, `«error: lib.path.append: The first argument is of type string, but a path was expected»`},

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
	// An assertion not known may fail: so may the expression.
	{"unknown assert", `assert unknown; 1`, `«unknown»`},
	{"unknown lib", `(import <lib>).someFutureFunction 1`, `«unknown»`},
	{"unknown import", `import unknown`, `«unknown»`},
	{"unknown search path", `<nixpkgs>`, `«unknown»`},
	{"unknown filter", `builtins.filter (x: x) [ unknown ]`, `«unknown»`},
	{"unknown toString", `toString unknown`, `«unknown»`},
	{"unknown in lib functions", `with import <lib>; [ (strings.sanitizeDerivationName unknown) (toHexString unknown) (versions.majorMinor unknown) (getName (unknown // { })) (filterAttrsRecursive (n: v: unknown) { a = 1; }) (findSingle (x: unknown) 0 1 [ 1 ]) (builtins.tryEval unknown) (strings.normalizePath ./.) ]`, `[ «unknown» «unknown» «unknown» «unknown» «unknown» «unknown» «unknown» «unknown» ]`},
	{"unknown store paths", `with import <lib>; [ (hasPrefix "/nix/store/" ./.) (hasSuffix "x" ./.) (hasPrefix ./. "/x") (removePrefix "/" ./.) ]`, `[ «unknown» «unknown» «unknown» «unknown» ]`}, // Nix copies the path to the store: [ true false false "nix/store/…" ]
	{"unknown mkIf", `(import <lib>).mkIf unknown 1`, `{ _type = "if"; condition = «unknown»; content = 1; }`},

	// certain failures are values, found where Nix would throw
	{"missing attribute", `{ a = 1; }.b`, `«error: attribute 'b' missing»`},
	{"throw", `throw "boom"`, `«error: boom»`},
	{"failed assert", `assert 1 == 2; 1`, `«error: assertion '(1 == 2)' failed»`}, // as nix-instantiate --eval prints it
	{"type error", `1 + "a"`, `«error: cannot add a string to an integer»`},
	{"lazy failure unused", `let x = throw "no"; in 1`, `1`},
	{"missing argument", `let f = { a }: a; in f { }`, `«error: 'f' at /ws/test.nix:1:9 called without required argument 'a'»`},
	{"unexpected argument", `({ a }: a) { a = 1; b = 2; }`, `«error: anonymous function at /ws/test.nix:1:2 called with unexpected argument 'b'»`},
	{"missing argument of an attribute", `{ x.mk = ({ a }: a); }.x.mk { }`, `«error: 'mk' at /ws/test.nix:1:11 called without required argument 'a'»`},
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

	// builtins.tryEval catches only throw and failed asserts (lib's throwIf,
	// assertMsg, last, …); every other failure goes through it.
	{"tryEval assert and lib throws", `with import <lib>; map (e: (builtins.tryEval e).success) [ (assert 1 == 2; 1) (last [ ]) (throwIf true "no" 1) (assertMsg false "m") (fixedWidthString 1 "0" "ab") ]`, `[ false false false false false ]`},
	{"tryEval missing attribute", `let keys = { db = 1; }; in builtins.filter (n: (builtins.tryEval keys.${n}).success) [ "db" "search" ]`, `«error: attribute 'search' missing»`},
	{"tryEval abort", `builtins.tryEval (abort "x")`, `«error: evaluation aborted with the following error message: 'x'»`},
	{"tryEval type error", `builtins.tryEval (1 + "a")`, `«error: cannot add a string to an integer»`},
	{"tryEval index", `builtins.tryEval (builtins.elemAt [ ] 0)`, `«error: list index 0 is out of bounds»`},
	{"lib toposort", `with import <lib>; [ (toposort hasPrefix [ "/home/user" "other" "/" "/home" ]) (toposort hasPrefix [ "/home/user" "other" "/" "/home" "/" ]) (toposort hasPrefix [ "other" "/home/user" "/home" "/" ]) (toposort (a: b: a < b) [ 3 2 1 ]) (toposort (a: b: a < b) [ 1 ]) (toposort (a: b: throw "never") [ ]) (toposort (a: b: a == 1 && b == 2 || a == 2 && b == 1) [ 2 3 1 ]) ]`, `[ { result = [ "/" "/home" "/home/user" "other" ]; } { cycle = [ "/home/user" "/" "/" ]; loops = [ "/" ]; } { result = [ "other" "/" "/home" "/home/user" ]; } { result = [ 1 2 3 ]; } { result = [ 1 ]; } { result = [ ]; } { cycle = [ 2 1 ]; loops = [ 2 ]; } ]`},
	{"lib toposort unknown order", `(import <lib>).toposort (a: b: unknown) [ 1 2 ]`, `«unknown»`},
	{"lib toposort non-Boolean order", `(import <lib>).toposort (a: b: 1) [ 1 2 ]`, `«error: value is an integer while a Boolean was expected»`},
	{"lib toposort of a set", `(import <lib>).toposort (a: b: true) { }`, `«error: value is a set while a list was expected»`},
	{"lib listDfs", `with import <lib>; [ (listDfs true hasPrefix [ "/home/user" "other" "/" "/home" "/" ]) (listDfs false hasPrefix [ "/home/user" "other" "/" "/home" "/" ]) (listDfs true (a: b: false) [ 1 2 ]) ]`, `[ { cycle = "/"; loops = [ "/" ]; rest = [ "/home" "other" ]; visited = [ "/" "/home/user" ]; } { minimal = "/"; rest = [ "/home" "other" ]; visited = [ "/" "/home/user" ]; } { minimal = 1; rest = [ 2 ]; visited = [ ]; } ]`},
	{"lib listDfs of an empty list", `(import <lib>).listDfs true (a: b: true) [ ]`, `«error: 'tail' called on an empty list»`},
	{"lib updateManyAttrsByPath", `with import <lib>; [ (updateManyAttrsByPath [ { path = [ "a" "b" ]; update = old: old + 1; } { path = [ "a" ]; update = old: old // { c = 3; }; } { path = [ "x" "y" ]; update = _: 5; } { path = [ ]; update = old: old // { z = 0; }; } ] { a.b = 1; q = 2; }) (updateManyAttrsByPath [ { path = [ "n" ]; update = _: 1; } { path = [ "n" ]; update = old: old + 1; } ] { }) (updateManyAttrsByPath [ ] 7) ]`, `[ { a = { b = 2; c = 3; }; q = 2; x = { y = 5; }; z = 0; } { n = 2; } 7 ]`},
	{"lib updateManyAttrsByPath missing path", `((import <lib>).updateManyAttrsByPath [ { path = [ "a" "b" ]; update = old: old; } ] { }).a.b`, `«error: updateManyAttrsByPath: Path 'a.b' does not exist in the given value, but the first update to this path tries to access the existing value.»`},
	{"lib updateManyAttrsByPath through a non-set", `((import <lib>).updateManyAttrsByPath [ { path = [ "a" "b" "c" ]; update = _: 1; } ] { a = 1; }).a`, `«error: updateManyAttrsByPath: Path 'a.b.c' needs to be updated, but path 'a' of the given value is not an attribute set, so we can't update an attribute inside of it.»`},
	{"lib updateManyAttrsByPath of a partially known set", `((import <lib>).updateManyAttrsByPath [ { path = [ "a" "b" ]; update = old: old + 1; } { path = [ "c" ]; update = _: 1; } ] { ${unknown} = 1; }).a.b`, `«unknown»`},
	{"lib composeManyExtensions", `with import <lib>; [ (fix (extends (composeManyExtensions [ (final: prev: { a = prev.a + 1; b = final.a; }) (final: prev: { c = prev.b + prev.a; }) ]) (final: { a = 1; }))) (composeManyExtensions [ ] { } { x = 1; }) ((composeExtensions (f: p: { y = 2; }) (f: p: { z = p.y; })) { } { }) ]`, `[ { a = 2; b = 2; c = 4; } { } { y = 2; z = 2; } ]`},
	{"lib toCamelCase splitStringBy", `with (import <lib>).strings; [ (map toCamelCase [ "DATABASE_URL" "hello world" "kebab-case-x" "PascalCase" "camelCaseWord" "" "a__b" "HTTPServer" "_x" ]) (splitStringBy (prev: curr: curr == "-") false "a-b--c") (splitStringBy (prev: curr: prev == "a") true "xab") (splitStringBy (p: c: true) (throw "unused") "") ]`, `[ [ "databaseUrl" "helloWorld" "kebabCaseX" "pascalCase" "camelCaseWord" "" "aB" "httpserver" "X" ] [ "a" "b" "" "c" ] [ "xa" "b" ] [ "" ] ]`},
	{"lib toCamelCase of a number", `(import <lib>).strings.toCamelCase 1`, `«error: toCamelCase does only accepts string values, but got int»`},
	{"lib mapAttrsToListRecursive", `with import <lib>; [ (mapAttrsToListRecursive (p: v: concatStringsSep "." p + "=" + toString v) { b.y = 1; a = 2; b.x = { }; }) (mapAttrsToListRecursiveCond (p: s: !(s ? leaf)) (p: v: p) { a.leaf = 1; b.c = 2; }) ]`, `[ [ "a=2" "b.y=1" ] [ [ "a" ] [ "b" "c" ] ] ]`},
	{"lib makeOverridable", `let lib = import <lib>; f = lib.makeOverridable ({ a, b ? 1 }: { r = a + b; }); x = f { a = 1; }; g = lib.makeOverridable (a: b: a + b) 1; in [ (builtins.attrNames f) (lib.functionArgs f) (builtins.attrNames x) (x.override { a = 5; }).r (x.override (old: { b = old.a + 10; })).r (lib.isFunction x.override) (builtins.attrNames g) (g 2) ]`, `[ [ "__functionArgs" "__functor" ] { a = false; b = true; } [ "override" "overrideDerivation" "r" ] 6 12 true [ "__functionArgs" "__functor" "override" ] 3 ]`},
	{"lib makeOverridable override's arguments", `let lib = import <lib>; in lib.functionArgs ((lib.makeOverridable ({ a, b ? 1 }: { }) { a = 1; }).override)`, `{ a = false; b = true; }`},
	{"lib functor functions", `with import <lib>; [ (functionArgs (setFunctionArgs (x: x) { q = true; })) (isFunction { __functor = s: 1; }) (isFunction { __functor = s: x: 1; }) (functionArgs (mirrorFunctionArgs ({ z }: z) (x: x))) ((setFunctionArgs (x: x + 1) { }) 1) ]`, `[ { q = true; } false true { z = false; } 2 ]`},
	{"lib callPackageWith", `with import <lib>; [ (callPackageWith { a = 1; b = 2; c = 3; } ({ a, b ? 0 }: { s = a + b; }) { b = 5; }).s (builtins.attrNames (callPackageWith { a = 1; } ({ a }: { s = a; }) { })) (callPackageWith { lib = 1; keys.ana = "k"; } ./group.nix { }).admins ]`, `[ 6 [ "override" "overrideDerivation" "s" ] [ "k" ] ]`},
	{"functionArgs of a set", `builtins.functionArgs { }`, `«error: 'functionArgs' requires a function»`},
	{"lib functionArgs of a set", `(import <lib>).functionArgs { a = 1; }`, `«error: 'functionArgs' requires a function»`},
	{"lib callPackageWith missing argument", `(import <lib>).callPackageWith { keyz = 1; kes = 2; other = 3; } ./group.nix { }`, `«error: evaluation aborted with the following error message: 'lib.customisation.callPackageWith: Function called without required argument "keys" at /ws/group.nix:1, did you mean "kes" or "keyz"?'»`},
	{"lib mkAliasDefinitions", `with import <lib>; [ (mkAliasDefinitions { isDefined = true; definitions = [ 1 2 ]; }) (mkAliasAndWrapDefinitions mkDefault { isDefined = false; definitions = [ ]; }) (modules.mkAliasAndWrapDefsWithPriority id { isDefined = true; definitions = [ 1 ]; highestPrio = 50; }) (modules.mkAliasAndWrapDefsWithPriority id { isDefined = true; definitions = [ 1 ]; }) ]`, `[ { _type = "if"; condition = true; content = { _type = "merge"; contents = [ 1 2 ]; }; } { _type = "if"; condition = false; content = { _type = "override"; content = { _type = "merge"; contents = [ ]; }; priority = 1000; }; } { _type = "if"; condition = true; content = { _type = "merge"; contents = [ { _type = "override"; content = 1; priority = 50; } ]; }; } { _type = "if"; condition = true; content = { _type = "merge"; contents = [ { _type = "override"; content = 1; priority = 100; } ]; }; } ]`},
	{"evalModules attrsWith", `let lib = import <lib>; in with lib; (evalModules { modules = [ { options.h = mkOption { type = types.attrsWith { elemType = types.str; placeholder = "host"; }; default = { }; }; } { h.a = "x"; } { h.b = "y"; } ]; }).config.h`, `{ a = "x"; b = "y"; }`},
	{"tryEval only to weak head normal form", `(builtins.tryEval [ (throw "x") ]).success`, `true`},
	// lib.asserts' messages show values with lib.generators.toPretty.
	{"toPretty", `with import <lib>; map (generators.toPretty { }) [ 1 "a\"b\\c''d''\${x}" "l1\nl2''\${y}" "l1\n" [ ] [ 1 [ "x" ] ] { } { a = { b = null; }; "c d" = true; } (x: x) ({ a, b ? 1, ... }: a) { type = "derivation"; name = "hello"; } 1.5 ]`, `[ "1" "\"a\\\"b\\\\c''d''\\\${x}\"" "''\n  l1\n  l2'''''\${y}''" "''\n  l1\n''" "[ ]" "[\n  1\n  [\n    \"x\"\n  ]\n]" "{ }" "{\n  a = {\n    b = null;\n  };\n  \"c d\" = true;\n}" "<function>" "<function, args: {a, b?}>" "<derivation hello>" "1.5" ]`},
	{"toPretty of formals sorted by name, not by name and \"?\"", `with import <lib>; generators.toPretty { } ({ a ? 1, a-b }: 1)`, `"<function, args: {a?, a-b}>"`},
	{"toPretty on one line", `with import <lib>; generators.toPretty { multiline = false; indent = "  "; } { a = [ 1 "x\ny" ]; }`, `"{ a = [ 1 \"x\\ny\" ]; }"`},
	{"assertOneOf", `with import <lib>; [ (asserts.assertOneOf "env" "dev" [ "dev" "prod" ]) (builtins.tryEval (assertOneOf "env" "prd" [ "dev" "prod" ])).success ]`, `[ true false ]`},
	{"assertOneOf fails", `(import <lib>).asserts.assertOneOf "env" "prd" [ "dev" "prod" ]`, "«error: env must be one of [\n  \"dev\"\n  \"prod\"\n], but is: \"prd\"»"},
	{"assertEachOneOf fails", `(import <lib>).asserts.assertEachOneOf "roles" [ "db" "qeue" ] [ "db" "queue" ]`, "«error: each element in roles must be one of [\n  \"db\"\n  \"queue\"\n], but is: [\n  \"db\"\n  \"qeue\"\n]»"},
	{"assertEachOneOf", `with import <lib>; [ (asserts.assertEachOneOf "roles" [ "db" ] [ "db" "queue" ]) (asserts.assertEachOneOf "roles" [ ] unknown) ]`, `[ true true ]`},
	{"assert on an unknown assertOneOf", `with import <lib>; assert asserts.assertOneOf "env" unknown [ "dev" ]; 1`, `«unknown»`},
	{"getAttrFromPath aborts", `(import <lib>).getAttrFromPath [ "a" "c" ] { a.b = 1; }`, `«error: evaluation aborted with the following error message: 'cannot find attribute 'a.c''»`},
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
		if strings.Contains(c.expr, "unknown") {
			continue
		}
		// A row whose whole value is a failure must be Nix's error, word
		// for word (the first line of its message).
		failure, isFailure := strings.CutPrefix(c.want, "«error: ")
		if isFailure {
			failure, isFailure = strings.CutSuffix(failure, "»")
		}
		if !isFailure && strings.Contains(c.want, "«") {
			continue
		}
		// Nix names an -E expression's place (string).
		failure = strings.ReplaceAll(failure, "/ws/test.nix", "(string)")
		failure = strings.ReplaceAll(failure, "/ws/", dir+"/")
		expr := strings.ReplaceAll(c.expr, "<lib>", lib+"/lib")
		cmd := exec.Command(nix, "--eval", "--strict", "-E", expr)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "NIX_REMOTE=dummy://")
		// Relative paths in -E resolve against the working directory.
		out, err := cmd.CombinedOutput()
		if isFailure {
			// As many lines as the table's message has, without the
			// indentation Nix gives continuation lines.
			want := strings.Split("error: "+failure, "\n")
			got := strings.Split(strings.ReplaceAll(string(out), "\n       ", "\n"), "\n")
			if err == nil || len(got) < len(want) || !slices.Equal(got[:len(want)], want) {
				t.Errorf("%s: Nix prints %q (%v), the table says error: %s", c.name, out, err, failure)
			}
			continue
		}
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

// jsonErrorCases are malformed JSON texts and the error Nix 2.8 reports
// for builtins.fromJSON (builtins.readFile ./in.json) of them (nlohmann's
// message; TestFromJSONErrorsAgainstNix checks them).
var jsonErrorCases = []struct{ name, text, want string }{
	{"trailing comma in object", "{\n  \"a\": 1,\n  \"b\": [ 1, 2 ],\n}\n", "[json.exception.parse_error.101] parse error at line 4, column 1: syntax error while parsing object key - unexpected '}'; expected string literal"},
	{"trailing comma in array", `[ 1, 2, ]`, "[json.exception.parse_error.101] parse error at line 1, column 9: syntax error while parsing value - unexpected ']'; expected '[', '{', or a literal"},
	{"missing comma in object", `{ "a": 1 "b": 2 }`, "[json.exception.parse_error.101] parse error at line 1, column 12: syntax error while parsing object - unexpected string literal; expected '}'"},
	{"missing comma in array", `[ 1 2 ]`, "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error while parsing array - unexpected number literal; expected ']'"},
	{"missing quote in key", `{ "a: 1 }`, "[json.exception.parse_error.101] parse error at line 1, column 10: syntax error while parsing object key - invalid string: missing closing quote; last read: '\"a: 1 }'; expected string literal"},
	{"unquoted key", `{ a: 1 }`, "[json.exception.parse_error.101] parse error at line 1, column 3: syntax error while parsing object key - invalid literal; last read: '{ a'; expected string literal"},
	{"missing colon", `{ "a" 1 }`, "[json.exception.parse_error.101] parse error at line 1, column 7: syntax error while parsing object separator - unexpected number literal; expected ':'"},
	{"unquoted value", `{ "a": age1xyz }`, "[json.exception.parse_error.101] parse error at line 1, column 8: syntax error while parsing value - invalid literal; last read: '\"a\": a'"},
	{"bad literal", `{ "a": tru }`, "[json.exception.parse_error.101] parse error at line 1, column 11: syntax error while parsing value - invalid literal; last read: '\"a\": tru '"},
	{"leading zero", `{ "a": 01 }`, "[json.exception.parse_error.101] parse error at line 1, column 9: syntax error while parsing object - unexpected number literal; expected '}'"},
	{"no digit after point", `{ "a": 1.e5 }`, "[json.exception.parse_error.101] parse error at line 1, column 10: syntax error while parsing value - invalid number; expected digit after '.'; last read: '1.e'"},
	{"no exponent digit", `{ "a": 1e+ }`, "[json.exception.parse_error.101] parse error at line 1, column 11: syntax error while parsing value - invalid number; expected digit after exponent sign; last read: '1e+ '"},
	{"number overflow", `{ "a": 1e999 }`, "[json.exception.out_of_range.406] number overflow parsing '1e999'"},
	{"unterminated string", `{ "a": "x }`, "[json.exception.parse_error.101] parse error at line 1, column 12: syntax error while parsing value - invalid string: missing closing quote; last read: '\"x }'"},
	{"newline in string", "{ \"a\": \"line\nbreak\" }", "[json.exception.parse_error.101] parse error at line 2, column 0: syntax error while parsing value - invalid string: control character U+000A (LF) must be escaped to \\u000A or \\n; last read: '\"line<U+000A>'"},
	{"bad escape", `{ "a": "x\qy" }`, "[json.exception.parse_error.101] parse error at line 1, column 11: syntax error while parsing value - invalid string: forbidden character after backslash; last read: '\"x\\q'"},
	{"short unicode escape", `{ "a": "\u12" }`, "[json.exception.parse_error.101] parse error at line 1, column 13: syntax error while parsing value - invalid string: '\\u' must be followed by 4 hex digits; last read: '\"\\u12\"'"},
	{"lone surrogate", `{"a":"\ud800"}`, "[json.exception.parse_error.101] parse error at line 1, column 13: syntax error while parsing value - invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF; last read: '\"\\ud800\"'"},
	{"unclosed array", `{ "a": [ 1, 2 }`, "[json.exception.parse_error.101] parse error at line 1, column 15: syntax error while parsing array - unexpected '}'; expected ']'"},
	{"unclosed object", `{ "a": 1`, "[json.exception.parse_error.101] parse error at line 1, column 9: syntax error while parsing object - unexpected end of input; expected '}'"},
	{"trailing characters", `{ "a": 1 } x`, "[json.exception.parse_error.101] parse error at line 1, column 12: syntax error while parsing value - invalid literal; last read: '1 } x'; expected end of input"},
	{"comment", `{ "a": 1 } // c`, "[json.exception.parse_error.101] parse error at line 1, column 12: syntax error while parsing value - invalid literal; last read: '1 } /'; expected end of input"},
	{"empty", ``, "[json.exception.parse_error.101] parse error at line 1, column 1: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal"},
	{"bytes counted in columns", `{ "a": "é" , }`, "[json.exception.parse_error.101] parse error at line 1, column 15: syntax error while parsing object key - unexpected '}'; expected string literal"},
	{"not a Nix string", "{ \"a\": 1\x00 }", "the contents of the file '/ws/in.json' cannot be represented as a Nix string"},
}

// TestFromJSONErrors checks that fromJSON fails as Nix does, and still
// decodes the texts only a lenient parser would reject.
func TestFromJSONErrors(t *testing.T) {
	for _, c := range jsonErrorCases {
		if got, want := decodes("fromJSON", "in.json", c.text), "«error: "+c.want+"»"; got != want {
			t.Errorf("%s: %q\n got %s\nwant %s", c.name, c.text, got, want)
		}
	}
	for text, want := range map[string]string{
		"\ufeff{ \"a\": [ -0.5e+2, 0, \"\\ud83d\\ude00\" ] }": `{ a = [ -50 0 "😀" ]; }`, // nix-instantiate --eval --strict prints the same,
		`{ "a": 1, "a": 2 }`: `{ a = 2; }`,
	} {
		m := newTestMachine()
		if got := m.Show(m.FromJSON(&String{S: text}, Origin{})); got != want {
			t.Errorf("%q: got %s, want %s", text, got, want)
		}
	}
}

func TestFromJSONErrorsAgainstNix(t *testing.T) {
	nix := testenv.Tool(t, "nix-instantiate")
	for _, c := range jsonErrorCases {
		out, dir := nixDecodes(t, nix, "fromJSON", "in.json", c.text)
		first, _, _ := strings.Cut(out, "\n")
		if want := "error: " + strings.ReplaceAll(c.want, "/ws/", dir+"/"); first != want {
			t.Errorf("%s: Nix prints %q, the table says %q", c.name, first, want)
		}
	}
}

// decodes is what the evaluator makes of builtins.decoder
// (builtins.readFile ./file) with text in file.
func decodes(decoder, file, text string) string {
	m := NewMachine(Config{FS: fstest.MapFS{file: {Data: []byte(text)}}, Root: "/ws"})
	src := NewSource("test.nix", []byte("builtins."+decoder+" (builtins.readFile ./"+file+")"))
	f, _ := src.Nix()
	return m.Show(m.Eval(f.Expr, nil, src))
}

// nixDecodes writes text to file in a new directory and returns what
// nix-instantiate prints for builtins.decoder (builtins.readFile ./file),
// which must fail, and the directory.
func nixDecodes(t *testing.T, nix, decoder, file, text string) (string, string) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(dir+"/"+file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(nix, "--eval", "--strict", "-E", "builtins."+decoder+" (builtins.readFile ./"+file+")")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NIX_REMOTE=dummy://")
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Errorf("Nix decodes %q: %s", text, out)
	}
	return string(out), dir
}

// FuzzFromJSON checks that the decoder and the replay of Nix's parser
// agree on what is JSON: a text is decoded if and only if Nix's parser
// accepts it, and a failure is Nix's message.
func FuzzFromJSON(f *testing.F) {
	for _, c := range jsonErrorCases {
		f.Add(c.text)
	}
	f.Add(`{ "a": [ 1, -2.5e3, true, false, null, "x\n\u00e9" ], "b": { } }`)
	f.Fuzz(func(t *testing.T, text string) {
		if strings.IndexByte(text, 0) >= 0 {
			return // Nix strings cannot hold it
		}
		m := newTestMachine()
		v := m.FromJSON(&String{S: text}, Origin{})
		msg, _, rejected := jsonSyntaxError(text)
		switch e := Failure(v); {
		case rejected && (e == nil || e.Msg != msg):
			t.Fatalf("%q: Nix fails with %s, we give %s", text, msg, m.Show(v))
		case !rejected && e != nil:
			t.Fatalf("%q: Nix decodes it, we fail with %s", text, e.Msg)
		}
	})
}

// tomlErrorCases are malformed TOML texts and the error Nix 2.8 reports
// for builtins.fromTOML (builtins.readFile ./in.toml) of them (toml11's
// message, its continuation lines without the indentation Nix prints them
// with; TestFromTOMLErrorsAgainstNix checks them).
var tomlErrorCases = []struct{ name, text, want string }{
	{"key of a dotted table defined again under its header", "x.y.k = 1\n[x.y]\nk = 2", "while parsing a TOML string: [error] toml::insert_value: value (\"x.y\") already exists.\n --> fromTOML\n   |\n 1 | x.y.k = 1\n   |         ^--- already exists here\n ...\n 2 | [x.y]\n   | ~~~~~ this defined twice"},
	{"JSON read as TOML", "{ \"a\": 1 }", "while parsing a TOML string: [error] toml::parse_key: an invalid key appeared.\n --> fromTOML\n   |\n 1 | { \"a\": 1 }\n   | ^--- is not a valid key\n   |\nHint: bare keys  : non-empty strings composed only of [A-Za-z0-9_-].\nHint: quoted keys: same as \"basic strings\" or 'literal strings'.\nHint: dotted keys: sequence of bare or quoted keys joined with a dot."},
	{"date", "rotated = 2024-03-01\nkey = \"age1\"", "while parsing a TOML string: Dates and times are not supported"},
	{"time in an array", "t = [ 07:32:00 ]", "while parsing a TOML string: Dates and times are not supported"},
	{"unquoted value", "[admins.quirin]\nage = age18kd5hatmu", "while parsing a TOML string: [error] bad format: unknown value appeared\n --> fromTOML\n   |\n 2 | age = age18kd5hatmu\n   |       ^--- here"},
	{"unterminated string", "a = 1\n\n\n\n\n\n\n\n\nb = \"x\n\"", "while parsing a TOML string: [error] toml::parse_basic_string: the next token is not a valid string\n --> fromTOML\n    |\n 10 | b = \"x\n    |     ^--- here"},
	{"bad escape", `a = "\q"`, "while parsing a TOML string: [error] toml::parse_basic_string: the next token is not a valid string\n --> fromTOML\n   |\n 1 | a = \"\\q\"\n   |     ^--- here"},
	{"unterminated literal string", "a = 'x", "while parsing a TOML string: [error] toml::parse_literal_string: the next token is not a valid literal string\n --> fromTOML\n   |\n 1 | a = 'x\n   |     ^--- here"},
	{"unterminated multiline string", `a = """x`, "while parsing a TOML string: [error] toml::parse_ml_basic_string: the next token is not a valid multiline string\n --> fromTOML\n   |\n 1 | a = \"\"\"x\n   |     ^--- here"},
	{"duplicate key", "a = \"x\"\na = \"y\"", "while parsing a TOML string: [error] toml::insert_value: value (\"a\") already exists.\n --> fromTOML\n   |\n 1 | a = \"x\"\n   |     ~~~ value already exists here\n ...\n 2 | a = \"y\"\n   |     ~~~ value defined twice"},
	{"duplicate dotted key", "[s]\nk = \"v\"\n\n[s.t]\nx.y = 1\nx.y = 2", "while parsing a TOML string: [error] toml::insert_value: value (\"x.y\") already exists.\n --> fromTOML\n   |\n 5 | x.y = 1\n   |       ^--- value already exists here\n ...\n 6 | x.y = 2\n   |       ^--- value defined twice"},
	{"key over a dotted table", "a.b = 1\na = 2", "while parsing a TOML string: [error] toml::insert_value: value (\"a\") already exists.\n --> fromTOML\n   |\n 1 | a.b = 1\n   | ~~~ value already exists here\n ...\n 2 | a = 2\n   |     ^--- value defined twice"},
	{"duplicate table", "[a.b]\nc = 1\n[a.b]", "while parsing a TOML string: [error] toml::insert_value: table (\"a.b\") already exists.\n --> fromTOML\n   |\n 1 | [a.b]\n   | ~~~~~ table already exists here\n ...\n 3 | [a.b]\n   | ~~~~~ table defined twice"},
	{"table over an array of tables", "[[t]]\nx = 1\n[t]\ny = 2", "while parsing a TOML string: [error] toml::insert_value: array of tables (\"t\") already exists.\n --> fromTOML\n   |\n 1 | [[t]]\n   | ~~~~~ array of tables defined here\n ...\n 3 | [t]\n   | ~~~ table conflicts with the previous array of table"},
	{"trailing comma", "a = 1 # c\nb = 2,", "while parsing a TOML string: [error] toml::parse_table: invalid line format\n --> fromTOML\n   |\n 2 | b = 2,\n   |      ^--- expected newline, but got ','."},
	{"two pairs on a line", `a = "x" b = 1`, "while parsing a TOML string: [error] toml::parse_table: invalid line format\n --> fromTOML\n   |\n 1 | a = \"x\" b = 1\n   |         ^--- expected newline, but got 'b'."},
	{"letters after a number", "a = 12ab", "while parsing a TOML string: [error] toml::parse_table: invalid line format\n --> fromTOML\n   |\n 1 | a = 12ab\n   |       ^--- expected newline, but got 'a'."},
	{"text after a header", "k = \"v\"\n[h] x", "while parsing a TOML string: [error] toml::parse_table_key: newline required after [table.key]\n --> fromTOML\n   |\n 2 | [h] x\n   |    ^--- expected newline"},
	{"unclosed table header", "[a]\nx = 1\n\n[hosts.nuc\nkey = \"k\"", "while parsing a TOML string: [error] toml::parse_key: an invalid key appeared.\n --> fromTOML\n   |\n 4 | [hosts.nuc\n   | ^--- is not a valid key\n   |\nHint: bare keys  : non-empty strings composed only of [A-Za-z0-9_-].\nHint: quoted keys: same as \"basic strings\" or 'literal strings'.\nHint: dotted keys: sequence of bare or quoted keys joined with a dot."},
	{"unclosed table header at the end", "  [hosts.nuc", "while parsing a TOML string: [error] toml::parse_key: an invalid key appeared.\n --> fromTOML\n   |\n 1 |   [hosts.nuc\n   |   ^--- is not a valid key\n   |\nHint: bare keys  : non-empty strings composed only of [A-Za-z0-9_-].\nHint: quoted keys: same as \"basic strings\" or 'literal strings'.\nHint: dotted keys: sequence of bare or quoted keys joined with a dot."},
	{"unclosed array of tables header", "[[hosts.nuc]\nx = 1", "while parsing a TOML string: [error] toml::parse_key: an invalid key appeared.\n --> fromTOML\n   |\n 1 | [[hosts.nuc]\n   | ^--- is not a valid key\n   |\nHint: bare keys  : non-empty strings composed only of [A-Za-z0-9_-].\nHint: quoted keys: same as \"basic strings\" or 'literal strings'.\nHint: dotted keys: sequence of bare or quoted keys joined with a dot."},
	{"empty table header", "[ ]", "while parsing a TOML string: [error] toml::parse_key: an invalid key appeared.\n --> fromTOML\n   |\n 1 | [ ]\n   | ^--- is not a valid key\n   |\nHint: bare keys  : non-empty strings composed only of [A-Za-z0-9_-].\nHint: quoted keys: same as \"basic strings\" or 'literal strings'.\nHint: dotted keys: sequence of bare or quoted keys joined with a dot."},
	{"space in a table header", "[hosts.a b]", "while parsing a TOML string: [error] toml::parse_key: an invalid key appeared.\n --> fromTOML\n   |\n 1 | [hosts.a b]\n   | ^--- is not a valid key\n   |\nHint: bare keys  : non-empty strings composed only of [A-Za-z0-9_-].\nHint: quoted keys: same as \"basic strings\" or 'literal strings'.\nHint: dotted keys: sequence of bare or quoted keys joined with a dot."},
	{"unterminated string in a table header", "[hosts.\"a]", "while parsing a TOML string: [error] toml::parse_key: an invalid key appeared.\n --> fromTOML\n   |\n 1 | [hosts.\"a]\n   | ^--- is not a valid key\n   |\nHint: bare keys  : non-empty strings composed only of [A-Za-z0-9_-].\nHint: quoted keys: same as \"basic strings\" or 'literal strings'.\nHint: dotted keys: sequence of bare or quoted keys joined with a dot."},
	{"text after an array of tables header", "[[a]] x", "while parsing a TOML string: [error] toml::parse_array_table_key: newline required after [[table.key]]\n --> fromTOML\n   |\n 1 | [[a]] x\n   |      ^--- expected newline"},
	{"bad boolean", "a = tru", "while parsing a TOML string: [error] toml::parse_boolean:\n --> fromTOML\n   |\n 1 | a = tru\n   |     ^--- the next token is not a boolean"},
	{"missing equals", `a "x"`, "while parsing a TOML string: [error] toml::parse_key_value_pair: missing key-value separator `=`\n --> fromTOML\n   |\n 1 | a \"x\"\n   |  ^--- should be `=`"},
	{"space in key", "key with space = 1", "while parsing a TOML string: [error] toml::parse_key_value_pair: invalid format for key\n --> fromTOML\n   |\n 1 | key with space = 1\n   |    ^--- invalid character in key\n   |\nHint: Did you forget '.' to separate dotted-key?\nHint: Allowed characters for bare key are [0-9a-zA-Z_-]."},
	{"missing value", "a =", "while parsing a TOML string: [error] toml::parse_key_value_pair: missing value after key-value separator '='\n --> fromTOML\n   |\n 1 | a =\n   |    ^--- expected value, but got nothing"},
	{"empty key", "= 1", "while parsing a TOML string: [error] toml::parse_key_value_pair: empty key is not allowed.\n --> fromTOML\n   |\n 1 | = 1\n   | ^--- key expected before '='"},
	{"leading zero", "a = 01", "while parsing a TOML string: [error] bad integer: leading zero\n --> fromTOML\n   |\n 1 | a = 01\n   |     ^--- here\n   |\nHint: pass: -42, 1_000, 1_2_3_4_5, 0xC0FFEE, 0b0010, 0o755\nHint: fail: 1__000, 0123"},
	{"trailing comma in inline table", "a = { b = 1, }", "while parsing a TOML string: [error] toml::parse_inline_table: trailing comma is not allowed in an inline table\n --> fromTOML\n   |\n 1 | a = { b = 1, }\n   |              ^--- should be `}`"},
	{"bad value in an array", "a = [\n  \"x\",\n  tru,\n]", "while parsing a TOML string: [error] toml::parse_array: value having invalid format appeared in an array\n --> fromTOML\n   |\n 1 | a = [\n   |     ^--- array starts here\n ...\n 3 |   tru,\n   |   ^--- it is not a valid value."},
	{"bad value in a nested array", "a = [ [ 1, x ] ]", "while parsing a TOML string: [error] toml::parse_array: value having invalid format appeared in an array\n --> fromTOML\n   |\n 1 | a = [ [ 1, x ] ]\n   |       ^--- array starts here\n ...\n 1 | a = [ [ 1, x ] ]\n   |            ^--- it is not a valid value."},
	{"unterminated string in an inline table", `a = { b = "x }`, "while parsing a TOML string: [error] toml::parse_basic_string: the next token is not a valid string\n --> fromTOML\n   |\n 1 | a = { b = \"x }\n   |           ^--- here"},
	{"leading zero in an inline table", "a = { b = 01 }", "while parsing a TOML string: [error] bad integer: leading zero\n --> fromTOML\n   |\n 1 | a = { b = 01 }\n   |           ^--- here\n   |\nHint: pass: -42, 1_000, 1_2_3_4_5, 0xC0FFEE, 0b0010, 0o755\nHint: fail: 1__000, 0123"},
	{"sign without digits", "a = -x", "while parsing a TOML string: [error] bad format: unknown value appeared\n --> fromTOML\n   |\n 1 | a = -x\n   |     ^--- here"},
}

func TestFromTOMLErrors(t *testing.T) {
	for _, c := range tomlErrorCases {
		if got, want := decodes("fromTOML", "in.toml", c.text), "«error: "+c.want+"»"; got != want {
			t.Errorf("%s: %q\n got %s\nwant %s", c.name, c.text, got, want)
		}
	}
}

func TestFromTOMLErrorsAgainstNix(t *testing.T) {
	nix := testenv.Tool(t, "nix-instantiate")
	for _, c := range tomlErrorCases {
		out, _ := nixDecodes(t, nix, "fromTOML", "in.toml", c.text)
		// Nix indents the lines of a message by 7 spaces and ends it
		// with the position of the call.
		msg, _, _ := strings.Cut(strings.TrimPrefix(out, "error: "), "\n\n       at «string»")
		msg = strings.ReplaceAll(msg, "\n       ", "\n")
		if msg != c.want {
			t.Errorf("%s: Nix prints %q, the table says %q", c.name, msg, c.want)
		}
	}
}

// FuzzFromTOML decodes arbitrary text: never a panic, and a failure is
// worded as Nix words it, at least its first words.
func FuzzFromTOML(f *testing.F) {
	for _, c := range tomlErrorCases {
		f.Add(c.text)
	}
	f.Add(string(testFS["keys.toml"].Data))
	f.Fuzz(func(t *testing.T, text string) {
		m := newTestMachine()
		v := m.FromTOML(&String{S: text}, Origin{})
		if e := Failure(v); e != nil && !strings.HasPrefix(e.Msg, "while parsing a TOML string: ") {
			t.Fatalf("%q: %s", text, e.Msg)
		}
	})
}

// TestDecodeErrorPlaces checks where a failure to decode a file is
// placed: a TOML error at the fromTOML call, as Nix places it, with notes
// on the characters of the file toml11 marks (or where the parse stopped:
// the last character read, never an empty range an editor cannot show); a
// JSON error, which Nix places nowhere, on the character it is at.
func TestDecodeErrorPlaces(t *testing.T) {
	for _, c := range []struct {
		decoder, text string
		want          []string // the error's place, then each note's
	}{
		{"fromTOML", "[a.b]\nc = 1\n[a.b]", []string{"test.nix: call", `in.toml:1: "[a.b]" table already exists here`, `in.toml:3: "[a.b]" table defined twice`}},
		{"fromTOML", "a = { b = 1, }", []string{"test.nix: call", "in.toml:1: \"}\" should be `}`"}},
		{"fromTOML", "a =   \n", []string{"test.nix: call", `in.toml:1: "=" expected value, but got nothing`}},
		{"fromTOML", "a = [ 1,\n\n", []string{"test.nix: call", `in.toml:1: "[" array starts here`, `in.toml:1: "," it is not a valid value.`}},
		{"fromTOML", "a = { b = 1 c = 2 }", []string{"test.nix: call", `in.toml:1: "1 c = 2" here`}},
		{"fromTOML", "a = { b = 1 ", []string{"test.nix: call", `in.toml:1: "1" here`}},
		{"fromTOML", "[a\n", []string{"test.nix: call", `in.toml:1: "[" is not a valid key`}},
		{"fromTOML", "a = \"é", []string{"test.nix: call", `in.toml:1: "\"" here`}},
		{"fromTOML", "t = 2024-03-01", []string{"test.nix: call"}},
		{"fromJSON", `{ "a": "é" , }`, []string{`in.json:1: "}"`}},
		{"fromJSON", "{ \"a\": [ 1,\n\n", []string{`in.json:1: ","`}},
		{"fromJSON", "\n \n", []string{`in.json:3: ""`}},
	} {
		file := "in." + strings.ToLower(c.decoder[len("from"):])
		m := NewMachine(Config{FS: fstest.MapFS{file: {Data: []byte(c.text)}}, Root: "/ws"})
		call := "builtins." + c.decoder + " (builtins.readFile ./" + file + ")"
		src := NewSource("test.nix", []byte(call))
		f, _ := src.Nix()
		e := Failure(m.Eval(f.Expr, nil, src))
		if e == nil {
			t.Errorf("%s %q: no failure", c.decoder, c.text)
			continue
		}
		place := func(o Origin) string {
			text := string(o.Src.File.Source()[o.Start:o.End])
			if text == call {
				return o.Src.Path + ": call"
			}
			return fmt.Sprintf("%s:%d: %q", o.Src.Path, o.Src.File.Position(o.Start).Line, text)
		}
		got := []string{place(e.O)}
		for _, n := range e.Notes {
			got = append(got, place(n.O)+" "+n.Msg)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s %q:\n got %q\nwant %q", c.decoder, c.text, got, c.want)
		}
		// In is the last note's place: where in the file to fix it.
		if n := len(e.Notes); n > 0 && e.In != e.Notes[n-1].O || n == 0 && e.In.IsValid() {
			t.Errorf("%s %q: In is %v, want the last note's place", c.decoder, c.text, e.In)
		}
	}
}
