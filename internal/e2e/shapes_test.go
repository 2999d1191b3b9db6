package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSopsYamlShapes pins what sops 3.13 does with the .sops.yaml spellings
// the module could have chosen (docs/policy.md relies on these facts): key
// lists as block lists with comments, flow lists or comma-separated strings;
// SSH keys with and without comments; a comment that a "#" in an SSH comment
// would start; repeated keys; a misspelt field.
func TestSopsYamlShapes(t *testing.T) {
	sops := newSops(t, newFakeAWS(t))
	a1 := goldenKey(t, "selection-order", "prod", "alice")
	a2 := goldenKey(t, "selection-order", "prod", "carol")
	pq := goldenKey(t, "age-post-quantum", "prod", "alice")
	ssh := goldenKey(t, "ssh-keys", "prod", "alice") // with its comment "alice@example.com"
	sshBare := writtenKey("age", ssh)
	cases := []struct {
		name  string
		rule  string // the lines after path_regex, indented by four spaces
		want  []string
		error string // when sops must refuse: a part of its message
	}{
		{"block list with comments (the module's shape)", "age:\n      - " + a1 + " # alice (admin)\n      - " + a2 + " # bob (admin)", []string{a1, a2}, ""},
		{"flow list", "age: [" + a1 + ", " + a2 + "]", []string{a1, a2}, ""},
		{"comma-separated string", "age: " + a1 + "," + a2, []string{a1, a2}, ""},
		{"comma and space", "age: " + a1 + ", " + a2, []string{a1, a2}, ""},
		{"post-quantum beside X25519", "age:\n      - " + pq + "\n      - " + a1, []string{pq, a1}, ""},
		{"SSH key without comment", "age:\n      - " + sshBare + " # alice (admin)", []string{sshBare}, ""},
		// The comment ends up in the file's metadata: the module drops it so
		// that metadata and policy spell the key alike.
		{"SSH key with comment", "age:\n      - " + ssh, []string{ssh}, ""},
		// YAML reads " #laptop" as a comment: the key's comment is cut short
		// without a word (why the module rejects "#" in SSH comments).
		{"SSH comment with #", "age:\n      - " + sshBare + " alice #laptop", []string{sshBare + " alice"}, ""},
		// A key listed twice wraps the data key twice (why rules dedupe).
		{"repeated key", "age:\n      - " + a1 + "\n      - " + a1, []string{a1, a1}, ""},
		// An unknown field is ignored: here nothing is left to encrypt for.
		{"misspelt field", "agee:\n      - " + a1, nil, "empty key group provided"},
		{"empty lists", "age: []\n    pgp: []", nil, "empty key group provided"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			writeSopsYaml(t, dir, []byte("creation_rules:\n  - path_regex: ^s\\.yaml$\n    "+c.rule+"\n"))
			if err := os.WriteFile(filepath.Join(dir, "s.yaml"), plaintext("s.yaml"), 0o644); err != nil {
				t.Fatal(err)
			}
			stderr, err := sops.encrypt(dir, "s.yaml")
			if c.error != "" {
				if err == nil || !strings.Contains(stderr, c.error) {
					t.Fatalf("want sops to fail with %q, got err=%v stderr=%s", c.error, err, stderr)
				}
				return
			}
			if err != nil {
				t.Fatalf("sops -e: %v\n%s", err, stderr)
			}
			data, err := os.ReadFile(filepath.Join(dir, "s.yaml"))
			if err != nil {
				t.Fatal(err)
			}
			got, err := metadataRecipients("s.yaml", data)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(got["age"], "\n") != strings.Join(c.want, "\n") {
				t.Errorf("age recipients in metadata:\n got %q\nwant %q", got["age"], c.want)
			}
		})
	}
}

// goldenKey returns the first key of a recipient in a golden vector.
func goldenKey(t *testing.T, caseName, group, name string) string {
	t.Helper()
	for _, c := range readPolicy(t, filepath.Join(policiesDir, caseName, "secrets.json")) {
		if !strings.HasPrefix(c.name, group+"/") {
			continue
		}
		for _, r := range c.recipients {
			if r.Name == name && len(r.Keys) > 0 {
				return r.Keys[0].Key
			}
		}
	}
	t.Fatalf("%s: no recipient %s in group %s", caseName, name, group)
	return ""
}
