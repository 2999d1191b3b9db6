package analysis_test

import (
	"fmt"
	"io/fs"
	"maps"
	"math/rand/v2"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/lsp/lsptest"
)

// computedPolicy is a policy written the way real ones are: keys from
// keys.nix (the generated flake's: people p0–p7, hosts h0–h39), people and
// hosts made by functions, lists of them bound in a let and shared by
// several groups, inherit, with lib, genAttrs and mapAttrsToList, groups
// written as sets, as attribute paths and at the top of the module. rng
// draws which group uses what.
func computedPolicy(rng *rand.Rand) string {
	people := func() string {
		var names []string
		for range 1 + rng.IntN(3) {
			names = append(names, fmt.Sprintf("%q", fmt.Sprintf("p%d", rng.IntN(8))))
		}
		return "[ " + strings.Join(names, " ") + " ]"
	}
	hosts := func() string {
		var names []string
		for range 1 + rng.IntN(4) {
			names = append(names, fmt.Sprintf("%q", fmt.Sprintf("h%d", rng.IntN(12))))
		}
		return "[ " + strings.Join(names, " ") + " ]"
	}
	admins := []string{"admins", "admins ++ ops", "map person " + people(), `[ (person "p4") ]`, "ops", `[ { name = "p5"; age = people.p5; } ]`}
	targets := []string{"map host web", "map host db", "map host " + hosts(), "lib.mapAttrsToList (name: age: { inherit name age; }) { h6 = keys.hosts.h6; h7 = keys.hosts.h7; }", `[ (host "h8") ]`}
	secrets := []string{
		`genAttrs [ "tls" "env" ] (_: { targets = [ "*" ]; })`,
		`{ password.targets = [ "h4" ]; backup = { }; }`,
		`{ deploy = { admins = [ "p0" ]; targets = [ "h6" ]; }; }`,
		`lib.genAttrs secretNames (n: { file = "secrets/${n}.yaml"; })`,
	}
	var b strings.Builder
	fmt.Fprintf(&b, `{ lib, ... }:
let
  keys = import ./keys.nix;
  person = name: { inherit name; age = keys.people.${name}; };
  host = name: { inherit name; age = keys.hosts.${name}; };
  inherit (keys) people;
  admins = map person %s;
  ops = [ (person "p2") { name = "p3"; age = people.p3; } ];
  web = %s;
  db = %s;
  secretNames = [ "a" "b" ];
in
with lib;
{
  flake.secrets = {
`, people(), hosts(), hosts())
	groups := 2 + rng.IntN(4)
	for g := range groups {
		a, t, s := pick(rng, admins), pick(rng, targets), pick(rng, secrets)
		switch rng.IntN(3) {
		case 0:
			fmt.Fprintf(&b, "    g%d = {\n      recipients.admins = %s;\n      recipients.targets = %s;\n      secret = %s;\n    };\n", g, a, t, s)
		case 1:
			fmt.Fprintf(&b, "    g%d.recipients = { admins = %s; targets = %s; };\n    g%d.secret = %s;\n", g, a, t, g, s)
		default:
			fmt.Fprintf(&b, "    g%d = { recipients = { admins = %s; targets = %s; }; secret = %s; directory = \"secrets/g%d\"; };\n", g, a, t, s, g)
		}
	}
	fmt.Fprintf(&b, "  };\n  flake.secrets.top = { recipients.admins = %s; recipients.targets = %s; secret.x = { }; };\n}\n", pick(rng, admins), pick(rng, targets))
	return b.String()
}

// Where a computed policy is edited: string literals, list brackets,
// names of its let bindings, and anything.
var (
	stringLit = regexp.MustCompile(`"[^"$\\]*"`)
	listOpen  = regexp.MustCompile(`\[ `)
	letName   = regexp.MustCompile(`\b(admins|ops|web|db|person|host|people|secretNames)\b`)
)

// computedEdit is a random edit of src: a string literal changed (a
// person, a host, a secret, nobody, "*"), an element added to a list or
// removed from it, a let-bound name replaced by another, a few characters
// deleted or typed anywhere. ok is false when src has no place for the
// edit drawn.
func computedEdit(rng *rand.Rand, src string) (start, end int, repl string, ok bool) {
	at := func(re *regexp.Regexp) (int, int, bool) {
		all := re.FindAllStringIndex(src, -1)
		if len(all) == 0 {
			return 0, 0, false
		}
		m := all[rng.IntN(len(all))]
		return m[0], m[1], true
	}
	name := func() string {
		return pick(rng, []string{"p1", "p6", "h3", "h11", "h39", "nobody", "*", "", "tls", "x"})
	}
	switch rng.IntN(8) {
	case 0, 1: // a string changed
		s, e, ok := at(stringLit)
		return s, e, fmt.Sprintf("%q", name()), ok
	case 2, 3: // an element added
		_, e, ok := at(listOpen)
		return e, e, pick(rng, []string{`"p7" `, `"h9" `, `(person "p6") `, `(host "h2") `, `{ name = "p1"; age = keys.people.p1; } `, `"nobody" `}), ok
	case 4: // an element removed
		s, e, ok := at(stringLit)
		return s, e, "", ok
	case 5: // another let binding named
		s, e, ok := at(letName)
		return s, e, pick(rng, []string{"admins", "ops", "web", "db", "person", "host", "secretNames"}), ok
	case 6: // typed anywhere
		k := rng.IntN(len(src))
		return k, k, pick(rng, []string{" ", "x", ";", "}", "\"", "[ ]", "++ ops", "# c\n"}), true
	}
	k := rng.IntN(len(src) - 3) // deleted anywhere
	return k, k + 1 + rng.IntN(3), "", true
}

// TestRegroupDepsMatchesAnalyze edits generated policies written with
// functions, let bindings shared by groups, keys.nix, inherit and with,
// the generated flake whose groups map people and hosts, and every Nix
// file of the golden vectors, at random, and checks that whenever
// Reselect answers, its answer is exactly the diagnostics of a fresh
// analysis of the edited flake.
func TestRegroupDepsMatchesAnalyze(t *testing.T) {
	gen, err := lsptest.GenerateFlake(300)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(11, 13))
	workspaces := editWorkspaces(t)
	for i := range 12 {
		files := map[string]string{"keys.nix": gen.Files["keys.nix"], "policy.nix": computedPolicy(rng), "flake.nix": lsptest.FlakeNix("./policy.nix")}
		workspaces[fmt.Sprintf("generated-computed-%02d", i)] = mapFS(files)
	}
	var c editTally
	editedFiles(t, workspaces, func(name string, base *analysis.Result, fsys fs.FS, file, src string) {
		edits := 3
		if strings.HasPrefix(name, "generated") {
			edits = 60
		}
		for range edits {
			if start, end, repl, ok := computedEdit(rng, src); ok {
				c.check(t, name, base, fsys, file, src, start, end, repl)
			}
		}
	})
	t.Log(&c)
	if c.answered < 700 || c.generated < 450 || c.withErrors < 550 {
		t.Errorf("%v: the edits test too little", &c)
	}
}

// TestRegroupDepsRefuses checks that Reselect answers edits of what
// groups compute their recipients and secrets from (a let binding, the
// function a group maps, a group's own expressions) exactly, and refuses
// those whose reach it cannot bound: what the module's other attributes
// or another module read, the module's structure, keys.nix, a new
// variable Nix does not know.
func TestRegroupDepsRefuses(t *testing.T) {
	const keys = `{ alice = "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv"; bob = "age1mjsw77acel6hdzd3p3y6eq3wjyl4m4u83znfh4p4szt7a9jpe56st6ps74"; web1 = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg"; web2 = "age1yflkun7n5n62c6a6p05t8ex9h4elal5xuf38lnq65fsyzmheevxqwm2w7y"; }`
	const module = `{ lib, ... }:
let
  keys = import ./keys.nix;
  person = name: { inherit name; age = keys.${name}; };
  admins = map person [ "alice" ];
  inherit (keys) bob;
  hosts = [ "web1" ];
  unused = 1;
in
with lib;
{
  flake.secrets = {
    a = { recipients.admins = admins; recipients.targets = map person hosts; secret.s.targets = [ "web1" ]; };
    b.recipients.admins = admins ++ [ { name = "bob"; age = bob; } ];
    b.secret = genAttrs [ "t" "u" ] (_: { });
    c = { recipients.admins = [ (person "bob") ]; secret.v = { }; };
  };
  flake.secrets.d = { recipients.admins = map person [ "alice" "bob" ]; secret.w = { }; };
}
`
	files := map[string]string{"keys.nix": keys, "policy.nix": module}
	with := func(name, text string) map[string]string {
		out := maps.Clone(files)
		out[name] = text
		return out
	}
	for _, c := range []struct {
		accept   bool
		name     string
		files    map[string]string
		old, new string
	}{
		{true, "person added to a group's map", files, `map person [ "alice" "bob" ]`, `map person [ "alice" "bob" "web2" ]`},
		{true, "unknown person in a group's map", files, `map person [ "alice" "bob" ]`, `map person [ "alice" "carol" ]`},
		{true, "shared admins changed", files, `map person [ "alice" ];`, `map person [ "bob" ];`},
		{true, "shared admins made wrong", files, `map person [ "alice" ];`, `map person [ "nobody" ];`},
		{false, "error in a shared function mended", with("policy.nix", strings.Replace(module, `map person [ "alice" ];`, `map person [ "nobody" ];`, 1)), `map person [ "nobody" ];`, `map person [ "alice" ];`},
		{true, "hosts of one group", files, `hosts = [ "web1" ]`, `hosts = [ "web1" "web2" ]`},
		{true, "function every group calls", files, `{ inherit name; age = keys.${name}; }`, `{ inherit name; age = keys.${name}; extra = 1; }`},
		{true, "secrets computed", files, `genAttrs [ "t" "u" ]`, `genAttrs [ "t" "u" "x" ]`},
		{true, "group at the top", files, `(person "bob")`, `(person "alice")`},
		{true, "unused binding", files, `unused = 1`, `unused = 2`},
		{true, "admins of a group from a function", files, `admins ++ [`, `[ (person "alice") ] ++ [`},
		{true, "a name only with could give", files, `(person "bob")`, `(persn "bob")`},
		{false, "undefined variable", files, `hosts = [ "web1" ]`, `hosts = [ web1 ]`},
		{false, "syntax error", files, `(person "bob")`, `(person "bob"`},
		{false, "a group added", files, `c = {`, `e = { }; c = {`},
		{false, "a binding added", files, `unused = 1;`, `unused = 1; more = 2;`},
		{false, "binding renamed", files, `hosts = [ "web1" ]`, `host = [ "web1" ]`},
		{false, "inherit changed", files, `inherit (keys) bob;`, `inherit (keys) alice bob;`},
		{false, "read by another attribute", with("policy.nix", strings.Replace(module, `flake.secrets.d =`, `flake.lib.hosts = hosts; flake.secrets.d =`, 1)), `hosts = [ "web1" ]`, `hosts = [ "web2" ]`},
		{false, "read by imports", with("policy.nix", strings.Replace(module, `flake.secrets.d =`, `imports = if unused == 1 then [ ] else [ ]; flake.secrets.d =`, 1)), `unused = 1`, `unused = 2`},
		{false, "group defined in another module too", with("other.nix", `{ ... }: { flake.secrets.a.secret.x = { }; }`), `hosts = [ "web1" ]`, `hosts = [ "web1" "web2" ]`},
		{false, "reads config", with("policy.nix", strings.Replace(module, `{ lib, ... }:`, `{ lib, config, ... }:`, 1)+"\n"), `hosts = [ "web1" ]`, `hosts = config.flake.secrets.d.secret.w.targets`},
		{false, "module header", files, `{ lib, ... }:`, `{ lib, pkgs ? null, ... }:`},
		{false, "under mkIf", with("policy.nix", strings.Replace(module, "with lib;\n{", "with lib;\nmkIf true {", 1)), `unused = 1`, `unused = 2`},
	} {
		t.Run(c.name, func(t *testing.T) { reselectCase(t, c.files, c.old, c.new, c.accept) })
	}
}

// TestRegroupDepsLeavesMostGroupsToAnalyze: in a large policy, an edit of
// the function nearly every group maps is left to the full analysis
// (building most groups again, twice, costs more), while an edit of one
// group's map is answered.
func TestRegroupDepsLeavesMostGroupsToAnalyze(t *testing.T) {
	gen, err := lsptest.GenerateFlake(3000)
	if err != nil {
		t.Fatal(err)
	}
	gen.Files["flake.nix"] = lsptest.FlakeNix("./" + lsptest.PolicyFile) // the policy alone defines its groups
	src := gen.Files[lsptest.PolicyFile]
	fsys := mapFS(gen.Files)
	base := analysis.Analyze(fsys, analysis.Options{Dir: "."})
	mid := gen.Secrets[len(gen.Secrets)/2]
	admins := mid + strings.Index(src[mid:], "map person [") + len("map person [")
	for _, c := range []struct {
		what, text string
		answer     bool
	}{
		{"the function every group maps", strings.Replace(src, "person = name: { inherit name;", "person = name: { name = name;", 1), false},
		{"one group's map", src[:admins] + ` "p7"` + src[admins:], true},
	} {
		if ok, _ := reselectMatches(t, base, fsys, lsptest.PolicyFile, c.text, c.what); ok != c.answer {
			t.Errorf("%s: Reselect answered %v, want %v", c.what, ok, c.answer)
		}
	}
}

// TestRegroupDepsConcurrent asks one analysis for edits of one group's
// map from several goroutines at once, as a language server may (go test
// -race): each answer is that of a fresh analysis.
func TestRegroupDepsConcurrent(t *testing.T) {
	gen, err := lsptest.GenerateFlake(1000)
	if err != nil {
		t.Fatal(err)
	}
	src := gen.Files[lsptest.PolicyFile]
	fsys := mapFS(gen.Files)
	base := analysis.Analyze(fsys, analysis.Options{Dir: "."})
	mid := gen.Secrets[len(gen.Secrets)/2]
	at := mid + strings.Index(src[mid:], "map person [") + len("map person [")
	var texts, wants []string
	for _, name := range []string{"p7", "p6", "nobody"} {
		text := src[:at] + ` "` + name + `"` + src[at:]
		texts = append(texts, text)
		wants = append(wants, describe(analysis.Analyze(overlay{fsys, lsptest.PolicyFile, []byte(text)}, analysis.Options{Dir: "."}).Diagnostics))
	}
	var wg sync.WaitGroup
	for i := range 12 {
		wg.Go(func() {
			k := i % len(texts)
			got, ok := base.Reselect(overlay{fsys, lsptest.PolicyFile, []byte(texts[k])}, lsptest.PolicyFile, []byte(texts[k]))
			if !ok || describe(got) != wants[k] {
				t.Errorf("edit %d: Reselect answered %v:\n%s\nAnalyze:\n%s", k, ok, describe(got), wants[k])
			}
		})
	}
	wg.Wait()
}
