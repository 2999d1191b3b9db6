package sopsfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

var fuzzNames = []string{"a.yaml", "a.json", "a.env", "a.ini", "a.bin"}

func addFixtureSeeds(f *testing.F, add func(name string, src []byte)) {
	_ = filepath.WalkDir(fixtures, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(path, ".golden") || strings.HasSuffix(path, ".sh") {
			return err
		}
		if src, err := os.ReadFile(path); err == nil && len(src) < 3000 { // small seeds keep minimizing fast
			add(filepath.Base(path), src)
		}
		return nil
	})
}

// FuzzRead checks that the readers never panic or hang on any input, that
// a failure is an *Error with a position inside the file, and that every
// position they report is inside the file.
func FuzzRead(f *testing.F) {
	addFixtureSeeds(f, func(name string, src []byte) {
		for i, n := range fuzzNames {
			if filepath.Ext(n) == filepath.Ext(name) {
				f.Add(uint8(i), src)
			}
		}
	})
	f.Add(uint8(0), []byte("a: &a [*a]\n"))
	f.Add(uint8(3), []byte("[s]\nk = \"\"\"x\n"))
	f.Fuzz(func(t *testing.T, which uint8, src []byte) {
		name := fuzzNames[int(which)%len(fuzzNames)]
		file, err := Read(name, src)
		inside := func(what string, p token.Pos) {
			if p < 0 || int(p) > len(src) {
				t.Fatalf("%s at %d, outside a %d-byte file", what, p, len(src))
			}
		}
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error of type %T: %v", err, err)
			}
			inside("error", e.Offset)
			if e.Position.Line < 1 {
				t.Fatalf("error without a line: %v", err)
			}
			return
		}
		for _, l := range file.Plaintext {
			inside("leaf "+l.Path, l.Pos)
		}
		for _, is := range file.Issues {
			inside("issue "+is.Code, is.Pos)
			if is.Code == "" || is.Message == "" {
				t.Fatalf("issue without code or message: %+v", is)
			}
		}
		if m := file.Metadata; m != nil {
			inside("metadata", m.Pos)
			for _, r := range m.Recipients() {
				inside("recipient", r.Pos)
			}
			_ = m.Threshold()
		}
	})
}

// FuzzReadConfig does the same for .sops.yaml, and asks for a rule.
func FuzzReadConfig(f *testing.F) {
	seeds, _ := filepath.Glob("../testdata/policies/*/sops.yaml")
	for _, s := range seeds {
		if src, err := os.ReadFile(s); err == nil {
			f.Add(src)
		}
	}
	f.Add([]byte("creation_rules:\n  - path_regex: ^a/\n    key_groups:\n      - merge: [{age: [x]}]\n"))
	f.Add([]byte("creation_rules:\n  - path_regex: (\n  - {}\n  - age: 'a,b, c'\n"))
	// Real repositories' own files: keys as anchors, aliases, key groups.
	upstream, _ := filepath.Glob("../testdata/check-realworld/*.upstream.sops.yaml")
	for _, s := range upstream {
		if src, err := os.ReadFile(s); err == nil {
			f.Add(src)
		}
	}
	f.Add([]byte("k: &k [x, x, x, x]\nl: &l [*k, *k, *k, *k]\nm: [*l, *l, *l, *l]\n" +
		"creation_rules:\n  - <<: {age: *k}\n    path_regex: ^a$\n  - <<: [*k]\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		c, err := ReadConfig(".sops.yaml", src)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Offset < 0 || int(e.Offset) > len(src) {
				t.Fatalf("bad error %v", err)
			}
			return
		}
		for _, is := range c.Issues {
			if is.Pos < 0 || int(is.Pos) > len(src) {
				t.Fatalf("issue %s at %d, outside a %d-byte file", is.Code, is.Pos, len(src))
			}
		}
		for _, r := range c.Rules {
			for _, k := range r.Keys() {
				if k.Pos < 0 || int(k.Pos) > len(src) {
					t.Fatalf("key at %d, outside a %d-byte file", k.Pos, len(src))
				}
			}
			_ = r.CatchAll()
		}
		_, _ = c.RuleFor("secrets/prod/a.yaml")
	})
}

// sopsCiphertext is SOPS' own pattern, the specification of isCiphertext.
var sopsCiphertext = regexp.MustCompile(`^ENC\[AES256_GCM,data:(.+),iv:(.+),tag:(.+),type:(.+)\]`)

// FuzzCiphertext checks that isCiphertext decides exactly SOPS' pattern.
func FuzzCiphertext(f *testing.F) {
	for _, s := range []string{
		enc, "ENC[AES256_GCM,data:,iv:x,tag:x,type:x]", "ENC[AES256_GCM,data:a,iv:b,tag:c,type:d]",
		"ENC[AES256_GCM,data:a,iv:,tag:c,type:d]tail", "ENC[AES256_GCM,data:a,iv:b\n,tag:c,type:d]",
		"ENC[AES256_GCM,data:a,iv:b,tag:c,type:d\n]", "ENC[AES256_GCM,data:,iv:,iv:b,tag:c,type:d]",
		"ENC[AES256_GCM,data:a,iv:b,tag:c,type:]]", "ENC[AES256_GCM,data:a,tag:c,iv:b,type:d]", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isCiphertext(s), sopsCiphertext.MatchString(s); got != want {
			t.Fatalf("isCiphertext(%q) = %v, SOPS' pattern says %v", s, got, want)
		}
	})
}
