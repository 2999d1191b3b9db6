package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/check/golden")

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
		{"policy-error.sarif", []string{"--check", "--format", "sarif", "policy-error"}, exitFindings},
		{"handwritten.txt", []string{"--check", "handwritten"}, exitFindings},
		{"handwritten.json", []string{"--check", "--format", "json", "handwritten"}, exitFindings},
		{"handwritten.sarif", []string{"--check", "--format", "sarif", "handwritten"}, exitFindings},
		{"several.txt", []string{"--check", "clean", "handwritten/secrets", "clean/secrets.nix"}, exitFindings},
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
			name := filepath.Join("golden", c.golden)
			if *update {
				if err := os.WriteFile(name, stdout.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(name)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if stdout.String() != string(want) {
				t.Errorf("output differs from %s (run with -update and review the diff):\n%s", name, stdout.String())
			}
		})
	}
}
