package analysis_test

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/lsp/lsptest"
)

// Where recipients are written literally: a recipient's name, a key, the
// start of a list of recipients (or of a secret's selection), a
// recipient's set, the attribute recipients of a group.
var (
	recipientName  = regexp.MustCompile(`name = ("[^"]*")`)
	recipientKey   = regexp.MustCompile(`(age|pgp|key) = ("[^"]*")`)
	listStart      = regexp.MustCompile(`(admins|targets) = \[`)
	recipientSet   = regexp.MustCompile(`\{ name = "[^"]*"; [^{}]*\}`)
	recipientsAttr = regexp.MustCompile(`recipients[ .]`)
)

// groupEdit is a random edit of a group's recipients or attributes in
// src: a key changed (a typo, another recipient's, another field), a
// recipient renamed, added, removed or given one more key, a directory
// set. ok is false when src has no place for the edit drawn.
func groupEdit(rng *rand.Rand, src string, w *words, keys []string) (start, end int, repl string, ok bool) {
	at := func(re *regexp.Regexp, group int) (int, int, bool) {
		all := re.FindAllStringSubmatchIndex(src, -1)
		if len(all) == 0 {
			return 0, 0, false
		}
		m := all[rng.IntN(len(all))]
		return m[2*group], m[2*group+1], true
	}
	recipient := func() string {
		return fmt.Sprintf("{ name = %q; age = %q; }", pick(rng, w.recipients), pick(rng, keys))
	}
	switch rng.IntN(9) {
	case 0: // a typo in a key
		s, e, ok := at(recipientKey, 2)
		if !ok || e-s < 4 {
			return 0, 0, "", false
		}
		k := s + 1 + rng.IntN(e-s-2)
		return k, k + 1, string(rune('a' + rng.IntN(26))), true
	case 1: // another key
		s, e, ok := at(recipientKey, 2)
		return s, e, fmt.Sprintf("%q", pick(rng, keys)), ok
	case 2: // another field
		s, e, ok := at(recipientKey, 1)
		return s, e, pick(rng, []string{"age", "pgp", "key", "ssh", "kms"}), ok
	case 3: // a recipient renamed
		s, e, ok := at(recipientName, 1)
		return s, e, fmt.Sprintf("%q", pick(rng, append(w.recipients, "new-one", "-bad name"))), ok
	case 4, 5: // a recipient added
		_, e, ok := at(listStart, 0)
		return e, e, " " + recipient(), ok
	case 6: // a recipient removed
		s, e, ok := at(recipientSet, 0)
		return s, e, "", ok
	case 7: // one more key
		s, _, ok := at(recipientSet, 0)
		return s + 1, s + 1, fmt.Sprintf(" age = %q;", pick(rng, keys)), ok
	}
	s, _, ok := at(recipientsAttr, 0) // a directory
	return s, s, fmt.Sprintf("directory = %q; ", pick(rng, []string{"secrets", "secrets/x", "/abs", "secrets/g000"})), ok
}

// policyKeys are the keys of the policy's recipients, and a few that are
// not valid.
func policyKeys(p *analysis.Policy) []string {
	out := []string{"age1notakey", ""}
	for _, g := range p.Groups {
		for _, l := range []*analysis.RecipientList{g.Admins, g.Targets} {
			for _, r := range l.Items {
				for _, k := range r.Keys {
					out = append(out, k.Value)
				}
			}
		}
	}
	return out
}

// TestRegroupMatchesAnalyze edits the recipients and attributes of groups
// at random in the golden vectors and in a generated policy (whose second
// group is written literally) and checks that whenever Reselect answers,
// its answer is exactly the diagnostics of a fresh analysis of the edited
// flake.
func TestRegroupMatchesAnalyze(t *testing.T) {
	workspaces := editWorkspaces(t)
	workspaces["generated-mixed"] = mixedFlake(t)
	rng := rand.New(rand.NewPCG(5, 7))
	var c editTally
	editedFiles(t, workspaces, func(name string, base *analysis.Result, fsys fs.FS, file, src string) {
		if !strings.Contains(src, "recipients") {
			return
		}
		w, keys := policyWords(base.Policy), policyKeys(base.Policy)
		edits := 4
		if strings.HasPrefix(name, "generated") {
			edits = 300
		}
		for range edits {
			start, end, repl, ok := groupEdit(rng, src, w, keys)
			if !ok {
				continue
			}
			c.check(t, name, base, fsys, file, src, start, end, repl)
		}
	})
	t.Log(&c)
	if c.answered < 350 || c.generated < 140 || c.withErrors < 200 || c.refused < 100 {
		t.Errorf("%v: the edits test too little", &c)
	}
}

// inlinePerson is a person of the generated policy's group whose
// recipients are written literally.
var inlinePerson = regexp.MustCompile(`\{ name = "(p[0-9]+)"; age = "[^"]*"; \}`)

// mixedFlake is the generated flake with the literal recipients of its
// second group mixed with computed ones: every person's key read from
// keys.nix (age = keys.people.p1), and one host made by the policy's
// function (host "h7").
func mixedFlake(t *testing.T) fs.FS {
	gen, err := lsptest.GenerateFlake(300)
	if err != nil {
		t.Fatal(err)
	}
	src := gen.Files[lsptest.PolicyFile]
	at := gen.InlineTargets
	src = src[:at] + `(host "h7")` + src[at+strings.IndexByte(src[at:], '}')+1:]
	src = inlinePerson.ReplaceAllString(src, `{ name = "$1"; age = keys.people.$1; }`)
	gen.Files[lsptest.PolicyFile] = src
	return mapFS(gen.Files)
}

// TestRegroupRefuses checks that Reselect does not answer edits of a
// group's attributes that may be defined elsewhere too, that need
// evaluation, or whose diagnostics depend on more than the group, and
// answers those it can.
func TestRegroupRefuses(t *testing.T) {
	const alice = `{ name = "alice"; age = "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv"; }`
	const web1 = `{ name = "web1"; age = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg"; }`
	const web2 = `{ name = "web2"; age = "age1yflkun7n5n62c6a6p05t8ex9h4elal5xuf38lnq65fsyzmheevxqwm2w7y"; }`
	const lists = `admins = [ ` + alice + ` ]; targets = [ ` + web1 + ` ];`
	const secrets = `secret.s.targets = [ "web1" ]; secret.t = { };`
	group := func(body string) string { return `{ lib, ... }: { flake.secrets.g = { ` + body + ` }; }` }
	literal := group(`recipients = { ` + lists + ` }; ` + secrets)
	// Recipients written with computed parts beside literal ones.
	mixed := `{ lib, ... }: let keys = { bob = "age1mjsw77acel6hdzd3p3y6eq3wjyl4m4u83znfh4p4szt7a9jpe56st6ps74"; carol = "age1x83r3k0whvdrlj6lre3dn4w4qw0lf7fankx5kl6y8fka7mhd6gvsdg9x5q"; }; person = name: { inherit name; age = keys.${name}; }; in { flake.secrets.g = { recipients = { admins = [ (person "carol") { name = "bob"; age = keys.bob; } { name = lib.toLower "ALICE"; age = "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv"; } ]; targets = [ ` + web1 + ` ]; }; ` + secrets + ` }; }`
	paths := group(`recipients.admins = [ ` + alice + ` ]; recipients.targets = [ ` + web1 + ` ]; ` + secrets)
	for _, c := range []struct {
		accept   bool
		name     string
		files    map[string]string
		old, new string
	}{
		{true, "key changed", map[string]string{"policy.nix": literal}, `0ycqchhjpv"`, `0ycqchhjpx"`},
		{true, "recipient added", map[string]string{"policy.nix": literal}, `[ ` + web1, `[ ` + web2 + ` ` + web1},
		{true, "recipient renamed", map[string]string{"policy.nix": literal}, `"web1"; age`, `"web3"; age`},
		{true, "admin added beside targets", map[string]string{"policy.nix": paths}, `[ ` + alice, `[ ` + web2 + ` ` + alice},
		{true, "duplicate name", map[string]string{"policy.nix": literal}, `[ ` + alice, `[ ` + alice + ` ` + alice},
		{true, "directory added", map[string]string{"policy.nix": literal}, `recipients = {`, `directory = "secrets/x"; recipients = {`},
		{true, "directory of another group", map[string]string{"policy.nix": `{ ... }: { flake.secrets.h = { directory = "secrets/g"; recipients = { ` + lists + ` }; secret.s = { }; }; flake.secrets.g = { recipients = { ` + lists + ` }; ` + secrets + ` }; }`}, `recipients = { admins = [ ` + alice + ` ]; targets = [ ` + web1 + ` ]; }; secret.s.targets`, `directory = "secrets/h"; recipients = { ` + lists + ` }; secret.s.targets`},
		{true, "nested form", map[string]string{"policy.nix": `{ ... }: { flake = { secrets = { g = { recipients = { ` + lists + ` }; ` + secrets + ` }; }; }; }`}, `[ ` + web1, `[ ` + web2 + ` ` + web1},
		{true, "the group's other attributes computed", map[string]string{"policy.nix": `{ lib, ... }: { flake.secrets.g = { recipients = { ` + lists + ` }; secret = lib.genAttrs [ "s" ] (_: { }); }; }`}, `[ ` + web1, `[ ` + web2 + ` ` + web1},
		{true, "name beside a computed key", map[string]string{"policy.nix": mixed}, `name = "bob"`, `name = "bobby"`},
		{true, "literal admin beside computed ones", map[string]string{"policy.nix": mixed}, `[ (person "carol")`, `[ ` + web2 + ` (person "carol")`},
		{true, "literal key beside a computed name", map[string]string{"policy.nix": mixed}, `age = "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv"`, `age = "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpx"`},
		{true, "computed key changed", map[string]string{"policy.nix": mixed}, `age = keys.bob`, `age = keys.carol`},
		{true, "computed recipient changed", map[string]string{"policy.nix": mixed}, `(person "carol")`, `(person "bob")`},
		{false, "defined elsewhere", map[string]string{"policy.nix": literal, "other.nix": `{ ... }: { flake.secrets.g.recipients.admins = [ ` + web2 + ` ]; }`}, `[ ` + web1, `[ ` + web2 + ` ` + web1},
		{true, "not a literal", map[string]string{"policy.nix": literal}, `[ ` + web1 + ` ]`, `map (n: { name = n; age = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg"; }) [ "web1" ]`},
		{true, "a variable", map[string]string{"policy.nix": `{ lib, ... }: let k = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg"; in { flake.secrets.g = { recipients = { ` + lists + ` }; ` + secrets + ` }; }`}, `[ ` + web1, `[ { name = "web2"; age = k; } ` + web1},
		{true, "inherited", map[string]string{"policy.nix": `{ lib, ... }: let directory = "d"; in { flake.secrets.g = { recipients = { ` + lists + ` }; ` + secrets + ` }; }`}, `recipients = {`, `inherit directory; recipients = {`},
		{true, "rec", map[string]string{"policy.nix": `{ ... }: { flake.secrets.g = rec { recipients = { ` + lists + ` }; ` + secrets + ` }; }`}, `[ ` + web1, `[ ` + web2 + ` ` + web1},
		{false, "reads config", map[string]string{"policy.nix": `{ config, ... }: { flake.secrets.g = { recipients = { ` + lists + ` }; ` + secrets + ` directory = config.flake.secrets.g.secret.t.file; }; }`}, `[ ` + web1, `[ ` + web2 + ` ` + web1},
		{false, "under mkIf", map[string]string{"policy.nix": `{ lib, ... }: lib.mkIf true { flake.secrets.g = { recipients = { ` + lists + ` }; ` + secrets + ` }; }`}, `[ ` + web1, `[ ` + web2 + ` ` + web1},
		{true, "beside an attribute path", map[string]string{"policy.nix": `{ ... }: { flake.secrets.g = { recipients = { ` + lists + ` }; ` + secrets + ` }; flake.secrets.g.directory = "d"; }`}, `[ ` + web1, `[ ` + web2 + ` ` + web1},
		{false, "computed option set", map[string]string{"policy.nix": literal}, `secret.t = { };`, `secret.t = { _recipients = [ ]; };`},
		{false, "syntax error", map[string]string{"policy.nix": literal}, `[ ` + web1, `[ { name = ; } ` + web1},
		{false, "duplicate attribute", map[string]string{"policy.nix": literal}, `recipients = {`, `recipients.admins = [ ]; recipients = {`},
		{false, "place in a message", map[string]string{"policy.nix": group(`recipients = { ` + lists + ` }; ` + secrets + ` directory = ({ y }: y) { };`)}, `[ ` + web1, `[ ` + web2 + ` ` + web1},
		{false, "extended type", map[string]string{"policy.nix": literal, "ext.nix": `{ lib, ... }: { options.flake.secrets = lib.mkOption { type = lib.types.attrsOf (lib.types.submodule { options.owner = lib.mkOption { default = "x"; }; }); }; }`}, `[ ` + web1, `[ ` + web2 + ` ` + web1},
		{false, "outside the group", map[string]string{"policy.nix": literal}, `secret.t = { }; };`, `secret.t = { }; }; flake.secrets.h = { };`},
	} {
		t.Run(c.name, func(t *testing.T) { reselectCase(t, c.files, c.old, c.new, c.accept) })
	}
}

// BenchmarkRegroup: edits of the recipients of the generated 10,000-line
// policy's group written literally, as the language server's benchmarks
// make them.
func BenchmarkRegroup(b *testing.B) {
	gen, err := lsptest.GenerateFlake(10000)
	if err != nil {
		b.Fatal(err)
	}
	src := gen.Files[lsptest.PolicyFile]
	key := gen.InlineKeys[len(gen.InlineKeys)/2] + 20
	for _, bm := range []struct {
		name, text string
		diags      int
	}{
		{"key-changed", src[:key] + "x" + src[key:], 1},
		{"recipient-added", src[:gen.InlineTargets] + `{ name = "h39"; age = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg"; } ` + src[gen.InlineTargets:], 0},
		{"admin-added", src[:gen.InlineAdmins] + `{ name = "p7"; age = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg"; } ` + src[gen.InlineAdmins:], 0},
	} {
		b.Run(bm.name, func(b *testing.B) { benchReselect(b, gen.Files, bm.text, bm.diags) })
	}
}

// BenchmarkRegroupDeps: edits of the generated 10,000-line policy where
// recipients are computed: a person added to the admins a group maps
// (map person [ … ]), a host added to its targets; and, for comparison,
// what answered them before: the analysis of the edited version by an
// Analyzer that analysed the base (its caches warm), as the language
// server analyses.
func BenchmarkRegroupDeps(b *testing.B) {
	gen, err := lsptest.GenerateFlake(10000)
	if err != nil {
		b.Fatal(err)
	}
	src := gen.Files[lsptest.PolicyFile]
	mid := gen.Secrets[len(gen.Secrets)/2]
	admins := mid + strings.Index(src[mid:], "map person [") + len("map person [")
	targets := mid + strings.Index(src[mid:], "map host [ ") + len("map host [ ")
	for _, bm := range []struct {
		name, text string
		diags      int
	}{
		{"person-added", src[:admins] + ` "p7"` + src[admins:], 0},
		{"host-added", src[:targets] + `"h39" ` + src[targets:], 0},
	} {
		b.Run(bm.name, func(b *testing.B) { benchReselect(b, gen.Files, bm.text, bm.diags) })
		b.Run("full-"+bm.name, func(b *testing.B) {
			fsys := mapFS(gen.Files)
			next := overlay{fsys, lsptest.PolicyFile, []byte(bm.text)}
			a := analysis.NewAnalyzer()
			a.Analyze(fsys, analysis.Options{Dir: "."})
			b.ResetTimer()
			for i := range b.N {
				version := fs.FS(next) // each analysis of a new version
				if i%2 == 1 {
					version = fsys
				}
				a.Analyze(version, analysis.Options{Dir: "."})
			}
		})
	}
}
