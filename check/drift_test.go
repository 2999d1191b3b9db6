package check_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/check"
)

// The clean fixture's keys (testdata/check/recipients.txt).
const (
	alice = "age1cfvu9thlz6qwl0u7jrqf8kqqgnq76nsp609qzrqw2ard8ectue8sssx4c5"
	bob   = "age17hqhkq0d5r70a4ntpacumz2w3hm0cyd6rvk4xq43qlq98wjv332qh77g7l"
	web   = "age1j83gk7qlp586lfvz3c82w7ze02578sqqusz0ee25vkxm920ayacqvuquv6"
	cache = "age1578cd3pflcl9rzn722af4narkdn57xla6ll22kh6hvfgc4rfgd2qxnslqv"
)

// TestDriftEffects commits hand-edited .sops.yaml files into the clean
// fixture: the drift finding says what sops would do differently for
// each declared secret, or that it would do the same.
func TestDriftEffects(t *testing.T) {
	rule := func(regex string, body string) string { return "  - path_regex: " + regex + "\n" + body }
	flat := func(ks ...string) string { return "    age:\n      - " + strings.Join(ks, "\n      - ") + "\n" }
	tests := []struct {
		name    string
		sops    string
		message string
		detail  []string // lines the detail must hold
	}{
		{"same keys, other form", "creation_rules:\n" +
			rule(`^secrets/prod/api\.json$`, "    key_groups:\n      - age: ["+bob+", "+alice+"]\n") +
			rule(`^secrets/prod/app\.env$`, flat(alice, bob, alice)) +
			rule(`^secrets/prod/db\.(yaml|ini)$`, "    age: "+alice+","+bob+","+web+"\n") +
			rule(`^secrets/prod/tls\.key$`, flat(web, bob, alice)),
			"though sops would encrypt each of the 5 declared secrets for the same keys", nil},
		{"other keys, settings, no rule", "creation_rules:\n" +
			rule(`^secrets/prod/api\.json$`, flat(alice)) +
			rule(`^secrets/prod/app\.env$`, flat(alice, bob, cache)) +
			rule(`^secrets/prod/db\.yaml$`, flat(alice, bob, web)+"    encrypted_regex: ^password$\n") +
			rule(`^secrets/prod/tls\.key$`, "    key_groups:\n      - age: ["+alice+", "+bob+"]\n      - age: ["+web+"]\n"),
			"sops would encrypt 4 of the 5 declared secrets for other keys than flake.secrets says",
			[]string{
				"secrets/prod/api.json: rule 1 lacks age key " + bob + " of bob (admin)",
				"secrets/prod/app.env: rule 2 adds age key " + cache + " (held by no recipient of the policy)",
				"secrets/prod/db.ini: no creation rule covers it: sops refuses to create it",
				"secrets/prod/db.yaml: rule 3 sets encrypted_regex, so sops leaves other values in clear",
				"secrets/prod/tls.key: rule 4 splits the keys into 2 key groups (2 needed to decrypt)",
			}},
		{"settings only", "creation_rules:\n" +
			rule(`^secrets/prod/(api\.json|app\.env)$`, flat(alice, bob)+"    encrypted_regex: ^password$\n") +
			rule(`^secrets/prod/`, flat(alice, bob, web)),
			"for 2 of the 5 declared secrets its rules set what sops leaves in clear, which the generated rules do not (the keys are the same)",
			[]string{"secrets/prod/api.json: rule 1 sets encrypted_regex, so sops leaves other values in clear"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := copyClean(t)
			if err := os.WriteFile(filepath.Join(dir, ".sops.yaml"), []byte(tt.sops), 0o644); err != nil {
				t.Fatal(err)
			}
			var drift *check.Finding
			rep := runDir(dir, nil)
			for i, f := range rep.Findings {
				if f.Code == check.CodeDrift {
					drift = &rep.Findings[i]
				}
			}
			if drift == nil {
				t.Fatalf("no drift finding:\n%s", dump(rep))
			}
			if !strings.Contains(drift.Message, tt.message) {
				t.Errorf("message %q does not say %q", drift.Message, tt.message)
			}
			lines := strings.Split(drift.Detail, "\n")
			for _, want := range tt.detail {
				if !contains(lines, want) {
					t.Errorf("detail lacks the line %q:\n%s", want, drift.Detail)
				}
			}
			if !strings.Contains(drift.Detail, "+++ .sops.yaml (generated from flake.secrets)") {
				t.Errorf("detail has no diff:\n%s", drift.Detail)
			}
		})
	}
}

func contains(lines []string, s string) bool {
	for _, l := range lines {
		if l == s {
			return true
		}
	}
	return false
}

// TestNotEvaluated: a policy the analysis cannot evaluate in full is not
// compared with .sops.yaml, and the report says so instead of passing it
// in silence.
func TestNotEvaluated(t *testing.T) {
	for _, tc := range []struct {
		name   string
		policy func(src string) string // the new secrets.nix
	}{
		{"targets from an input it cannot see", func(src string) string {
			return "{ inputs, ... }:\n" + strings.Replace(src, "{\n", "{\n  flake.secrets.ext = { recipients.targets = inputs.hosts.targets; secret.x.targets = [ \"*\" ]; };\n", 1)
		}},
		{"the whole policy in a module of an input", func(string) string {
			return "{ inputs, ... }: { imports = [ inputs.infra.flakeModules.policy ]; }\n"
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := copyClean(t)
			if n := countCode(runDir(dir, nil), check.CodeNotEvaluated); n != 0 {
				t.Fatalf("the clean fixture: %d %s findings", n, check.CodeNotEvaluated)
			}
			// Inputs the analysis knows nothing of, declared.
			flake := filepath.Join(dir, "flake.nix")
			src, err := os.ReadFile(flake)
			if err != nil {
				t.Fatal(err)
			}
			declared := strings.Replace(string(src), "inputs = {\n", "inputs = {\n    hosts.url = \"github:example/hosts\";\n    infra.url = \"github:example/infra\";\n", 1)
			if err := os.WriteFile(flake, []byte(declared), 0o644); err != nil {
				t.Fatal(err)
			}
			policy := filepath.Join(dir, "secrets.nix")
			src, err = os.ReadFile(policy)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(policy, []byte(tc.policy(string(src))), 0o644); err != nil {
				t.Fatal(err)
			}
			rep := runDir(dir, nil)
			if n := countCode(rep, check.CodeNotEvaluated); n != 1 || rep.Failed() {
				t.Fatalf("%d %s findings, failed %v:\n%s", n, check.CodeNotEvaluated, rep.Failed(), dump(rep))
			}
		})
	}
}

func countCode(rep *check.Report, code string) int {
	n := 0
	for _, f := range rep.Findings {
		if f.Code == code {
			n++
		}
	}
	return n
}
