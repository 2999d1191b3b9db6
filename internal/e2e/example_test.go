package e2e

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

var update = flag.Bool("update", false, "re-encrypt the example's secrets under examples/basic/secrets")

const exampleDir = "../../examples/basic"

// creationRule is a generated .sops.yaml rule as sops reads it (comments
// dropped). The module writes every key field as a list.
type creationRule struct {
	PathRegex          string   `yaml:"path_regex"`
	Age                []string `yaml:"age"`
	PGP                []string `yaml:"pgp"`
	KMS                []string `yaml:"kms"`
	GCPKMS             []string `yaml:"gcp_kms"`
	AzureKeyvault      []string `yaml:"azure_keyvault"`
	HCVaultTransitURIs []string `yaml:"hc_vault_transit_uri"`
}

func (r creationRule) recipients() recipients {
	out := recipients{}
	for field, keys := range map[string][]string{
		"age": r.Age, "pgp": r.PGP, "kms": r.KMS, "gcp_kms": r.GCPKMS,
		"azure_keyvault": r.AzureKeyvault, "hc_vault_transit_uri": r.HCVaultTransitURIs,
	} {
		if len(keys) > 0 {
			out[field] = keys
		}
	}
	return out
}

// file is the one path the rule's anchored, escaped path_regex matches.
func (r creationRule) file() string {
	return regexp.MustCompile(`\\(.)`).ReplaceAllString(strings.TrimSuffix(strings.TrimPrefix(r.PathRegex, "^"), "$"), "$1")
}

func readRules(t *testing.T, path string) []creationRule {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var conf struct {
		CreationRules []creationRule `yaml:"creation_rules"`
	}
	if err := yaml.Unmarshal(data, &conf); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return conf.CreationRules
}

// exampleValues are the made-up values the example's files hold.
var exampleValues = map[string]string{
	".yaml": "# Example only: not a real credential.\nvalue: example-only-%s\n",
	".env":  "# Example only: not a real credential.\nDATABASE_URL=postgres://shop:example-only@db1.prod.internal/shop\nSESSION_SECRET=example-only-%s\n",
}

// TestExampleFilesMatchTheirRules checks every encrypted file of
// examples/basic against the rule the example's generated .sops.yaml has
// for it: the file exists, is encrypted, and lists exactly the rule's keys.
// With -update it first re-encrypts them all with the real sops (KMS through
// fakeAWS, so the KMS-wrapped data keys are random bytes).
func TestExampleFilesMatchTheirRules(t *testing.T) {
	rules := readRules(t, filepath.Join(exampleDir, ".sops.yaml"))
	if len(rules) == 0 {
		t.Fatal("examples/basic/.sops.yaml has no rule")
	}
	if *update {
		sops := newSops(t, newFakeAWS(t))
		for _, r := range rules {
			f := r.file()
			path := filepath.Join(exampleDir, f)
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			name := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
			value := strings.ReplaceAll(exampleValues[filepath.Ext(f)], "%s", name)
			if err := os.WriteFile(path, []byte(value), 0o644); err != nil {
				t.Fatal(err)
			}
			if stderr, err := sops.encrypt(exampleDir, f); err != nil {
				t.Fatalf("sops -e %s: %v\n%s", f, err, stderr)
			}
		}
	}
	covered := map[string]bool{}
	for _, r := range rules {
		f := r.file()
		covered[filepath.ToSlash(f)] = true
		data, err := os.ReadFile(filepath.Join(exampleDir, f))
		if err != nil {
			t.Errorf("%s: %v (run go test ./internal/e2e -run Example -update)", f, err)
			continue
		}
		got, err := metadataRecipients(f, data)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if ok, diff := sameRecipients(r.recipients(), got); !ok {
			t.Errorf("%s: recipients differ from its rule in .sops.yaml: %s", f, diff)
		}
	}
	// Every file under secrets/ is one of the policy's.
	err := filepath.WalkDir(filepath.Join(exampleDir, "secrets"), func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(exampleDir, path)
		if !covered[filepath.ToSlash(rel)] {
			t.Errorf("%s: no rule of .sops.yaml covers it", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
