package analysis

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// TestPerSystemUnknowns checks that what the analysis cannot know of
// perSystem (pkgs, inputs', a module it does not see, a system's self'
// outside systems, a definition under an undecided condition) leaves the
// runner's key unknown: no error, and no confident recipient. Nix's
// answers here depend on nixpkgs or on modules the analysis has not got.
func TestPerSystemUnknowns(t *testing.T) {
	const keyOption = `options.runnerKey = lib.mkOption { type = lib.types.str; };`
	const key = `"age1gz6qlat54d4qvrdfcemn9az28l83n4s4wfx2va8nq9l4av56s9tqmx25wx"`
	for _, c := range []struct{ name, imports, perSystem, read string }{
		{"pkgs", ``, `{ pkgs, ... }: { ` + keyOption + ` runnerKey = pkgs.runner-key; }`,
			`withSystem "x86_64-linux" ({ config, ... }: config.runnerKey)`},
		{"a package of self'", ``, `{ pkgs, ... }: { packages.key = pkgs.writeText "key" "k"; }`,
			`withSystem "x86_64-linux" ({ self', ... }: self'.packages.key)`},
		{"inputs'", ``, `{ inputs', ... }: { ` + keyOption + ` runnerKey = inputs'.keys.packages.runner; }`,
			`withSystem "x86_64-linux" ({ config, ... }: config.runnerKey)`},
		{"self' outside systems", ``, `{ pkgs, ... }: { legacyPackages.key = ` + key + `; }`,
			`withSystem "riscv64-linux" ({ self', ... }: self'.legacyPackages.key)`},
		{"a module not seen", `inputs.runners.flakeModule`, `{ ... }: { }`,
			`withSystem "x86_64-linux" ({ config, ... }: config.runnerKey)`},
		{"an argument a module not seen may give", `inputs.runners.flakeModule`, `{ ... }: { }`,
			`withSystem "x86_64-linux" (args: args.runnerKey)`},
		{"perSystem extended by a module", `({ flake-parts-lib, lib, ... }: { options.perSystem = flake-parts-lib.mkPerSystemOption { options.runnerKey = lib.mkOption { }; }; })`,
			`{ ... }: { runnerKey = ` + key + `; }`,
			`withSystem "x86_64-linux" ({ config, ... }: config.runnerKey)`},
		{"a module with _module beside config (Nix's error)", ``, `{ pkgs, ... }: { ` + keyOption + ` config.runnerKey = ` + key + `; _module.args.keys = { }; }`,
			`withSystem "x86_64-linux" ({ config, ... }: config.runnerKey)`},
		{"under an undecided condition", ``,
			`lib.mkIf (builtins.getEnv "SECRETS_LSP_UNSET" == "") ({ ... }: { ` + keyOption + ` runnerKey = ` + key + `; })`,
			`withSystem "x86_64-linux" ({ config, ... }: config.runnerKey)`},
	} {
		fsys := fstest.MapFS{"flake.nix": {Data: []byte(`{
  inputs.flake-parts.url = "github:hercules-ci/flake-parts";
  inputs.secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  inputs.runners.url = "github:example/runners";
  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, withSystem, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ` + c.imports + ` ];
      systems = [ "x86_64-linux" ];
      perSystem = ` + c.perSystem + `;
      flake.secrets.ci = {
        recipients.admins = [ { name = "ops"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; } ];
        recipients.targets = [ { name = "runner"; age = ` + c.read + `; } ];
        secret.deploy-key.targets = [ "runner" ];
      };
    });
}
`)}}
		res := Analyze(fsys, Options{Dir: "."})
		for _, d := range res.Diagnostics {
			if d.Severity == SeverityError {
				t.Errorf("%s: false error: %s", c.name, d.Message)
			}
		}
		if js := res.SecretsJSON(); strings.Contains(js, "age1gz6qlat") || !strings.Contains(js, "_unknown") {
			t.Errorf("%s: the runner's key is not unknown:\n%s", c.name, js)
		}
	}
}

// TestPerSystemIncremental checks that an Analyzer gives what a fresh
// analysis gives when the module defining perSystem comes from its cache
// (it is evaluated again for the config round that reads it), and that a
// flake whose modules define perSystem but never read it evaluates
// nothing again.
func TestPerSystemIncremental(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, f := range []string{"flake.nix", "runners.nix"} {
		data, err := os.ReadFile(filepath.Join(goldenDir, "persystem-module-args-keys", f))
		if err != nil {
			t.Fatal(err)
		}
		fsys[f] = &fstest.MapFile{Data: data}
	}
	a := NewAnalyzer()
	want := Analyze(fsys, Options{Dir: "."})
	for i := range 2 {
		got := a.Analyze(fsys, Options{Dir: "."})
		if got.SecretsJSON() != want.SecretsJSON() || strings.Contains(got.SecretsJSON(), "_unknown") {
			t.Errorf("analysis %d differs from a fresh one:\n%s\n%s", i+1, got.SecretsJSON(), want.SecretsJSON())
		}
	}
	quiet := fstest.MapFS{"runners.nix": fsys["runners.nix"], "flake.nix": {Data: testFlake([]string{"./runners.nix"}, `      flake.secrets.ci.recipients.admins = [ { name = "ops"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; } ];
      flake.secrets.ci.secret.token = { };
`)}}
	a = NewAnalyzer()
	a.Analyze(quiet, Options{Dir: "."})
	if again := a.Analyze(quiet, Options{Dir: "."}); len(again.Evaluated) != 0 {
		t.Errorf("perSystem defined, never read: evaluated %v again", again.Evaluated)
	}
}
