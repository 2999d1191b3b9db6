package check_test

import (
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/check"
	"github.com/secrets-lsp/secrets-lsp/internal/testenv"
)

// sopsRepo is a flake in a temporary directory with throwaway age keys,
// whose files are encrypted by the real sops.
type sopsRepo struct {
	t    *testing.T
	dir  string
	sops string
	keys map[string]string // name → age public key
	env  []string
}

const flakeNix = `{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };
  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./secrets.nix ];
      systems = [ "x86_64-linux" ];
    };
}
`

// newSopsRepo makes the keys of names and an empty flake.
func newSopsRepo(t *testing.T, names ...string) *sopsRepo {
	t.Helper()
	r := &sopsRepo{t: t, dir: t.TempDir(), sops: testenv.Tool(t, "sops"), keys: map[string]string{}}
	keygen := testenv.Tool(t, "age-keygen")
	keyDir := t.TempDir()
	var all []string
	for _, n := range names {
		file := filepath.Join(keyDir, n+".key")
		if out, err := exec.Command(keygen, "-o", file).CombinedOutput(); err != nil {
			t.Fatalf("age-keygen: %v\n%s", err, out)
		}
		pub, err := exec.Command(keygen, "-y", file).Output()
		if err != nil {
			t.Fatal(err)
		}
		r.keys[n] = strings.TrimSpace(string(pub))
		priv, _ := os.ReadFile(file)
		all = append(all, string(priv))
	}
	keyFile := filepath.Join(keyDir, "all.txt")
	r.write(keyFile, strings.Join(all, ""))
	r.env = append(os.Environ(), "SOPS_AGE_KEY_FILE="+keyFile, "HOME="+keyDir)
	r.write("flake.nix", flakeNix)
	return r
}

func (r *sopsRepo) write(name, text string) {
	r.t.Helper()
	if !filepath.IsAbs(name) {
		name = filepath.Join(r.dir, name)
	}
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		r.t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		r.t.Fatal(err)
	}
}

func (r *sopsRepo) read(name string) string {
	r.t.Helper()
	b, err := os.ReadFile(filepath.Join(r.dir, name))
	if err != nil {
		r.t.Fatal(err)
	}
	return string(b)
}

// policy writes secrets.nix: group prod with the given admins and targets
// (names of r.keys), and the five secrets of fiveFormats, which every
// admin and every target can decrypt.
func (r *sopsRepo) policy(admins, targets []string) {
	r.t.Helper()
	list := func(names []string) string {
		var b strings.Builder
		for _, n := range names {
			fmt.Fprintf(&b, "      { name = %q; age = %q; }\n", n, r.keys[n])
		}
		return b.String()
	}
	var secrets strings.Builder
	for _, f := range fiveFormats {
		fmt.Fprintf(&secrets, "    secret.%s = { file = %q; targets = [ \"*\" ]; };\n", f.secret, f.file)
	}
	r.write("secrets.nix", fmt.Sprintf("{\n  flake.secrets.prod = {\n    recipients.admins = [\n%s    ];\n    recipients.targets = [\n%s    ];\n%s  };\n}\n",
		list(admins), list(targets), secrets.String()))
}

// fiveFormats is one secret per SOPS store, with fake plaintext.
var fiveFormats = []struct{ secret, file, plain string }{
	{"yamlSecret", "secrets/prod/db.yaml", "# fake\npassword: FAKE-yaml-password\nnested:\n  token: FAKE-token\n"},
	{"jsonSecret", "secrets/prod/api.json", `{"key": "FAKE-json-key", "list": ["FAKE-0"]}` + "\n"},
	{"envSecret", "secrets/prod/app.env", "# fake\nAPI_KEY=FAKE-env-key\n"},
	{"iniSecret", "secrets/prod/db.ini", "[db]\npassword = FAKE-ini-password\n"},
	{"binSecret", "secrets/prod/tls.key", "FAKE binary key\x00\x01\x02\n"},
}

func (r *sopsRepo) analyze() *analysis.Result {
	return analysis.Analyze(os.DirFS(r.dir), analysis.Options{Dir: ".", FSRoot: r.dir})
}

// generate writes the .sops.yaml the policy generates.
func (r *sopsRepo) generate() {
	r.t.Helper()
	res := r.analyze()
	if !res.SopsYAMLKnown {
		r.t.Fatalf("the policy generates no .sops.yaml: %v", res.Diagnostics)
	}
	if _, err := check.WriteSopsYAML(r.dir, []byte(res.SopsYAML())); err != nil {
		r.t.Fatal(err)
	}
}

func (r *sopsRepo) run(args ...string) {
	r.t.Helper()
	cmd := exec.Command(r.sops, append([]string{"--disable-version-check"}, args...)...)
	cmd.Dir, cmd.Env = r.dir, r.env
	if out, err := cmd.CombinedOutput(); err != nil {
		r.t.Fatalf("sops %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// encryptAll writes and encrypts every file of fiveFormats.
func (r *sopsRepo) encryptAll() {
	for _, f := range fiveFormats {
		r.write(f.file, f.plain)
		r.run("encrypt", "-i", f.file)
	}
}

func (r *sopsRepo) updateKeysAll() {
	for _, f := range fiveFormats {
		r.run("updatekeys", "-y", f.file)
	}
}

func (r *sopsRepo) check() *check.Report {
	return check.Run(os.DirFS(r.dir), r.analyze())
}

// codes counts the findings of each code.
func codes(rep *check.Report) map[string]int {
	out := map[string]int{}
	for _, f := range rep.Findings {
		out[f.Code]++
	}
	return out
}

func dump(rep *check.Report) string {
	var b strings.Builder
	for _, f := range rep.Findings {
		fmt.Fprintf(&b, "%s: %s: %s [%s]\n", f.Pos, f.Severity, f.Message, f.Code)
	}
	return b.String()
}

// lineAt returns line n (1-based) of a file of the repository.
func (r *sopsRepo) lineAt(name string, n int) string {
	lines := strings.Split(r.read(name), "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	return lines[n-1]
}

// TestSopsLifecycle follows a policy through its life with the real sops:
// files encrypted per the generated rules are clean; removing a recipient
// makes it stale everywhere until updatekeys; adding one makes it missing
// until updatekeys; plaintext and a hand-edited .sops.yaml are errors.
func TestSopsLifecycle(t *testing.T) {
	r := newSopsRepo(t, "alice", "bob", "carol", "web")
	r.policy([]string{"alice", "bob"}, []string{"web"})
	r.generate()
	r.encryptAll()

	rep := r.check()
	if len(rep.Findings) != 0 || rep.Files != len(fiveFormats) {
		t.Fatalf("freshly encrypted files: %d files read, findings:\n%s", rep.Files, dump(rep))
	}

	// bob leaves: his key is stale in every file, at the line naming it.
	r.policy([]string{"alice"}, []string{"web"})
	r.generate()
	rep = r.check()
	if got := codes(rep); got[check.CodeStale] != len(fiveFormats) || len(rep.Findings) != len(fiveFormats) {
		t.Fatalf("after removing bob, want %d stale recipients only, got:\n%s", len(fiveFormats), dump(rep))
	}
	for _, f := range rep.Findings {
		rel, _ := filepath.Rel(".", f.Pos.Filename)
		if line := r.lineAt(rel, f.Pos.Line); !strings.Contains(line, r.keys["bob"]) {
			t.Errorf("%s: stale finding points at %q, not at bob's key", f.Pos, line)
		}
		if !strings.Contains(f.Message, r.keys["bob"]) || !strings.Contains(f.Message, "held by no recipient of the policy") {
			t.Errorf("message does not name bob's key as unknown: %s", f.Message)
		}
		for _, step := range []string{"sops updatekeys -y", "sops rotate -i", "git history"} {
			if !strings.Contains(f.Detail, step) {
				t.Errorf("%s: runbook lacks %q:\n%s", f.Pos, step, f.Detail)
			}
		}
	}
	r.updateKeysAll()
	if rep = r.check(); len(rep.Findings) != 0 {
		t.Fatalf("after sops updatekeys:\n%s", dump(rep))
	}

	// carol joins: she is missing until updatekeys.
	r.policy([]string{"alice", "carol"}, []string{"web"})
	r.generate()
	rep = r.check()
	if got := codes(rep); got[check.CodeMissing] != len(fiveFormats) || len(rep.Findings) != len(fiveFormats) || rep.Failed() {
		t.Fatalf("after adding carol, want %d missing-recipient warnings only, got:\n%s", len(fiveFormats), dump(rep))
	}
	for _, f := range rep.Findings {
		if !strings.Contains(f.Message, "carol (admin)") || !strings.Contains(f.Detail, "sops updatekeys -y") {
			t.Errorf("missing finding does not name carol or updatekeys: %s / %s", f.Message, f.Detail)
		}
	}
	r.updateKeysAll()
	if rep = r.check(); len(rep.Findings) != 0 {
		t.Fatalf("after sops updatekeys:\n%s", dump(rep))
	}

	// A value typed in clear into an encrypted file, and a declared file
	// committed without encryption: errors naming the key path only.
	r.write("secrets/prod/db.yaml", strings.Replace(r.read("secrets/prod/db.yaml"), "sops:\n", "leaked: FAKE-in-clear\nsops:\n", 1))
	r.write("secrets/prod/app.env", "API_KEY=FAKE-env-key\n")
	rep = r.check()
	got := codes(rep)
	if got[check.CodePlaintextValue] != 1 || got[check.CodePlaintextFile] != 1 || len(rep.Findings) != 2 {
		t.Fatalf("want one plaintext value and one plaintext file, got:\n%s", dump(rep))
	}
	for _, f := range rep.Findings {
		if strings.Contains(f.Message+f.Detail, "FAKE") {
			t.Errorf("a finding shows a secret value: %s\n%s", f.Message, f.Detail)
		}
		if f.Code == check.CodePlaintextValue && !strings.Contains(f.Message, "leaked") {
			t.Errorf("plaintext value finding does not name the key path: %s", f.Message)
		}
	}
	r.write("secrets/prod/app.env", fiveFormats[2].plain)
	r.run("encrypt", "-i", "secrets/prod/app.env")
	r.write("secrets/prod/db.yaml", fiveFormats[0].plain)
	r.run("encrypt", "-i", "secrets/prod/db.yaml")

	// .sops.yaml edited by hand: drift, with a diff that shows the edit.
	r.write(".sops.yaml", strings.Replace(r.read(".sops.yaml"), r.keys["carol"], r.keys["bob"], 1))
	rep = r.check()
	if got := codes(rep); got[check.CodeDrift] != 1 || len(rep.Findings) != 1 {
		t.Fatalf("want one drift error, got:\n%s", dump(rep))
	}
	d := rep.Findings[0].Detail
	if !strings.Contains(d, "-      - "+r.keys["bob"]) || !strings.Contains(d, "+      - "+r.keys["carol"]) {
		t.Errorf("the diff does not show the edit:\n%s", d)
	}
}

// TestSopsKeyGroups checks a hand-written .sops.yaml with key_groups and a
// Shamir threshold, without a policy: files are compared with the rule
// that covers them.
func TestSopsKeyGroups(t *testing.T) {
	r := newSopsRepo(t, "a", "b", "c")
	r.write("flake.nix", "{ outputs = _: { }; }\n")
	rule := func(second string) {
		r.write(".sops.yaml", fmt.Sprintf("creation_rules:\n  - path_regex: ^secrets/.*$\n    shamir_threshold: 2\n    key_groups:\n      - age: [%s]\n      - age: [%s]\n", r.keys["a"], r.keys[second]))
	}
	rule("b")
	for _, f := range fiveFormats {
		r.write(f.file, f.plain)
		r.run("encrypt", "-i", f.file)
	}
	r.write("notes.txt", "not covered by any rule\n")
	rep := r.check()
	if len(rep.Findings) != 0 || rep.Files != len(fiveFormats) {
		t.Fatalf("files encrypted by the rule: %d read, findings:\n%s", rep.Files, dump(rep))
	}
	rule("c")
	rep = r.check()
	if got := codes(rep); got[check.CodeStale] != len(fiveFormats) || got[check.CodeMissing] != len(fiveFormats) || len(rep.Findings) != 2*len(fiveFormats) {
		t.Fatalf("after replacing b by c in the rule, want stale b and missing c in every file:\n%s", dump(rep))
	}
	// One group of three keys instead of two groups: the structure differs.
	r.write(".sops.yaml", fmt.Sprintf("creation_rules:\n  - path_regex: ^secrets/.*$\n    age: [%s, %s]\n", r.keys["a"], r.keys["b"]))
	if got := codes(r.check()); got[check.CodeKeyGroups] != len(fiveFormats) {
		t.Errorf("want a key-groups-mismatch per file, got %v", got)
	}
}

// TestSopsPolicyErrors: a policy error in what a secret selects (a
// misspelt target or option, a malformed key, no recipient at all) is
// reported once,
// as the analysis' error; the secret's file, encrypted for what was meant,
// is not compared with recipients computed around the error (that would
// report the intended key as stale), and says so at info level. The other
// secrets' files are still compared.
func TestSopsPolicyErrors(t *testing.T) {
	r := newSopsRepo(t, "alice", "bob", "web1", "web2")
	policy := func(admins, db, web2Key string) {
		r.write("secrets.nix", fmt.Sprintf(`{
  flake.secrets.prod = {
    recipients.admins = [ %s ];
    recipients.targets = [
      { name = "web1"; age = %q; }
      { name = "web2"; age = %q; }
    ];
    secret.db = { file = "secrets/prod/db.yaml"; %s };
    secret.api = { file = "secrets/prod/api.json"; targets = [ "web1" ]; };
  };
}
`, admins, r.keys["web1"], web2Key, db))
	}
	alice := fmt.Sprintf("{ name = %q; age = %q; }", "alice", r.keys["alice"])
	bob := fmt.Sprintf("{ name = %q; age = %q; }", "bob", r.keys["bob"])
	policy(alice+" "+bob, `targets = [ "web2" ];`, r.keys["web2"])
	r.generate()
	r.write("secrets/prod/db.yaml", fiveFormats[0].plain)
	r.write("secrets/prod/api.json", fiveFormats[1].plain)
	r.run("encrypt", "-i", "secrets/prod/db.yaml")
	r.run("encrypt", "-i", "secrets/prod/api.json")
	if rep := r.check(); len(rep.Findings) != 0 {
		t.Fatalf("freshly encrypted files:\n%s", dump(rep))
	}

	// The error must be the one reported on the policy, and the rest of
	// the report exactly what is left: bob is removed, so api.json (whose
	// selection is fine) still has him as stale.
	// One character changed: the bech32 checksum fails.
	last := "q"
	if strings.HasSuffix(r.keys["web2"], last) {
		last = "p"
	}
	malformed := r.keys["web2"][:len(r.keys["web2"])-1] + last
	for _, tc := range []struct {
		name            string
		db, web2Key     string
		policyErrorCode string
	}{
		{"misspelt target", `targets = [ "wbe2" ];`, r.keys["web2"], analysis.CodeUnknownRecipient},
		{"misspelt targets option", `targetz = [ "web2" ];`, r.keys["web2"], analysis.CodeUnknownOption},
		{"malformed key of a selected recipient", `targets = [ "web2" ];`, malformed, analysis.CodeInvalidKey},
		{"no recipient", `admins = [ ];`, r.keys["web2"], analysis.CodeNoRecipient},
	} {
		t.Run(tc.name, func(t *testing.T) {
			policy(alice, tc.db, tc.web2Key)
			rep := r.check()
			want := map[string]int{tc.policyErrorCode: 1, check.CodeNotCompared: 1, check.CodeStale: 1}
			if got := codes(rep); !maps.Equal(got, want) {
				t.Fatalf("want %v, got:\n%s", want, dump(rep))
			}
			for _, f := range rep.Findings {
				switch f.Code {
				case check.CodeNotCompared:
					if f.Pos.Filename != "secrets/prod/db.yaml" || f.Severity != check.Info || len(f.Related) != 1 ||
						!strings.Contains(f.Related[0].Message, tc.policyErrorCode) {
						t.Errorf("not-compared finding: %s %s %s %v", f.Pos, f.Severity, f.Message, f.Related)
					}
				case check.CodeStale:
					if f.Pos.Filename != "secrets/prod/api.json" || !strings.Contains(f.Message, r.keys["bob"]) {
						t.Errorf("the stale finding is not bob's in api.json: %s: %s", f.Pos, f.Message)
					}
				}
			}
			a, err := check.WhoCanDecrypt(os.DirFS(r.dir), r.analyze(), "")
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range a.Holders {
				for _, fa := range h.Files {
					if isDB := fa.File == "secrets/prod/db.yaml"; fa.PolicyErrors != isDB || isDB && (fa.Stale() || fa.Missing()) {
						t.Errorf("--who-can-decrypt, %s: %+v (stale %v, missing %v)", a.Label(h), fa, fa.Stale(), fa.Missing())
					}
				}
			}
		})
	}
}
