package check_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/check"
)

// TestCatchAllRule checks a repository whose hand-written .sops.yaml has
// one rule for every path, as many have: the files sops wrote are checked
// against it, the repository's other files are not (they are not meant to
// be encrypted), nor are those under a directory with a .sops.yaml of its
// own.
func TestCatchAllRule(t *testing.T) {
	dir := t.TempDir()
	db, err := os.ReadFile(filepath.Join("..", "testdata", "check", "clean", "secrets", "prod", "db.yaml")) // alice, bob, web
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		".sops.yaml":          "creation_rules:\n  - age: " + alice + "," + bob + "\n",
		"secrets/db.yaml":     string(db),
		"README.md":           "Edit with sops; the file has a sops: section.\n",
		"deploy/values.yaml":  "sops:\n  enabled: true\n",
		"main.go":             "package main\n",
		"sub/.sops.yaml":      "creation_rules:\n  - age: " + web + "\n",
		"sub/secrets/db.yaml": string(db),
	}
	for name, text := range files {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(dir, name), []byte(text))
	}
	rep := runDir(dir, nil)
	if got := codes(rep); len(got) != 1 || got[check.CodeStale] != 1 {
		t.Errorf("findings %v, want one stale recipient:\n%s", got, dump(rep))
	}
	if rep.Files != 1 {
		t.Errorf("%d files checked, want 1 (secrets/db.yaml):\n%s", rep.Files, dump(rep))
	}
	for _, f := range rep.Findings {
		if f.Code == check.CodeStale && f.Pos.Filename != "secrets/db.yaml" {
			t.Errorf("stale recipient in %s", f.Pos.Filename)
		}
	}
}
