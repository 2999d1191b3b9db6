package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

const realworldTestdata = "../../testdata/check-realworld"

// TestRealWorld runs the CI gate on public repositories' own SOPS files,
// ported to flake.secrets (testdata/check-realworld/README.md says where
// each comes from and why each finding is true), in three forms:
//
//   - the port, whose .sops.yaml is what Nix generates from its policy;
//   - drift: the port with the repository's own .sops.yaml committed;
//   - upstream: the repository's own .sops.yaml alone, without a policy,
//     linted and its rules checked against the files as sops reads them.
func TestRealWorld(t *testing.T) {
	cases := []struct {
		golden string
		repo   string
		form   string // "", "drift" or "upstream"
		args   []string
		exit   int
	}{
		{"nix-community-infra.txt", "nix-community-infra", "", nil, exitOK},
		{"nix-community-infra.drift.txt", "nix-community-infra", "drift", nil, exitFindings},
		{"nix-community-infra.upstream.txt", "nix-community-infra", "upstream", nil, exitOK},
		{"nix-community-infra.who-build03.txt", "nix-community-infra", "", []string{"--who-can-decrypt", "build03"}, exitOK},
		{"doctor-cluster-config.txt", "doctor-cluster-config", "", nil, exitFindings},
		{"doctor-cluster-config.json", "doctor-cluster-config", "", []string{"--format", "json"}, exitFindings},
		{"doctor-cluster-config.drift.txt", "doctor-cluster-config", "drift", nil, exitFindings},
		{"doctor-cluster-config.upstream.txt", "doctor-cluster-config", "upstream", nil, exitFindings},
		{"dotfiles-clan.txt", "dotfiles-clan", "", nil, exitOK},
		{"dotfiles-clan.upstream.txt", "dotfiles-clan", "upstream", nil, exitOK},
		{"sops-nix.txt", "sops-nix", "", nil, exitOK},
		{"sops-examples.txt", "sops-examples", "", nil, exitFindings},
		{"sops-examples.sarif", "sops-examples", "", []string{"--format", "sarif"}, exitFindings},
		{"sops-examples.upstream.txt", "sops-examples", "upstream", nil, exitFindings},
		{"misterio77-nix-config.txt", "misterio77-nix-config", "", nil, exitOK},
		{"misterio77-nix-config.drift.txt", "misterio77-nix-config", "drift", nil, exitFindings},
		{"misterio77-nix-config.upstream.txt", "misterio77-nix-config", "upstream", nil, exitOK},
		{"misterio77-nix-config.who-misterio.json", "misterio77-nix-config", "", []string{"--who-can-decrypt", "misterio", "--format", "json"}, exitOK},
		{"bjw-s-home-ops.txt", "bjw-s-home-ops", "", nil, exitOK},
		{"bjw-s-home-ops.drift.txt", "bjw-s-home-ops", "drift", nil, exitFindings},
		{"bjw-s-home-ops.upstream.txt", "bjw-s-home-ops", "upstream", nil, exitOK},
	}
	t.Setenv("NO_COLOR", "")
	golden, err := filepath.Abs(filepath.Join(realworldTestdata, "golden"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.golden, func(t *testing.T) {
			dir := realworldTestdata
			if c.form != "" {
				dir = realworldForm(t, c.repo, c.form)
			}
			t.Chdir(dir)
			args := append([]string{"--check"}, c.args...)
			args = append(args, c.repo)
			var stdout, stderr bytes.Buffer
			if code := run(args, nil, &stdout, &stderr); code != c.exit {
				t.Errorf("exit status %d, want %d; stderr:\n%s", code, c.exit, stderr.String())
			}
			if stderr.Len() > 0 {
				t.Errorf("stderr:\n%s", stderr.String())
			}
			compareGolden(t, filepath.Join(golden, c.golden), stdout.Bytes())
		})
	}
}

// realworldForm copies a ported repository into a temporary directory
// under its own name, with the repository's own .sops.yaml committed, and
// for "upstream" without its policy. It returns the directory to run in.
func realworldForm(t *testing.T, repo, form string) string {
	t.Helper()
	parent := t.TempDir()
	dst := filepath.Join(parent, repo)
	if err := os.CopyFS(dst, os.DirFS(filepath.Join(realworldTestdata, repo))); err != nil {
		t.Fatal(err)
	}
	upstream, err := os.ReadFile(filepath.Join(realworldTestdata, repo+".upstream.sops.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dst, ".sops.yaml"), upstream, 0o644); err != nil {
		t.Fatal(err)
	}
	if form == "upstream" {
		for _, name := range []string{"flake.nix", "secrets.nix"} {
			if err := os.Remove(filepath.Join(dst, name)); err != nil {
				t.Fatal(err)
			}
		}
	}
	return parent
}
