package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// -update-check-golden rewrites the golden outputs of the CI gate
// (testdata/check/golden, testdata/check-realworld/golden). It has its own
// name: lsptest, which serve_test.go imports, defines -update.
var updateGolden = flag.Bool("update-check-golden", false, "rewrite testdata/check/golden and testdata/check-realworld/golden")

// compareGolden compares got with the golden file name, or rewrites it.
func compareGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	if *updateGolden {
		if err := os.WriteFile(name, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(name)
	if err != nil {
		t.Fatalf("%v (run with -update-check-golden to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("output differs from %s (run with -update-check-golden and review the diff):\n%s", name, got)
	}
}

const checkTestdata = "../../testdata/check"

// recipientKey returns the public key of a fixture recipient
// (testdata/check/recipients.txt).
func recipientKey(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(checkTestdata, "recipients.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if n, key, ok := strings.Cut(line, " "); ok && n == name {
			return key
		}
	}
	t.Fatalf("no recipient %s in recipients.txt", name)
	return ""
}

// TestCheckGolden runs the CI gate on the fixture repositories of
// testdata/check, from that directory, in every format, and compares its
// output and exit status with golden/.
func TestCheckGolden(t *testing.T) {
	bob := recipientKey(t, "bob")
	cases := []struct {
		golden string
		args   []string
		exit   int
	}{
		{"clean.txt", []string{"--check", "clean"}, exitOK},
		{"clean.json", []string{"--check", "--format", "json", "clean"}, exitOK},
		{"clean.sarif", []string{"--check", "--format=sarif", "clean"}, exitOK},
		{"clean.github", []string{"--format", "github", "--check", "clean"}, exitOK},
		{"broken.txt", []string{"--check", "broken"}, exitFindings},
		{"broken.json", []string{"--check", "--format", "json", "broken"}, exitFindings},
		{"broken.sarif", []string{"--check", "--format", "sarif", "broken"}, exitFindings},
		{"broken.github", []string{"--check", "--format", "github", "broken"}, exitFindings},
		{"broken-quiet.txt", []string{"--check", "--quiet", "broken"}, exitFindings},
		{"policy-error.txt", []string{"--check", "policy-error"}, exitFindings},
		// Nix stops at a syntax error: it is all the policy tells.
		{"syntax-error.txt", []string{"--check", "syntax-error"}, exitFindings},
		{"policy-error.sarif", []string{"--check", "--format", "sarif", "policy-error"}, exitFindings},
		{"handwritten.txt", []string{"--check", "handwritten"}, exitFindings},
		{"handwritten.json", []string{"--check", "--format", "json", "handwritten"}, exitFindings},
		{"handwritten.sarif", []string{"--check", "--format", "sarif", "handwritten"}, exitFindings},
		{"several.txt", []string{"--check", "clean", "handwritten/secrets", "clean/secrets.nix"}, exitFindings},
		// Columns after non-ASCII text: bytes in text, UTF-16 code units in SARIF.
		{"unicode.txt", []string{"--check", "unicode"}, exitFindings},
		{"unicode.sarif", []string{"--check", "--format", "sarif", "unicode"}, exitFindings},
		{"who.txt", []string{"broken", "--who-can-decrypt"}, exitOK},
		{"who.json", []string{"--format", "json", "broken", "--who-can-decrypt="}, exitOK},
		{"who.sarif", []string{"--format", "sarif", "broken", "--who-can-decrypt"}, exitOK},
		{"who.github", []string{"--format", "github", "broken", "--who-can-decrypt"}, exitOK},
		{"who-alice.txt", []string{"--who-can-decrypt", "alice", "broken"}, exitOK},
		{"who-bob-key.txt", []string{"--who-can-decrypt", bob, "broken"}, exitOK},
		{"who-bob-key.json", []string{"--who-can-decrypt=" + bob, "--format", "json", "broken"}, exitOK},
		{"who-handwritten.txt", []string{"handwritten", "--who-can-decrypt"}, exitOK},
	}
	t.Chdir(checkTestdata)
	t.Setenv("NO_COLOR", "")
	for _, c := range cases {
		t.Run(c.golden, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(c.args, nil, &stdout, &stderr); code != c.exit {
				t.Errorf("exit status %d, want %d; stderr:\n%s", code, c.exit, stderr.String())
			}
			if stderr.Len() > 0 {
				t.Errorf("stderr:\n%s", stderr.String())
			}
			compareGolden(t, filepath.Join("golden", c.golden), stdout.Bytes())
		})
	}
}

func TestCheckUsageErrors(t *testing.T) {
	empty := t.TempDir()
	for _, c := range []struct {
		args []string
		want string // in stderr
	}{
		{[]string{"--check", "--format", "xml"}, `unknown format "xml"`},
		{[]string{"--check", "--format"}, "flag --format needs a value"},
		{[]string{"--check", "--color=sometimes"}, "--color must be auto, always or never"},
		{[]string{"--check", "--quiet=yes"}, "flag --quiet takes no value"},
		{[]string{"--check", "--frobnicate"}, "unknown flag --frobnicate"},
		{[]string{"--who-can-decrypt=alice", "a", "b"}, "at most one PATH"},
		{[]string{"--check", filepath.Join(empty, "nowhere")}, "no such file or directory"},
		{[]string{"--check", empty}, "no flake.nix in it or above it"},
		{[]string{"--who-can-decrypt", "mallory", filepath.Join(checkTestdata, "broken")}, `no recipient is called "mallory"`},
		{[]string{"--write-sops-yaml", filepath.Join(checkTestdata, "handwritten")}, "does not use flake.secrets"},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(c.args, nil, &stdout, &stderr); code != exitUsage {
			t.Errorf("%q: exit status %d, want %d", c.args, code, exitUsage)
		}
		if !strings.Contains(stderr.String(), c.want) {
			t.Errorf("%q: stderr does not say %q:\n%s", c.args, c.want, stderr.String())
		}
	}
}

func TestCheckVersionAndHelp(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--check", "--version"}, "secrets-lsp " + version + "\n"},
		{[]string{"--check", "--help"}, checkUsage},
		{[]string{"--who-can-decrypt", "-h"}, checkUsage},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(c.args, nil, &stdout, &stderr); code != exitOK || stdout.String() != c.want {
			t.Errorf("%q: exit %d, stdout %q", c.args, code, stdout.String())
		}
	}
}

func TestCheckColor(t *testing.T) {
	var stdout, stderr bytes.Buffer
	run([]string{"--check", "--color=always", filepath.Join(checkTestdata, "broken")}, nil, &stdout, &stderr)
	if !strings.Contains(stdout.String(), "\x1b[") {
		t.Error("--color=always does not colour")
	}
	stdout.Reset()
	run([]string{"--check", filepath.Join(checkTestdata, "broken")}, nil, &stdout, &stderr)
	if strings.Contains(stdout.String(), "\x1b[") {
		t.Error("colour on output that is not a terminal")
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	if useColor("auto", w) {
		t.Error("colour on a pipe")
	}
	t.Setenv("NO_COLOR", "1")
	if useColor("auto", os.Stdout) {
		t.Error("colour with NO_COLOR set")
	}
}

// copyTree copies a fixture repository into a temporary directory.
func copyTree(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	return dst
}

// TestWriteSopsYAML regenerates a drifted .sops.yaml: written atomically
// with its mode kept, the check that follows sees no drift, a second run
// writes nothing; a policy with errors is never written.
func TestWriteSopsYAML(t *testing.T) {
	dir := copyTree(t, filepath.Join(checkTestdata, "broken"))
	name := filepath.Join(dir, ".sops.yaml")
	if err := os.Chmod(name, 0o640); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := run([]string{"--write-sops-yaml", dir}, nil, &stdout, &stderr)
	if code != exitFindings || !strings.Contains(stderr.String(), "secrets-lsp: wrote ") {
		t.Fatalf("exit %d (the other errors remain), stderr:\n%s", code, stderr.String())
	}
	if strings.Contains(stdout.String(), "sops-yaml-drift") {
		t.Errorf("drift after writing:\n%s", stdout.String())
	}
	info, err := os.Stat(name)
	if err != nil || info.Mode().Perm() != 0o640 {
		t.Errorf("mode after writing: %v, %v", info.Mode(), err)
	}
	written, _ := os.ReadFile(name)
	if !strings.HasPrefix(string(written), "# Generated from flake.secrets") || !strings.Contains(string(written), "# web (target)") {
		t.Errorf("written .sops.yaml:\n%s", written)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
	stderr.Reset()
	run([]string{"--write-sops-yaml", "--quiet", dir}, nil, &stdout, &stderr)
	if !strings.Contains(stderr.String(), "is up to date") {
		t.Errorf("second run: %s", stderr.String())
	}

	bad := copyTree(t, filepath.Join(checkTestdata, "policy-error"))
	stderr.Reset()
	if code := run([]string{"--write-sops-yaml", bad}, nil, &stdout, &stderr); code != exitFindings || !strings.Contains(stderr.String(), "the policy has errors") {
		t.Errorf("policy with errors: exit %d, stderr:\n%s", code, stderr.String())
	}
	if _, err := os.Stat(filepath.Join(bad, ".sops.yaml")); err == nil {
		t.Error("a .sops.yaml was written for a policy with errors")
	}
}

// TestPreCommitHooks reads .pre-commit-hooks.yaml as pre-commit would: the
// fields it requires, and entries this command accepts.
func TestPreCommitHooks(t *testing.T) {
	data, err := os.ReadFile("../../.pre-commit-hooks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var hooks []struct {
		ID            string `yaml:"id"`
		Name          string `yaml:"name"`
		Entry         string `yaml:"entry"`
		Language      string `yaml:"language"`
		PassFilenames *bool  `yaml:"pass_filenames"`
		AlwaysRun     bool   `yaml:"always_run"`
	}
	if err := yaml.Unmarshal(data, &hooks); err != nil {
		t.Fatal(err)
	}
	if len(hooks) == 0 {
		t.Fatal("no hook")
	}
	for _, h := range hooks {
		if h.ID == "" || h.Name == "" || h.Entry == "" || (h.Language != "golang" && h.Language != "system") {
			t.Errorf("incomplete hook %+v", h)
		}
		// pre-commit would append file names; the check takes directories.
		if h.PassFilenames == nil || *h.PassFilenames || !h.AlwaysRun {
			t.Errorf("%s: must not pass file names and must always run", h.ID)
		}
		fields := strings.Fields(h.Entry)
		if fields[0] != "secrets-lsp" {
			t.Errorf("%s: entry runs %s", h.ID, fields[0])
		}
		if _, err := parseCheckArgs(fields[1:]); err != nil {
			t.Errorf("%s: %v", h.ID, err)
		}
	}
}
