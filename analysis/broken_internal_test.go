package analysis

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestBrokenParseShared: the version Broken parsed is the one the next
// analysis of the same text evaluates, so that it is not parsed twice.
func TestBrokenParseShared(t *testing.T) {
	const policy = `{ flake.secrets.prod.secret.app.targets = [ "web1" ]; }` + "\n"
	fsys := fstest.MapFS{
		"flake.nix": {Data: []byte(`{
  inputs.flake-parts.url = "github:hercules-ci/flake-parts";
  inputs.secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } { imports = [ inputs.secrets-lsp.flakeModules.default ./policy.nix ]; };
}
`)},
		"policy.nix": {Data: []byte(policy)},
	}
	a := NewAnalyzer()
	base := a.Analyze(fsys, Options{Dir: "."})
	next := fstest.MapFS{"flake.nix": fsys["flake.nix"], "policy.nix": {Data: []byte(strings.Replace(policy, `"web1" ]`, `"web1" "w ]`, 1))}}
	if _, ok := base.Broken(next, "policy.nix"); !ok {
		t.Fatal("Broken did not answer")
	}
	parsed, err := a.loader.Load(next, "policy.nix")
	if err != nil {
		t.Fatal(err)
	}
	if res := a.Analyze(next, Options{Dir: "."}); res.files["policy.nix"] != parsed {
		t.Error("the analysis read another Source than the one Broken parsed")
	}
}
