package analysis_test

import (
	"fmt"
	"io/fs"
	"maps"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/lsp/lsptest"
)

// secretSetStart is where a set of a group's secrets is written.
var secretSetStart = regexp.MustCompile(`secret = \{`)

// secretSets returns the insides of the sets of secrets written in src
// (from after the brace to the closing one), and the offsets at which
// each binding of them starts. Braces in strings and comments may fool
// it: the edits it leads to are then no structural edits of a set of
// secrets, which Reselect refuses or answers, and is checked either way.
func secretSets(src string) [][]int {
	var out [][]int
	for _, loc := range secretSetStart.FindAllStringIndex(src, -1) {
		depth, starts := 1, []int{loc[1]}
		for i := loc[1]; i < len(src) && depth > 0; i++ {
			switch src[i] {
			case '{', '[':
				depth++
			case '}', ']':
				depth--
			case ';':
				if depth == 1 {
					starts = append(starts, i+1)
				}
			}
			if depth == 0 {
				starts = append(starts, i) // the closing brace
			}
		}
		if depth == 0 {
			out = append(out, starts)
		}
	}
	return out
}

// secretEdit is a random structural edit of a set of secrets whose
// binding boundaries are starts (the first after its brace, the last its
// closing brace): a secret added (a new name, an existing one, an invalid
// one, an option's), removed, replaced, or given one more attribute.
func secretEdit(rng *rand.Rand, src string, starts []int, w *words) (start, end int, repl string) {
	k := rng.IntN(len(starts) - 1)
	at := starts[k]
	switch rng.IntN(5) {
	case 0, 1: // a new secret
		return at, at, " " + w.binding(rng) + "\n"
	case 2: // a secret removed
		return at, starts[k+1], ""
	case 3: // a secret replaced
		return at, starts[k+1], " " + w.binding(rng)
	}
	// One more attribute in the secret's set, if it is written as one.
	if i := strings.Index(src[at:starts[k+1]], "= {"); i >= 0 {
		at += i + len("= {")
		return at, at, " " + w.attribute(rng) + " "
	}
	return at, at, " " + w.binding(rng)
}

// words are what random secrets are made of: names of the flake's
// secrets and recipients, files its secrets have.
type words struct {
	secrets, recipients, files []string
}

func policyWords(p *analysis.Policy) *words {
	w := &words{
		secrets:    []string{"added", "new-secret", "_x.y", "shared", "admins", "targets", "file"},
		recipients: []string{"*", "nobody"},
		files:      []string{"secrets/x.yaml", "a/../b.yaml"},
	}
	for _, g := range p.Groups {
		for _, l := range []*analysis.RecipientList{g.Admins, g.Targets} {
			w.recipients = append(w.recipients, l.Names()...)
		}
		for _, s := range g.Secrets {
			w.secrets = append(w.secrets, s.Name)
			if s.File.Known {
				w.files = append(w.files, s.File.S)
			}
		}
	}
	return w
}

func pick(rng *rand.Rand, list []string) string { return list[rng.IntN(len(list))] }

// name is a secret's name as written in a binding: mostly a valid one,
// sometimes quoted, invalid or an existing secret's.
func (w *words) name(rng *rand.Rand) string {
	switch rng.IntN(8) {
	case 0:
		return `"-bad name"`
	case 1:
		return fmt.Sprintf("%q", pick(rng, w.secrets))
	case 2:
		return fmt.Sprintf("n%d", rng.IntN(1000))
	}
	return pick(rng, w.secrets)
}

// names is a list of recipient names.
func (w *words) names(rng *rand.Rand) string {
	var b strings.Builder
	b.WriteString("[")
	for range rng.IntN(4) {
		fmt.Fprintf(&b, " %q", pick(rng, w.recipients))
	}
	b.WriteString(" ]")
	return b.String()
}

// attribute is one attribute of a secret's set: a selection, a file
// (often another secret's), an option that does not exist, a value of the
// wrong type, something that is no literal.
func (w *words) attribute(rng *rand.Rand) string {
	switch rng.IntN(12) {
	case 0, 1, 2:
		return "targets = " + w.names(rng) + ";"
	case 3, 4:
		return "admins = " + w.names(rng) + ";"
	case 5, 6:
		return fmt.Sprintf("file = %q;", pick(rng, w.files))
	case 7:
		return `format = "json";`
	case 8:
		return `targets = "h1";`
	case 9:
		return "file = [ ];"
	case 10:
		return "targets = [ x ];"
	}
	return "_recipients = [ ];"
}

// binding is a secret: a set of attributes, an attribute path, or a value
// of the wrong type.
func (w *words) binding(rng *rand.Rand) string {
	name := w.name(rng)
	switch rng.IntN(8) {
	case 0:
		return name + " = { };"
	case 1:
		return name + ".targets = " + w.names(rng) + ";"
	case 2:
		return name + ` = [ "h1" ];`
	case 3:
		return name + " = lib.mkDefault { };"
	}
	var b strings.Builder
	b.WriteString(name + " = {")
	for range 1 + rng.IntN(3) {
		b.WriteString(" " + w.attribute(rng))
	}
	b.WriteString(" };")
	return b.String()
}

// TestResecretMatchesAnalyze adds, removes and changes secrets at random in
// the sets of secrets of the golden vectors and of a generated policy and
// checks that whenever Reselect answers, its answer is exactly the
// diagnostics of a fresh analysis of the edited flake.
func TestResecretMatchesAnalyze(t *testing.T) {
	workspaces := editWorkspaces(t)
	rng := rand.New(rand.NewPCG(11, 4))
	var c editTally
	editedFiles(t, workspaces, func(name string, base *analysis.Result, fsys fs.FS, file, src string) {
		w := policyWords(base.Policy)
		edits := 6
		if name == "generated" {
			edits = 200
		}
		sets := secretSets(src)
		if len(sets) == 0 {
			return
		}
		for range edits {
			start, end, repl := secretEdit(rng, src, sets[rng.IntN(len(sets))], w)
			c.check(t, name, base, fsys, file, src, start, end, repl)
		}
	})
	t.Log(&c)
	if c.generated < 60 || c.withErrors < 40 || c.refused < 40 {
		t.Errorf("%v: the edits test too little", &c)
	}
}

// editTally counts the random edits a test made, answered or refused,
// and the diagnostics of the answers.
type editTally struct {
	answered, refused, generated, withErrors int
	codes                                    map[string]int
}

// check asks Reselect for the edit start:end → repl of src (file of the
// workspace name) and records the answer (see reselectMatches).
func (c *editTally) check(t *testing.T, name string, base *analysis.Result, fsys fs.FS, file, src string, start, end int, repl string) {
	ok, want := reselectMatches(t, base, fsys, file, src[:start]+repl+src[end:], fmt.Sprintf("%s: %s: %q → %q", name, file, src[start:end], repl))
	if !ok {
		c.refused++
		return
	}
	c.answered++
	if strings.HasPrefix(name, "generated") {
		c.generated++
	}
	if len(want) > 0 {
		c.withErrors++
	}
	if c.codes == nil {
		c.codes = map[string]int{}
	}
	for _, d := range want {
		c.codes[d.Code]++
	}
}

func (c *editTally) String() string {
	return fmt.Sprintf("%d edits answered (%d of the generated policy, %d with diagnostics), %d refused; diagnostics of the answers: %v", c.answered, c.generated, c.withErrors, c.refused, c.codes)
}

// TestResecretRefuses checks that Reselect does not answer structural
// edits of a set of secrets whose secrets may be defined elsewhere too, or
// whose new secrets need evaluation, and answers those it can. (Edits
// resecret refuses in a group written literally regroup answers: a rec
// set of secrets, an attribute beside it, one outside it.)
func TestResecretRefuses(t *testing.T) {
	const at = `s.targets = [ "web1" ]`
	const set = `secret = { ` + at + `; };`
	policy := func(secrets string) string {
		return `{ lib, ... }: { flake.secrets.g = { ` + recipients + " " + secrets + ` }; }`
	}
	other := func(def string) string { return `{ lib, ... }: { flake.secrets.g.secret.t = ` + def + `; }` }
	for _, c := range []struct {
		accept   bool
		name     string
		files    map[string]string
		old, new string
	}{
		{true, "added", map[string]string{"policy.nix": policy(set)}, at, `t.targets = [ "web3" ]; ` + at},
		{true, "removed", map[string]string{"policy.nix": policy(`secret = { s.targets = [ "web1" ]; t = { }; };`)}, ` t = { };`, ``},
		{true, "attribute added", map[string]string{"policy.nix": policy(`secret = { s = { targets = [ "web1" ]; }; };`)}, `{ targets`, `{ file = "secrets/x.txt"; targets`},
		{true, "nested form", map[string]string{"policy.nix": `{ ... }: { flake = { secrets = { g = { ` + recipients + ` secret = { s.targets = [ "web1" ]; }; }; }; }; }`}, at, `t = { }; ` + at},
		{true, "defined elsewhere, another name", map[string]string{"policy.nix": policy(set), "other.nix": other(`lib.mkDefault { targets = [ "*" ]; }`)}, at, `u = { }; ` + at},
		{false, "defined elsewhere", map[string]string{"policy.nix": policy(set), "other.nix": other(`lib.mkDefault { targets = [ "*" ]; }`)}, at, `t = { }; ` + at},
		{true, "not a literal", map[string]string{"policy.nix": policy(set)}, at, `t.targets = lib.mkDefault [ "web1" ]; ` + at},
		{true, "a variable", map[string]string{"policy.nix": policy(set)}, at, `t.targets = [ lib ]; ` + at},
		{true, "rec", map[string]string{"policy.nix": policy(`secret = rec { s.targets = [ "web1" ]; };`)}, at, `t = { }; ` + at},
		{true, "beside an attribute path", map[string]string{"policy.nix": policy(set + ` secret.u = { };`)}, at, `t = { }; ` + at},
		{false, "computed option set", map[string]string{"policy.nix": policy(set)}, at, `t._recipients = [ ]; ` + at},
		{false, "reads config", map[string]string{"policy.nix": `{ config, ... }: { flake.secrets.g = { ` + recipients + ` ` + set + ` directory = config.flake.secrets.g.secret.s.file; }; }`}, at, `t = { }; ` + at},
		{false, "under mkIf", map[string]string{"policy.nix": `{ lib, ... }: lib.mkIf true { flake.secrets.g = { ` + recipients + ` ` + set + ` }; }`}, at, `t = { }; ` + at},
		{true, "outside the set", map[string]string{"policy.nix": policy(set)}, `[ "web1" ]; };`, `[ "web1" ]; }; directory = "d";`},
		{false, "place in a message", map[string]string{"policy.nix": policy(set + ` directory = ({ y }: y) { };`)}, at, "t = { };\n" + at},
		{false, "syntax error", map[string]string{"policy.nix": policy(set)}, at, `t = { ; ` + at},
		{false, "duplicate attribute", map[string]string{"policy.nix": policy(set)}, at, `s.targets = [ ]; ` + at},
	} {
		t.Run(c.name, func(t *testing.T) { reselectCase(t, c.files, c.old, c.new, c.accept) })
	}
}

// reselectCase analyses the flake whose modules are files (with a
// flake.nix importing them all but keys.nix, which they import), replaces old by new in policy.nix and
// checks that Reselect answers as accept says, with the diagnostics of a
// fresh analysis.
func reselectCase(t *testing.T, files map[string]string, old, new string, accept bool) {
	files = maps.Clone(files)
	var modules []string
	for _, p := range slices.Sorted(maps.Keys(files)) {
		if p != "keys.nix" {
			modules = append(modules, "./"+p)
		}
	}
	files["flake.nix"] = lsptest.FlakeNix(modules...)
	fsys := mapFS(files)
	base := analysis.Analyze(fsys, analysis.Options{Dir: "."})
	text := strings.Replace(files["policy.nix"], old, new, 1)
	if text == files["policy.nix"] {
		t.Fatalf("no %q", old)
	}
	next := maps.Clone(fsys)
	next["policy.nix"] = &fstest.MapFile{Data: []byte(text)}
	want := describe(analysis.Analyze(next, analysis.Options{Dir: "."}).Diagnostics)
	got, ok := base.Reselect(next, "policy.nix", []byte(text))
	if ok != accept {
		t.Fatalf("Reselect answered %v, want %v:\n%s\nAnalyze:\n%s", ok, accept, describe(got), want)
	}
	if ok && describe(got) != want {
		t.Errorf("Reselect:\n%s\nAnalyze:\n%s", describe(got), want)
	}
}

// BenchmarkResecret: structural edits of a set of secrets in the middle of
// the generated 10,000-line policy, as the language server's benchmarks
// make them.
func BenchmarkResecret(b *testing.B) {
	gen, err := lsptest.GenerateFlake(10000)
	if err != nil {
		b.Fatal(err)
	}
	src := gen.Files[lsptest.PolicyFile]
	line := func(i int) (int, string) {
		at := gen.Secrets[i]
		return at, src[at : at+strings.IndexByte(src[at:], '\n')+1]
	}
	at, l := line(len(gen.Secrets) / 2)
	set, sl := line(len(gen.Secrets)/2 + 1) // a secret written as a set
	if !strings.Contains(sl, "= {") {
		set, sl = line(len(gen.Secrets)/2 + 2)
	}
	for _, bm := range []struct{ name, text string }{
		{"new-secret", src[:at] + "added = { };\n        " + src[at:]},
		{"removed-secret", src[:at] + src[at+len(l):]},
		{"pasted-line", src[:at] + `s999.targets = [ "*" ];` + "\n        " + src[at:]},
		{"attribute", src[:set] + strings.Replace(sl, "= {", `= { file = "x.yaml";`, 1) + src[set+len(sl):]},
	} {
		b.Run(bm.name, func(b *testing.B) { benchReselect(b, gen.Files, bm.text, 0) })
	}
}

// TestResecretMkDefaultElsewhere: the generated flake's modules/defaults.nix
// defines the secret shared of the last group with mkDefault. A secret
// shared added to that group's set in policy.nix is merged with it (and
// wins): Reselect refuses it there, and answers it in another group.
func TestResecretMkDefaultElsewhere(t *testing.T) {
	gen, err := lsptest.GenerateFlake(600)
	if err != nil {
		t.Fatal(err)
	}
	fsys := mapFS(gen.Files)
	base := analysis.Analyze(fsys, analysis.Options{Dir: "."})
	src := gen.Files[lsptest.PolicyFile]
	for _, c := range []struct {
		at     int // a secret's offset
		accept bool
	}{
		{gen.Secrets[0], true},                   // the first group
		{gen.Secrets[len(gen.Secrets)-1], false}, // the last one
	} {
		text := src[:c.at] + `shared = { targets = [ "h1" ]; };` + "\n        " + src[c.at:]
		next := overlay{fsys, lsptest.PolicyFile, []byte(text)}
		got, ok := base.Reselect(next, lsptest.PolicyFile, []byte(text))
		if ok != c.accept {
			t.Fatalf("at %d: Reselect answered %v, want %v", c.at, ok, c.accept)
		}
		if want := analysis.Analyze(next, analysis.Options{Dir: "."}).Diagnostics; ok && describe(got) != describe(want) {
			t.Errorf("Reselect:\n%s\nAnalyze:\n%s", describe(got), describe(want))
		}
	}
}
