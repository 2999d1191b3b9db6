package sopsfile

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/secrets-lsp/secrets-lsp/keys"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Public test keys (testdata/keys/public.txt).
const (
	ageA = "age17mxngqmqpdw3pxcv7hew9k2e02nsn88mk5ma79u88jfsvdy89f8qltne5w"
	ageB = "age1ksw7v7vxlxmnldsd2frk4akgwzlglephfqglhwy4uyxj8n4ejygqmm2l99"
	// ageA with its last character changed: a bad checksum.
	ageTypo = "age17mxngqmqpdw3pxcv7hew9k2e02nsn88mk5ma79u88jfsvdy89f8qltne5q"
)

// issueList renders issues as "line:col severity code" for comparison.
func issueList(c *Config) []string {
	var out []string
	for _, is := range c.Issues {
		p := c.Position(is.Pos)
		out = append(out, fmt.Sprintf("%d:%d %s %s", p.Line, p.Column, is.Severity, is.Code))
	}
	return out
}

func TestReadConfigLints(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
		// substrings the messages must contain, in order of issues
		say []string
	}{
		{"clean", `creation_rules:
  - path_regex: ^secrets/prod/a\.yaml$
    age: ` + ageA + `
`, nil, nil},
		{"typo in path_regex makes a catch-all", `creation_rules:
  - path_regx: ^secrets/prod/
    age: ` + ageA + `
  - path_regex: ^secrets/dev/
    age: ` + ageB + `
`, []string{"2:5 warning sops-yaml-catch-all-not-last", "2:5 error sops-yaml-unknown-field", "4:17 warning sops-yaml-shadowed-rule"},
			[]string{"has no path_regex, so the 1 rules after it never apply", `unknown field "path_regx" in a creation rule: SOPS ignores it silently; did you mean "path_regex"?`, "creation rule 2 never applies: rule 1 (line 2)"}},
		{"unknown top level", `creation_rule:
  - age: ` + ageA + `
`, []string{"1:1 error sops-yaml-unknown-field", "1:1 warning sops-yaml-no-creation-rules"},
			[]string{`did you mean "creation_rules"?`, "SOPS ignores this file"}},
		{"unknown without suggestion", `creation_rules:
  - path_regex: ^a$
    age: ` + ageA + `
    owner: team-a
`, []string{"4:5 warning sops-yaml-unknown-field"}, []string{`unknown field "owner" in a creation rule: SOPS ignores it silently`}},
		{"module and metadata names", `creation_rules:
  - path_regex: ^a$
    azure_kv: https://v.vault.azure.net/keys/k/v
    key_groups:
      - hc_vault_transit_uri: [https://vault:8200/v1/transit/keys/k]
        age: [` + ageA + `]
      - gcpKms:
          - resource_id: projects/p/locations/l/keyRings/r/cryptoKeys/k
`, []string{"3:5 error sops-yaml-unknown-field", "5:9 error sops-yaml-unknown-field", "7:9 error sops-yaml-unknown-field"},
			[]string{`"azure_kv" in a creation rule: SOPS ignores it silently; did you mean "azure_keyvault"?`, `did you mean "hc_vault"?`, `"gcpKms" in a key group: SOPS ignores it silently; did you mean "gcp_kms"?`}},
		{"invalid regex", `creation_rules:
  - path_regex: ^secrets/(prod
    age: ` + ageA + `
`, []string{"2:17 error sops-yaml-invalid-path-regex"}, []string{"missing closing )"}},
		{"unanchored start", `creation_rules:
  - path_regex: secrets/prod/.*\.yaml$
    age: ` + ageA + `
`, []string{"2:17 info sops-yaml-unanchored-path-regex"}, []string{"not anchored at the start"}},
		{"unanchored end", `creation_rules:
  - path_regex: ^secrets/prod/api\.yaml
    age: ` + ageA + `
`, []string{"2:17 info sops-yaml-unanchored-path-regex"}, []string{`it also matches "secrets/prod/api.yaml.bak"`}},
		{"deliberate prefix and suffix rules", `creation_rules:
  - path_regex: ^secrets/prod/
    age: ` + ageA + `
  - path_regex: .*\.enc\.yaml$
    age: ` + ageB + `
  - path_regex: (^|/)dev/[^/]+\.yaml$
    age: ` + ageB + `
`, nil, nil},
		{"shadowed by a prefix", `creation_rules:
  - path_regex: ^secrets/
    age: ` + ageA + `
  - path_regex: ^secrets/prod/a\.yaml$
    age: ` + ageB + `
  - path_regex: ^secrets/prod/
    age: ` + ageB + `
  - path_regex: ^other/
    age: ` + ageB + `
`, []string{"4:17 warning sops-yaml-shadowed-rule", "6:17 warning sops-yaml-shadowed-rule"}, []string{"rule 2 never applies: rule 1 (line 2)", "rule 3 never applies: rule 1 (line 2)"}},
		{"shadowed by the same regex", `creation_rules:
  - path_regex: ^a/(b|c)\.yaml$
    age: ` + ageA + `
  - path_regex: ^a/(b|c)\.yaml$
    age: ` + ageB + `
`, []string{"4:17 warning sops-yaml-shadowed-rule"}, nil},
		{"shadowed by a substring", `creation_rules:
  - path_regex: prod
    age: ` + ageA + `
  - path_regex: ^secrets/prod/db\.yaml$
    age: ` + ageB + `
`, []string{"2:17 info sops-yaml-unanchored-path-regex", "4:17 warning sops-yaml-shadowed-rule"}, nil},
		{"catch-all regexes", `creation_rules:
  - path_regex: .*
    age: ` + ageA + `
  - path_regex: ''
    age: ` + ageB + `
  - age: ` + ageB + `
`, []string{"2:5 warning sops-yaml-catch-all-not-last", "4:5 warning sops-yaml-catch-all-not-last", "4:17 warning sops-yaml-shadowed-rule", "6:5 warning sops-yaml-shadowed-rule"},
			[]string{`has path_regex ".*", which matches every path, so the 2 rules`, "has no path_regex, so the 1 rules"}},
		{"a catch-all last is fine", `creation_rules:
  - path_regex: ^secrets/
    age: ` + ageA + `
  - age: ` + ageB + `
`, nil, nil},
		{"no keys", `creation_rules:
  - path_regex: ^secrets/
`, []string{"2:5 warning sops-yaml-rule-without-keys"}, []string{"rule 1 has no keys"}},
		{"two settings", `creation_rules:
  - path_regex: ^secrets/
    age: ` + ageA + `
    encrypted_regex: ^data$
    unencrypted_suffix: _plain
`, []string{"2:5 error sops-yaml-conflicting-settings"}, []string{"sets unencrypted_suffix and encrypted_regex"}},
		{"flat keys ignored", `creation_rules:
  - path_regex: ^secrets/
    age: ` + ageA + `
    key_groups:
      - age: [` + ageB + `]
`, []string{"3:10 warning sops-yaml-flat-keys-ignored"}, nil},
		{"shamir", `creation_rules:
  - path_regex: ^a/
    shamir_threshold: 3
    key_groups:
      - age: [` + ageA + `]
      - age: [` + ageB + `]
  - path_regex: ^b/
    age: ` + ageA + `
    shamir_threshold: 2
`, []string{"3:23 error sops-yaml-shamir-threshold", "9:23 warning sops-yaml-shamir-threshold"}, []string{"needs 2 to 2", "single key group"}},
		{"bad keys, positioned in a comma list", `creation_rules:
  - path_regex: ^a/
    age: ` + ageA + `, ` + ageTypo + `
    pgp:
      - not-hex but gpg decides
      - ""
    kms: arn:aws:s3:::bucket
    hc_vault_transit_uri: vault.example.com/v1/transit/keys/k
`, []string{"3:74 error sops-yaml-invalid-key", "7:10 error sops-yaml-invalid-key", "8:27 error sops-yaml-invalid-key"},
			[]string{`invalid age key "` + ageTypo + `": SOPS 3.13 cannot use it: `, "kms", "hcVaultTransit"}},
		{"field types", `creation_rules:
  - path_regex: ^a/
    age: 42
    pgp: [[x]]
    shamir_threshold: many
`, []string{"3:10 error sops-yaml-field-type", "4:11 error sops-yaml-field-type", "5:5 error sops-yaml-field-type", "2:5 warning sops-yaml-rule-without-keys"}, nil},
		{"duplicate key", `creation_rules:
  - path_regex: ^a/
    age: ` + ageA + `
    age: ` + ageB + `
`, []string{"4:5 error sops-yaml-syntax"}, []string{"already defined"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := ReadConfig(".sops.yaml", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			got := issueList(c)
			want := tt.want
			sort.Strings(got)
			sort.Strings(want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("issues:\n got %q\nwant %q\n(messages: %v)", got, want, c.Issues)
			}
			all := ""
			for _, is := range c.Issues {
				all += is.Message + "\n"
			}
			for _, s := range tt.say {
				if !strings.Contains(all, s) {
					t.Errorf("no message says %q:\n%s", s, all)
				}
			}
		})
	}
}

func TestReadConfigErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"creation_rules:\n  - path_regex: [\n", ".sops.yaml:2:3: invalid YAML"},
		{"creation_rules:\n\t- age: x\n", ".sops.yaml:2:2: invalid YAML"},
		{"a: \xff\xfe\n", ".sops.yaml:1:4: not UTF-8 text"},
	}
	for _, tt := range tests {
		_, err := ReadConfig(".sops.yaml", []byte(tt.src))
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("ReadConfig(%q) = %v, want %s…", tt.src, err, tt.want)
		}
	}
	for _, src := range []string{"", "# nothing\n", "[]\n", "just a string\n"} {
		c, err := ReadConfig(".sops.yaml", []byte(src))
		if err != nil || c.HasCreationRules {
			t.Errorf("ReadConfig(%q) = %v, %v", src, c, err)
		}
		if r, err := c.RuleFor("a.yaml"); r != nil || err != nil {
			t.Errorf("RuleFor without creation_rules = %v, %v; want nil, nil", r, err)
		}
	}
}

func TestRuleKeys(t *testing.T) {
	src := `creation_rules:
  - path_regex: ^flat/
    age: ` + ageA + `,` + ageB + `
    pgp: "85D7 7543 B3D6 24B6 3CEA 9E6D BC17 301B 491B 3F21"
    kms:
      - arn:aws:kms:eu-west-1:123456789012:key/abc+arn:aws:iam::123456789012:role/ci
  - path_regex: ^groups/
    key_groups:
      - merge:
          - age: [` + ageB + `]
        age: [` + ageA + `]
        kms:
          - arn: arn:aws:kms:eu-west-1:123456789012:key/abc
            role: arn:aws:iam::123456789012:role/ci
        azure_keyvault:
          - vaultUrl: https://v.vault.azure.net
            key: k
            version: ""
      - hc_vault: [https://vault:8200/v1/transit/keys/k]
        age: [` + ageA + `, ` + ageA + `]
`
	c, err := ReadConfig(".sops.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Issues) != 0 {
		t.Errorf("issues: %v", c.Issues)
	}
	render := func(r *Rule) string {
		var groups []string
		for _, g := range r.KeyGroups {
			var ks []string
			for _, k := range g {
				p := c.Position(k.Pos)
				ks = append(ks, fmt.Sprintf("%s %s @%d:%d", k.Type, keys.Short(k.Type, k.Key), p.Line, p.Column))
			}
			groups = append(groups, strings.Join(ks, ", "))
		}
		return strings.Join(groups, " | ")
	}
	want := []string{
		"age age17mxn…e5w @3:10, age age1ksw7…l99 @3:73, pgp 85D7…91B 3F21 @4:11, kms arn:aws:kms:eu-west-1:…:key/abc +role/ci @6:9",
		"age age1ksw7…l99 @10:19, age age17mxn…e5w @11:15, kms arn:aws:kms:eu-west-1:…:key/abc +role/ci @13:13, azureKeyvault v.vault.azure.net/keys/k @16:13 | " +
			"age age17mxn…e5w @20:15, hcVaultTransit vault:8200/v1/transit/keys/k @19:20",
	}
	for i, r := range c.Rules {
		if got := render(r); got != want[i] {
			t.Errorf("rule %d:\n got %s\nwant %s", i+1, got, want[i])
		}
	}
	if !c.Rules[1].FromKeyGroups || c.Rules[0].FromKeyGroups {
		t.Error("FromKeyGroups is wrong")
	}
	if got := c.Rules[1].KeyGroups[0][2].Key; got != "arn:aws:kms:eu-west-1:123456789012:key/abc+arn:aws:iam::123456789012:role/ci" {
		t.Errorf("kms object recombined as %q", got)
	}
}

// TestRuleKeysThroughAliases reads keys the way real .sops.yaml files
// write them (Mic92/dotfiles, bjw-s/home-ops): anchors under a "keys"
// field SOPS ignores, aliases in the rules, whole key groups and settings
// merged with <<. SOPS' decoder (yaml.v3) resolves them all.
func TestRuleKeysThroughAliases(t *testing.T) {
	src := `keys:
  - &admin ` + ageA + `
  - &flux ` + ageB + `
  - &both ` + ageA + `,` + ageB + `
groups:
  - &everyone
    age: [*admin, *flux]
defaults: &k8s
  encrypted_regex: ^(data|stringData)$
  key_groups:
    - age: [*admin]
creation_rules:
  - path_regex: ^talos/.*\.sops\.ya?ml$
    key_groups:
      - age:
          - *admin
          - *flux
  - path_regex: ^kubernetes/
    <<: *k8s
  - path_regex: ^apps/
    <<: [*k8s]
    key_groups: [*everyone]
  - path_regex: ^flat/
    age: *both
`
	c, err := ReadConfig(".sops.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Issues) != 0 {
		t.Errorf("issues: %v", c.Issues)
	}
	var got []string
	for _, r := range c.Rules {
		var ks []string
		for _, g := range r.KeyGroups {
			var names []string
			for _, k := range g {
				name := map[string]string{ageA: "A", ageB: "B"}[k.Key]
				p := c.Position(k.Pos)
				names = append(names, fmt.Sprintf("%s@%d:%d", name, p.Line, p.Column))
			}
			ks = append(ks, strings.Join(names, ","))
		}
		got = append(got, fmt.Sprintf("%s [%s] %q", r.PathRegex, strings.Join(ks, " | "), r.EncryptedRegex))
	}
	want := []string{
		`^talos/.*\.sops\.ya?ml$ [A@16:13,B@17:13] ""`,
		`^kubernetes/ [A@11:13] "^(data|stringData)$"`,
		// The rule's own key_groups win over the merged ones.
		`^apps/ [A@7:11,B@7:19] "^(data|stringData)$"`,
		`^flat/ [A@24:10,B@24:10] ""`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rules:\n got %s\nwant %s", strings.Join(got, "\n     "), strings.Join(want, "\n     "))
	}

	// A field SOPS ignores that defines no anchor is still reported, once
	// even when merged into several rules.
	c, err = ReadConfig(".sops.yaml", []byte(`common: &common
  age: `+ageA+`
  owner: team-a
creation_rules:
  - path_regex: ^a/
    <<: *common
  - path_regex: ^b/
    <<: *common
`))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := issueList(c), []string{"3:3 warning sops-yaml-unknown-field"}; strings.Join(got, ";") != strings.Join(want, ";") {
		t.Errorf("issues: got %q, want %q (%v)", got, want, c.Issues)
	}
}

func TestRuleFor(t *testing.T) {
	src := `creation_rules:
  - path_regex: ^secrets/prod/api\.yaml$
    age: ` + ageA + `
  - path_regex: ^secrets/prod/
    age: ` + ageB + `
  - path_regex: ^secrets/(dev
    age: ` + ageB + `
  - path_regex: \.env$
    age: ` + ageB + `
`
	c, err := ReadConfig(".sops.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path string
		rule int // 1-based; 0 for ErrNoRule, -1 for the regexp error
	}{
		{"secrets/prod/api.yaml", 1},
		{"secrets/prod/api.yaml.bak", 2},
		{"secrets/prod/db.yaml", 2},
		{"secrets/dev/db.yaml", -1}, // SOPS reaches the broken rule 3 first
	}
	for _, tt := range tests {
		r, err := c.RuleFor(tt.path)
		switch {
		case tt.rule > 0 && (err != nil || r == nil || r.Index != tt.rule-1):
			t.Errorf("RuleFor(%q) = %v, %v; want rule %d", tt.path, r, err, tt.rule)
		case tt.rule < 0 && (err == nil || err == ErrNoRule):
			t.Errorf("RuleFor(%q) = %v, %v; want a regexp error", tt.path, r, err)
		}
	}
	c, err = ReadConfig(".sops.yaml", []byte(src[:strings.Index(src, "  - path_regex: ^secrets/(dev")]))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.RuleFor("other/x.env"); err != ErrNoRule {
		t.Errorf("RuleFor(other/x.env) = %v, want ErrNoRule", err)
	}
}

// undecodable reports whether the rule key at p is one that Nix accepts
// but that is no key (keys.Verify rejects it): the module writes it, and
// SOPS cannot use it, as the analysis warns.
func undecodable(c *Config, p token.Pos) bool {
	for _, r := range c.Rules {
		for _, k := range r.Keys() {
			if k.Pos == p {
				return keys.Check(k.Type, k.Key) == nil && keys.Verify(k.Type, k.Key) != nil
			}
		}
	}
	return false
}

// Every .sops.yaml that Nix generated in testdata/policies is clean but
// for keys that are no keys, and each secret's file gets its own rule.
func TestGeneratedConfigs(t *testing.T) {
	cases, _ := filepath.Glob("../testdata/policies/*/sops.yaml")
	if len(cases) < 10 {
		t.Fatalf("found %d generated .sops.yaml", len(cases))
	}
	for _, path := range cases {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		c, err := ReadConfig(path, src)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		for _, is := range c.Issues {
			if is.Code == CodeNoRules && len(c.Rules) == 0 || is.Code == CodeBadKey && undecodable(c, is.Pos) {
				continue
			}
			t.Errorf("%s: %s: %s", path, c.Position(is.Pos), is.Message)
		}
		raw, err := os.ReadFile(filepath.Join(filepath.Dir(path), "secrets.json"))
		if err != nil {
			t.Fatal(err)
		}
		var groups map[string]struct {
			Secret map[string]struct {
				File       string `json:"file"`
				Recipients []struct {
					Keys []struct{ Type, Key string } `json:"keys"`
				} `json:"_recipients"`
			} `json:"secret"`
		}
		if err := json.Unmarshal(raw, &groups); err != nil {
			t.Fatal(err)
		}
		for _, g := range groups {
			for name, s := range g.Secret {
				r, err := c.RuleFor(s.File)
				if err != nil {
					t.Errorf("%s: secret %s (%s): %v", path, name, s.File, err)
					continue
				}
				if shape := analyzeRegex(r.re); !shape.isExact || shape.exact != s.File {
					t.Errorf("%s: %s is matched by rule %d, %s", path, s.File, r.Index+1, r.PathRegex)
				}
				for _, rec := range s.Recipients {
					for _, k := range rec.Keys {
						typ, _ := keys.ParseType(k.Type)
						found := false
						for _, rk := range r.Keys() {
							found = found || rk.Type == typ && keys.Same(typ, k.Key, rk.Key)
						}
						if !found {
							t.Errorf("%s: %s key %s of %s is not in its rule", path, typ, keys.Short(typ, k.Key), s.File)
						}
					}
				}
			}
		}
	}
}

func TestReadConfigFS(t *testing.T) {
	fsys := fstest.MapFS{".sops.yaml": &fstest.MapFile{Data: []byte("creation_rules:\n  - age: " + ageA + "\n")}}
	c, err := ReadConfigFS(fsys, ".sops.yaml")
	if err != nil || len(c.Rules) != 1 || !c.Rules[0].CatchAll() {
		t.Errorf("ReadConfigFS = %+v, %v", c, err)
	}
	if _, err := ReadConfigFS(fsys, "missing.yaml"); err == nil {
		t.Error("ReadConfigFS of a missing file succeeded")
	}
}

// BenchmarkReadConfig measures a generated .sops.yaml of 1,000 literal
// rules, linted, and a lookup of the last rule's path.
func BenchmarkReadConfig(b *testing.B) {
	var src strings.Builder
	src.WriteString("creation_rules:\n")
	for i := range 1000 {
		fmt.Fprintf(&src, "  - path_regex: ^secrets/g%d/s%d\\.yaml$\n    age:\n      - %s # alice (admin)\n", i/50, i, ageA)
	}
	b.ReportAllocs()
	for b.Loop() {
		c, err := ReadConfig(".sops.yaml", []byte(src.String()))
		if err != nil || len(c.Issues) != 0 {
			b.Fatal(err, c.Issues)
		}
		if r, err := c.RuleFor("secrets/g19/s999.yaml"); err != nil || r.Index != 999 {
			b.Fatal(r, err)
		}
	}
}

// TestAliasBomb: aliases that expand beyond the budget are not expanded,
// and say so, at once.
func TestAliasBomb(t *testing.T) {
	src := "a: &a [x, x, x, x, x, x, x, x]\n"
	for _, n := range []string{"b", "c", "d", "e", "f"} {
		prev := string(rune(n[0] - 1))
		src += n + ": &" + n + " [" + strings.Repeat("*"+prev+", ", 7) + "*" + prev + "]\n"
	}
	src += "creation_rules:\n  - path_regex: ^a$\n    age: " + ageA + "\n"
	c, err := ReadConfig(".sops.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Issues) == 0 || c.Issues[0].Code != CodeSyntax || !strings.Contains(c.Issues[0].Message, "YAML bomb") {
		t.Errorf("issues: %v", c.Issues)
	}
	if len(c.Rules) != 1 || len(c.Rules[0].Keys()) != 1 {
		t.Errorf("the rule is not read: %+v", c.Rules)
	}
}
