package sopsfile

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
	"gopkg.in/yaml.v3"
)

// yamlInputs returns every YAML file of the repository's test data: what
// sops writes (the check and sopsfile fixtures, real repositories' files)
// and what people write by hand.
func yamlInputs(t testing.TB) map[string][]byte {
	out := map[string][]byte{}
	for _, root := range []string{"../testdata", "../examples"} {
		filepath.WalkDir(root, func(name string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() && d.Name() == "node_modules" {
				return fs.SkipDir
			}
			if strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".yml") {
				if src, err := os.ReadFile(name); err == nil {
					out[name] = src
				}
			}
			return nil
		})
	}
	if len(out) < 50 {
		t.Fatalf("only %d YAML files found", len(out))
	}
	return out
}

// sameAsYAMLv3 reports how the fast reader's tree of src differs from the
// one built from yaml.v3's, or "" when the fast reader gives up or they
// are the same.
func sameAsYAMLv3(src []byte) (accepted bool, diff string) {
	tf := token.NewFile("f.yaml", src)
	fast, ok := parseYAMLFast(tf)
	if !ok {
		return false, ""
	}
	slow, err := parseYAMLv3(tf)
	if err != nil {
		return true, "yaml.v3 fails: " + err.Error()
	}
	if !reflect.DeepEqual(fast, slow) {
		return true, "fast:\n" + dumpDoc(tf, fast) + "yaml.v3:\n" + dumpDoc(tf, slow)
	}
	return true, ""
}

func dumpDoc(tf *token.File, d *document) string {
	var b strings.Builder
	var walk func(n *node, depth int)
	walk = func(n *node, depth int) {
		p := tf.Position(n.pos)
		b.WriteString(strings.Repeat("  ", depth))
		b.WriteString(strings.Join([]string{[]string{"null", "scalar", "mapping", "sequence", "comment"}[n.kind], "key=" + n.key,
			"text=" + strings.ReplaceAll(n.text, "\n", `\n`), p.String()}, " "))
		if n.badKey {
			b.WriteString(" badKey")
		}
		if n.isString {
			b.WriteString(" string")
		}
		b.WriteString("\n")
		for _, c := range n.children {
			walk(c, depth+1)
		}
	}
	for _, br := range d.branches {
		walk(br, 0)
	}
	return b.String()
}

// TestFastYAMLAgrees reads every YAML file of the test data with both
// readers: where the fast one accepts a file, the trees are the same; and
// it accepts what sops writes.
func TestFastYAMLAgrees(t *testing.T) {
	accepted := 0
	for name, src := range yamlInputs(t) {
		ok, diff := sameAsYAMLv3(src)
		if diff != "" {
			t.Errorf("%s:\n%s", name, diff)
		}
		if ok {
			accepted++
		}
	}
	t.Logf("the fast reader read %d files", accepted)
	for _, name := range []string{
		"../testdata/check-realworld/nix-community-infra/secrets.yaml",                            // sops 3.9
		"../testdata/check-realworld/sops-nix/pkgs/sops-install-secrets/test-assets/secrets.yaml", // 3.7, pgp and age
		"../testdata/check-realworld/sops-examples/functional-tests/res/multiple_keys.yaml",       // 3.3, indentless "-   "
		"../testdata/check-realworld/doctor-cluster-config/modules/secrets.yml",                   // 3.10
		"../testdata/check-realworld/bjw-s-home-ops/kubernetes/main/flux/vars/cluster-secrets.sops.yaml",
	} {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := parseYAMLFast(token.NewFile(name, src)); !ok {
			t.Errorf("the fast reader gives up on %s, which sops wrote", name)
		}
	}
}

// FuzzFastYAML: whatever the fast reader accepts, yaml.v3 reads to the
// same tree.
func FuzzFastYAML(f *testing.F) {
	for _, src := range yamlInputs(f) {
		f.Add(src)
	}
	for _, s := range []string{
		"a: 1\nb:\n  - x\n  - 'y''z'\n  - \"q\"\n",
		"k:\n- a: |\n    x\n\n    y\n  b: |-\n    z\n",
		"a: []\nb: {}\nc: ~\nd: null\ne: 0x1F\nf: 2001-12-14\ng: .5\nh: yes\n1: x\ntrue: y\n",
		"\n\nsops:\n    pgp:\n    -   created_at: '2019-08-29T22:42:03Z'\n        enc: |-\n            BEGIN\n\n            x\n        fp: AB\n    version: 3.3.1\n",
		"a: http://x:8200/v1 \nb: a:b\nc: x y  \nd: \"\"\ne: ''\n",
		"a:\n  b:\n    c: |\n      x\n        y\n\n\n  d: e\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if _, diff := sameAsYAMLv3(src); diff != "" {
			t.Errorf("%q:\n%s", src, diff)
		}
	})
}

// TestCRLF reads every YAML, JSON and INI file of the test data again with
// CRLF line endings (as a checkout with core.autocrlf makes them): the
// same metadata, values in clear and issues, at the same lines and
// columns. The fast YAML reader leaves such files to yaml.v3.
func TestCRLF(t *testing.T) {
	n := 0
	for _, root := range []string{"../testdata/sopsfile", "../testdata/check", "../testdata/check-realworld"} {
		filepath.WalkDir(root, func(name string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() && d.Name() == "node_modules" {
				return fs.SkipDir
			}
			format := FormatForPath(name)
			if d.IsDir() || format == Dotenv || format == Binary || strings.HasSuffix(name, ".golden") {
				return nil // dotenv keeps the CR in its values, as SOPS does
			}
			src, err := os.ReadFile(name)
			if err != nil || strings.Contains(string(src), "\r") || !strings.Contains(string(src), "sops") {
				return nil
			}
			crlf := []byte(strings.ReplaceAll(string(src), "\n", "\r\n"))
			if got, want := render(Read(name, crlf)), render(Read(name, src)); got != want {
				t.Errorf("%s with CRLF:\n%s\nwith LF:\n%s", name, got, want)
			}
			n++
			return nil
		})
	}
	if n < 40 {
		t.Errorf("only %d files read", n)
	}
}

// TestPlainTag: the resolver's shortcut gives yaml.v3's tag for every
// kind of plain scalar, and for every first byte.
func TestPlainTag(t *testing.T) {
	inputs := []string{"", "ENC[AES256_GCM,data:x,iv:x,tag:x,type:str]", "true", "True", "yes", "on", "Off", "null", "Null", "~",
		"<<", "<a", "1", "-1", "+1", "0x1F", "0o17", "1.5", ".inf", "-.inf", ".nan", ".", "2026-01-02", "2026-01-02T03:04:05Z", "abc", "é"}
	for b := range 256 {
		inputs = append(inputs, string([]byte{byte(b)}), string([]byte{byte(b), '1'}))
	}
	for _, s := range inputs {
		if got, want := plainTag(s), (&yaml.Node{Kind: yaml.ScalarNode, Value: s}).ShortTag(); got != want {
			t.Errorf("plainTag(%q) = %s, yaml.v3 says %s", s, got, want)
		}
	}
}
