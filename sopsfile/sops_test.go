package sopsfile

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"filippo.io/age"

	"github.com/secrets-lsp/secrets-lsp/internal/testenv"
)

// TestRuleForAgreesWithSops asks the real sops which creation rule it uses
// for each path: every rule has its own age key, and the key in the file
// sops writes names the rule. RuleFor must pick the same one.
func TestRuleForAgreesWithSops(t *testing.T) {
	sops := testenv.Tool(t, "sops")
	dir := t.TempDir()
	regexes := []string{
		`^secrets/prod/api\.yaml$`,
		`secrets/prod/`, // unanchored: matches in any directory
		`^secrets/(dev|staging)/[^/]+\.yaml$`,
		`\.env$`,
		`(^|/)shared/`,
		`^secrets/prod/api\.yaml`, // shadowed by rule 1 for that file, not for api.yaml.bak
		`^app/\.env$`,             // exact, but rule 4 comes first
		`^README\.yaml$`,          // exact, before the catch-all
		``,                        // catch-all, last
	}
	var cfg strings.Builder
	cfg.WriteString("creation_rules:\n")
	owner := map[string]int{} // recipient → rule index
	for i, re := range regexes {
		id, err := age.GenerateX25519Identity()
		if err != nil {
			t.Fatal(err)
		}
		recipient := id.Recipient().String()
		owner[recipient] = i
		fmt.Fprintf(&cfg, "  - path_regex: '%s'\n    age: %s\n", re, recipient)
	}
	if err := os.WriteFile(filepath.Join(dir, ".sops.yaml"), []byte(cfg.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "plain.yaml"), []byte("value: FAKE-not-a-secret\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := ReadConfig(".sops.yaml", []byte(cfg.String()))
	if err != nil {
		t.Fatal(err)
	}
	paths := []string{
		"secrets/prod/api.yaml", "secrets/prod/api.yaml.bak", "secrets/prod/db.yaml",
		"old/secrets/prod/db.yaml", "secrets/dev/a.yaml", "secrets/dev/sub/a.yaml",
		"secrets/staging/b.yaml", "app/.env", "x/shared/y.yaml", "notshared/y.yaml", "README.yaml", "other.yaml",
	}
	for _, p := range paths {
		cmd := exec.Command(sops, "--disable-version-check", "--config", ".sops.yaml", "encrypt",
			"--filename-override", p, "--input-type", "yaml", "--output-type", "yaml", "plain.yaml")
		cmd.Dir = dir
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("sops for %s: %v\n%s", p, err, stderr.String())
		}
		f, err := Read(p+".yaml", out)
		if err != nil || f.Metadata == nil || len(f.Metadata.Recipients()) != 1 {
			t.Fatalf("%s: cannot read what sops wrote: %v", p, err)
		}
		sopsRule := owner[f.Metadata.Recipients()[0].Key]
		r, err := c.RuleFor(p)
		if err != nil {
			t.Errorf("RuleFor(%q): %v; sops used rule %d", p, err, sopsRule+1)
			continue
		}
		if r.Index != sopsRule {
			t.Errorf("RuleFor(%q) = rule %d, sops used rule %d", p, r.Index+1, sopsRule+1)
		}
	}
}
