package e2e

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/internal/testenv"
	"github.com/secrets-lsp/secrets-lsp/keys"
)

const policiesDir = "../../testdata/policies"

// ruleField is the .sops.yaml field of each key type of the policy.
var ruleField = map[string]string{
	"age":            "age",
	"pgp":            "pgp",
	"kms":            "kms",
	"gcpKms":         "gcp_kms",
	"azureKeyvault":  "azure_keyvault",
	"hcVaultTransit": "hc_vault_transit_uri",
}

// policy is the part of a golden secrets.json these tests read.
type policy map[string]struct {
	Secret map[string]struct {
		File       string      `json:"file"`
		Recipients []recipient `json:"_recipients"`
	} `json:"secret"`
}

type recipient struct {
	Name string `json:"name"`
	Keys []struct {
		Type string `json:"type"`
		Key  string `json:"key"`
	} `json:"keys"`
}

// secretCase is one secret of a golden policy: its file and the keys its
// creation rule must make sops encrypt for.
type secretCase struct {
	name       string // group/secret
	file       string
	recipients []recipient
	want       recipients
	offline    bool // every key can be used without network (age, SSH, KMS via fakeAWS)
	// undecodable are keys Nix's syntax check accepts and keys.Verify
	// rejects (an SSH key off the curve, a post-quantum key that is no
	// ML-KEM key): sops must refuse to encrypt for them.
	undecodable []string
}

func readPolicy(t *testing.T, path string) []secretCase {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var p policy
	if err := json.Unmarshal(data, &p); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var out []secretCase
	for g, group := range p {
		for s, secret := range group.Secret {
			c := secretCase{name: g + "/" + s, file: secret.File, recipients: secret.Recipients, want: recipients{}, offline: true}
			seen := map[string]bool{}
			for _, r := range secret.Recipients {
				for _, k := range r.Keys {
					field, key := ruleField[k.Type], writtenKey(k.Type, k.Key)
					if !seen[field+" "+key] {
						seen[field+" "+key] = true
						c.want[field] = append(c.want[field], key)
					}
					c.offline = c.offline && usableOffline(k.Type, key)
					if typ, ok := keys.ParseType(k.Type); ok && keys.Verify(typ, k.Key) != nil {
						c.undecodable = append(c.undecodable, key)
					}
				}
			}
			out = append(out, c)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

// writtenKey is a key as docs/policy.md writes it into a rule: SSH keys
// without their comment.
func writtenKey(typ, key string) string {
	if typ == "age" && strings.HasPrefix(key, "ssh-") {
		f := strings.Fields(key)
		return f[0] + " " + f[1]
	}
	return key
}

// usableOffline: sops can encrypt for the key here. age plugin recipients
// need their plugin binary; PGP needs the key in a keyring; the cloud and
// Vault services cannot be reached.
func usableOffline(typ, key string) bool {
	switch typ {
	case "kms":
		return true
	case "age":
		plugin := strings.HasPrefix(key, "age1") && !strings.HasPrefix(key, "age1pq1") && strings.Count(key, "1") > 1
		return !plugin
	}
	return false
}

// plaintext returns a small document in the format sops picks for name.
func plaintext(name string) []byte {
	switch filepath.Ext(name) {
	case ".yaml", ".yml":
		return []byte("password: example-only\n")
	case ".json":
		return []byte(`{"password": "example-only"}` + "\n")
	case ".env":
		return []byte("PASSWORD=example-only\n")
	case ".ini":
		return []byte("[db]\npassword = example-only\n")
	}
	return []byte("example-only binary payload\n")
}

// sopsRunner runs the real sops with a clean environment: no user
// configuration, AWS pointed at fakeAWS.
type sopsRunner struct {
	bin string
	env []string
}

func newSops(t *testing.T, aws *fakeAWS) *sopsRunner {
	t.Helper()
	home := t.TempDir()
	env := append([]string{"HOME=" + home, "PATH=" + os.Getenv("PATH")}, aws.env(home)...)
	return &sopsRunner{bin: testenv.Tool(t, "sops"), env: env}
}

// encrypt runs `sops -e -i FILE` in dir and returns sops' stderr on failure.
func (s *sopsRunner) encrypt(dir, file string) (string, error) {
	cmd := exec.Command(s.bin, "--disable-version-check", "-e", "-i", file)
	cmd.Dir = dir
	cmd.Env = s.env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	return stderr.String(), err
}

// writePlaintext writes the plaintext document for rel under dir and
// returns its path.
func writePlaintext(t *testing.T, dir, rel string) string {
	t.Helper()
	path := filepath.Join(dir, rel)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, plaintext(rel), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// encryptAndRead writes a plaintext file at rel under dir, encrypts it in
// place with sops, and returns the recipients of the result.
func (s *sopsRunner) encryptAndRead(t *testing.T, dir, rel string) recipients {
	t.Helper()
	path := writePlaintext(t, dir, rel)
	if stderr, err := s.encrypt(dir, rel); err != nil {
		t.Fatalf("sops -e %s: %v\n%s", rel, err, stderr)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	got, err := metadataRecipients(rel, data)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// assertRefused writes a plaintext file at rel under dir and checks that
// sops refuses to encrypt it, naming one of the undecodable keys, and
// leaves the plaintext as it was.
func (s *sopsRunner) assertRefused(t *testing.T, dir, rel string, undecodable []string) {
	t.Helper()
	path := writePlaintext(t, dir, rel)
	stderr, err := s.encrypt(dir, rel)
	if err == nil {
		t.Errorf("sops -e %s succeeded for keys keys.Verify rejects: %q", rel, undecodable)
		return
	}
	named := false
	for _, k := range undecodable {
		// sops quotes the key it stopped at (its start is enough).
		named = named || strings.Contains(stderr, k[:min(len(k), 40)])
	}
	if !named {
		t.Errorf("sops -e %s failed without naming a rejected key %q:\n%s", rel, undecodable, stderr)
	}
	if data, _ := os.ReadFile(path); !bytes.Equal(data, plaintext(rel)) {
		t.Errorf("sops -e %s failed but changed the file", rel)
	}
}

func writeSopsYaml(t *testing.T, dir string, content []byte) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, ".sops.yaml"), content, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestGoldenRulesEncryptForExactlyThePolicy encrypts one file per secret of
// every valid golden vector with the vector's generated .sops.yaml, and
// checks that the file's metadata lists exactly the keys of the secret's
// _recipients.
func TestGoldenRulesEncryptForExactlyThePolicy(t *testing.T) {
	aws := newFakeAWS(t)
	sops := newSops(t, aws)
	yamls, err := filepath.Glob(filepath.Join(policiesDir, "*", "sops.yaml"))
	if err != nil || len(yamls) == 0 {
		t.Fatalf("no golden sops.yaml under %s (%v)", policiesDir, err)
	}
	encrypted, refused, skipped := 0, 0, 0
	for _, y := range yamls {
		caseDir := filepath.Dir(y)
		t.Run(filepath.Base(caseDir), func(t *testing.T) {
			rules, err := os.ReadFile(y)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			writeSopsYaml(t, dir, rules)
			for _, c := range readPolicy(t, filepath.Join(caseDir, "secrets.json")) {
				if !c.offline {
					skipped++
					t.Logf("%s: skipped, it selects a key sops cannot use offline", c.name)
					continue
				}
				if len(c.undecodable) > 0 {
					sops.assertRefused(t, dir, c.file, c.undecodable)
					refused++
					continue
				}
				got := sops.encryptAndRead(t, dir, c.file)
				if ok, diff := sameRecipients(c.want, got); !ok {
					t.Errorf("%s (%s): recipients in the encrypted file differ from the policy: %s", c.name, c.file, diff)
				}
				encrypted++
			}
		})
	}
	t.Logf("encrypted %d secrets with real sops, %d refused as the analysis predicts, skipped %d", encrypted, refused, skipped)
	if refused == 0 {
		t.Errorf("no secret selected a key keys.Verify rejects; the rw-keys-nix-cannot-decode vector should")
	}
	// The vectors hold 60-odd secrets usable offline; far fewer means the
	// test stopped testing.
	if encrypted < 50 {
		t.Errorf("only %d secrets encrypted; expected at least 50", encrypted)
	}
	if len(aws.encrypted) == 0 || len(aws.roles) == 0 {
		t.Errorf("fakeAWS saw %d KMS Encrypt and %d AssumeRole calls; the vectors have KMS keys with and without roles", len(aws.encrypted), len(aws.roles))
	}
}

// TestUncoveredFileIsRefused: a file no rule matches cannot be encrypted by
// mistake, because the generated .sops.yaml has no catch-all rule and its
// path_regex is anchored at both ends.
func TestUncoveredFileIsRefused(t *testing.T) {
	sops := newSops(t, newFakeAWS(t))
	cases := []struct{ policy, file string }{
		{"spec-example", "secrets/prod/notInPolicy.yaml"},
		{"spec-example", "secrets/prod/apiKey.yml"},       // same secret, other extension
		{"spec-example", "old/secrets/prod/apiKey.yaml"},  // anchored at the start
		{"spec-example", "secrets/prod/apiKey.yaml.orig"}, // anchored at the end
		{"spec-example", "secrets/prod/apiKeyXyaml"},      // the dot is escaped
		{"spec-example", "secrets/staging/apiKey.yaml"},   // another group's directory
		{"empty-policy", "secrets/prod/apiKey.yaml"},      // creation_rules: []
		{"directories-and-files", "deploy/k8s/prod/tls+certs.json.bak"},
		{"directories-and-files", "deploy/k8s/prod/tlsscerts.json"}, // "+" is escaped
	}
	for _, c := range cases {
		t.Run(c.policy+"/"+c.file, func(t *testing.T) {
			rules, err := os.ReadFile(filepath.Join(policiesDir, c.policy, "sops.yaml"))
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			writeSopsYaml(t, dir, rules)
			path := filepath.Join(dir, c.file)
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			before := plaintext(c.file)
			if err := os.WriteFile(path, before, 0o644); err != nil {
				t.Fatal(err)
			}
			stderr, err := sops.encrypt(dir, c.file)
			if err == nil {
				t.Fatalf("sops encrypted %s, which no rule covers", c.file)
			}
			if !strings.Contains(stderr, "no matching creation rules found") {
				t.Errorf("sops failed, but not for want of a rule: %s", stderr)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(after, before) {
				t.Errorf("sops changed the file it refused")
			}
		})
	}
}

// TestRulesApplyFromAnySubdirectory: sops matches path_regex against the
// path relative to .sops.yaml, whatever the working directory.
func TestRulesApplyFromAnySubdirectory(t *testing.T) {
	sops := newSops(t, newFakeAWS(t))
	rules, err := os.ReadFile(filepath.Join(policiesDir, "minimal", "sops.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	writeSopsYaml(t, dir, rules)
	sub := filepath.Join(dir, "secrets", "prod")
	got := sops.encryptAndRead(t, sub, "apiKey.yaml")
	want := readPolicy(t, filepath.Join(policiesDir, "minimal", "secrets.json"))[0].want
	if ok, diff := sameRecipients(want, got); !ok {
		t.Errorf("from secrets/prod: %s", diff)
	}
}
