package analysis

import (
	"testing"
	"testing/fstest"
)

// flake-parts accepts any flake output, so a misspelt flake.secrets is a
// valid flake with an empty policy: the analysis warns at the name.
func TestMisspeltPolicyOutput(t *testing.T) {
	tests := []struct {
		output string
		warn   bool
	}{
		{"secret", true},
		{"secrest", true},
		{"sercets", true},
		{"secrets", false},
		{"inventory", false},
		{"secretsFor", false},
		{"lib", false},
		{"nixosModules", false},
	}
	for _, tt := range tests {
		t.Run(tt.output, func(t *testing.T) {
			fsys := fstest.MapFS{"flake.nix": {Data: testFlake(nil, "      flake."+tt.output+" = { };\n")}}
			res := Analyze(fsys, Options{Dir: "."})
			d := findDiag(res, CodeNotPolicy)
			if (d != nil) != tt.warn {
				t.Fatalf("warning %v, want %v: %v", d, tt.warn, res.Diagnostics)
			}
			if d != nil {
				if line := res.File(d.File).Position(d.Start).Line; d.Severity != SeverityWarning || line != 8 {
					t.Errorf("got %v on line %d, want a warning on line 8", d.Severity, line)
				}
			}
			if res.HasErrors() {
				t.Errorf("errors: %v", res.Diagnostics)
			}
		})
	}
}

// A policy that flake-parts' partitions take from a partition (which the
// analysis does not evaluate) is unknown: neither empty nor in error.
func TestPartitionedPolicyUnknown(t *testing.T) {
	fsys := fstest.MapFS{
		"flake.nix": {Data: testFlake([]string{"inputs.flake-parts.flakeModules.partitions"},
			"      partitionedAttrs.secrets = \"ops\";\n      partitions.ops.module = { imports = [ ./ops.nix ]; };\n")},
		"ops.nix": {Data: []byte(`{ flake.secrets.ops.secret.token = { }; }`)},
	}
	res := Analyze(fsys, Options{Dir: "."})
	if !res.Policy.Open || len(res.Policy.Groups) != 0 || res.HasErrors() {
		t.Fatalf("policy open %v, groups %d, diagnostics %v", res.Policy.Open, len(res.Policy.Groups), res.Diagnostics)
	}
}

// A flake.nix that calls no mkFlake has an empty policy only when its
// outputs are a set known in full without secrets; any other shape the
// analysis does not recognise leaves the policy unknown.
func TestForeignOutputsPolicy(t *testing.T) {
	tests := []struct {
		name, outputs string
		open          bool
	}{
		{"a set without secrets", `{ self, ... }: { lib.x = 1; packages = { }; }`, false},
		{"a set with secrets", `{ self, ... }: { secrets = import ./policy.nix; }`, true},
		{"an input's function", `inputs: inputs.flake-utils.lib.eachDefaultSystem (system: { })`, true},
		{"a set with an unknown part", `inputs: { lib.x = 1; } // inputs.other.outputs`, true},
		{"evalFlakeModule's config.flake", `inputs@{ flake-parts, ... }: (flake-parts.lib.evalFlakeModule { inherit inputs; } { imports = [ inputs.secrets-lsp.flakeModules.default ]; flake.secrets.ops.recipients.admins = [ { name = "a"; age = "age1a"; } ]; }).config.flake`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			flake := "{\n  inputs.flake-parts.url = \"github:hercules-ci/flake-parts\";\n  inputs.secrets-lsp.url = \"github:secrets-lsp/secrets-lsp\";\n  outputs = " + tt.outputs + ";\n}\n"
			res := Analyze(fstest.MapFS{"flake.nix": {Data: []byte(flake)}}, Options{Dir: "."})
			if res.Policy.Open != tt.open {
				t.Errorf("policy open %v, want %v (groups %d, diagnostics %v)", res.Policy.Open, tt.open, len(res.Policy.Groups), res.Diagnostics)
			}
		})
	}
}
