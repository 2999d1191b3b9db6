package sopsfile

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/secrets-lsp/secrets-lsp/keys"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

var update = flag.Bool("update", false, "rewrite the .golden files of testdata/sopsfile")

const fixtures = "../testdata/sopsfile"

// render describes what Read found in a file, positions as line:column,
// for the golden files.
func render(f *File, err error) string {
	var b strings.Builder
	if err != nil {
		fmt.Fprintf(&b, "error: %v\n", err)
		return b.String()
	}
	lc := func(p token.Pos) string {
		pos := f.Source.Position(p)
		return fmt.Sprintf("%d:%d", pos.Line, pos.Column)
	}
	fmt.Fprintf(&b, "format: %s", f.Format)
	if f.Sniffed {
		b.WriteString(" (sniffed)")
	}
	b.WriteString("\n")
	if m := f.Metadata; m == nil {
		b.WriteString("metadata: none\n")
	} else {
		fmt.Fprintf(&b, "metadata: %s\n", lc(m.Pos))
		fmt.Fprintf(&b, "  version %q, lastmodified %s, mac %v\n", m.Version, m.LastModified.Format("2006-01-02T15:04:05Z07:00"), m.MAC != "")
		source := "flat keys"
		if m.FromKeyGroups {
			source = "key_groups"
		}
		fmt.Fprintf(&b, "  %d of %d groups (%s), shamir_threshold %d\n", m.Threshold(), len(m.KeyGroups), source, m.ShamirThreshold)
		for _, s := range []struct{ name, v string }{
			{"unencrypted_suffix", m.UnencryptedSuffix}, {"encrypted_suffix", m.EncryptedSuffix},
			{"unencrypted_regex", m.UnencryptedRegex}, {"encrypted_regex", m.EncryptedRegex},
			{"unencrypted_comment_regex", m.UnencryptedCommentRegex}, {"encrypted_comment_regex", m.EncryptedCommentRegex},
		} {
			if s.v != "" {
				fmt.Fprintf(&b, "  %s %q\n", s.name, s.v)
			}
		}
		if m.MACOnlyEncrypted {
			b.WriteString("  mac_only_encrypted\n")
		}
		for i, g := range m.KeyGroups {
			fmt.Fprintf(&b, "  group %d at %s\n", i+1, lc(g.Pos))
			for _, r := range g.Recipients {
				wrapped := ""
				if !r.Wrapped {
					wrapped = " (no enc)"
				}
				fmt.Fprintf(&b, "    %s %s at %s%s\n", r.Type, keys.Short(r.Type, r.Key), lc(r.Pos), wrapped)
			}
		}
	}
	b.WriteString("plaintext:\n")
	for _, l := range f.Plaintext {
		kind := "value"
		if l.Comment {
			kind = "comment"
		}
		fmt.Fprintf(&b, "  %s %s at %s\n", kind, l.Path, lc(l.Pos))
	}
	b.WriteString("issues:\n")
	for _, is := range f.Issues {
		fmt.Fprintf(&b, "  %s %s %s: %s\n", lc(is.Pos), is.Severity, is.Code, is.Message)
	}
	return b.String()
}

// TestGolden reads every fixture and compares what it finds with the
// .golden file beside it (go test ./sopsfile -update rewrites them; review
// the diff). No golden text may contain a fixture's fake secret values.
func TestGolden(t *testing.T) {
	var files []string
	err := filepath.WalkDir(fixtures, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || filepath.Dir(path) == fixtures || strings.HasSuffix(path, ".golden") {
			return nil
		}
		files = append(files, path)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 30 {
		t.Fatalf("found only %d fixtures", len(files))
	}
	for _, path := range files {
		rel, _ := filepath.Rel(fixtures, path)
		t.Run(rel, func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			got := render(Read(filepath.ToSlash(rel), src))
			if strings.Contains(got, "FAKE") || strings.Contains(got, "hunter") {
				t.Errorf("the report shows a value:\n%s", got)
			}
			golden := path + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./sopsfile -update)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s:\n--- got\n%s--- want\n%s", rel, golden, got, want)
			}
		})
	}
}

// The recipients of the generated fixtures are the keys generate.sh used.
func TestFixtureRecipients(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(fixtures, "recipients.txt"))
	if err != nil {
		t.Fatal(err)
	}
	key := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		name, k, _ := strings.Cut(line, "\t")
		key[name] = k
	}
	type want struct {
		typ keys.Type
		key string
	}
	age := func(name string) want { return want{keys.Age, key[name]} }
	tests := []struct {
		file   string
		groups [][]want
	}{
		{"yaml/basic.yaml", [][]want{{age("a"), age("b")}}},
		{"json/basic.json", [][]want{{age("a"), age("b")}}},
		{"dotenv/basic.env", [][]want{{age("a"), age("b")}}},
		{"ini/basic.ini", [][]want{{age("a"), age("b")}}},
		{"binary/basic.bin", [][]want{{age("a"), age("b")}}},
		{"yaml/key-groups.yaml", [][]want{{age("a")}, {{keys.PGP, key["pgp"]}, age("b")}}},
		{"dotenv/key-groups.env", [][]want{{age("a")}, {{keys.PGP, key["pgp"]}, age("b")}}},
		{"ini/key-groups.ini", [][]want{{age("a")}, {{keys.PGP, key["pgp"]}, age("b")}}},
		{"json/key-groups.json", [][]want{{age("a")}, {{keys.PGP, key["pgp"]}, age("b")}}},
		{"yaml/recipients.yaml", [][]want{{{keys.PGP, key["pgp"]}, age("a"), age("pq"), age("ssh")}}},
		{"misnamed/secret.txt", [][]want{{age("a")}}},
	}
	for _, tt := range tests {
		f, err := ReadFS(os.DirFS(fixtures), tt.file)
		if err != nil {
			t.Errorf("%s: %v", tt.file, err)
			continue
		}
		if f.Metadata == nil {
			t.Errorf("%s: no metadata", tt.file)
			continue
		}
		var got [][]want
		for _, g := range f.Metadata.KeyGroups {
			var ws []want
			for _, r := range g.Recipients {
				ws = append(ws, want{r.Type, r.Key})
			}
			got = append(got, ws)
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.groups) {
			t.Errorf("%s: groups\n got %v\nwant %v", tt.file, got, tt.groups)
		}
		for _, g := range f.Metadata.KeyGroups {
			for _, r := range g.Recipients {
				if keys.Verify(r.Type, r.Key) != nil {
					t.Errorf("%s: recipient %s is not a valid key: %v", tt.file, r.Key, keys.Verify(r.Type, r.Key))
				}
			}
		}
	}
}

func TestReadFS(t *testing.T) {
	fsys := fstest.MapFS{
		"dir":          &fstest.MapFile{Mode: fs.ModeDir},
		"small.yaml":   &fstest.MapFile{Data: []byte("a: b\n")},
		"huge.bin":     &fstest.MapFile{Data: make([]byte, MaxFileSize+1)},
		"missing.yaml": nil,
	}
	if f, err := ReadFS(fsys, "small.yaml"); err != nil || f.Encrypted() || len(f.Plaintext) != 1 {
		t.Errorf("small.yaml: %v, %v", f, err)
	}
	for _, name := range []string{"dir", "huge.bin", "nope.yaml"} {
		if _, err := ReadFS(fsys, name); err == nil {
			t.Errorf("ReadFS(%q) succeeded", name)
		}
	}
	_, err := ReadFS(fsys, "huge.bin")
	if e, ok := err.(*Error); !ok || !strings.Contains(e.Error(), "huge.bin:1:1: file too large") {
		t.Errorf("huge.bin: %v", err)
	}
}

// TestEncryptionDecisions checks the shouldBeEncrypted rules against what
// the real sops did: in every generated fixture, replacing each ciphertext
// by a clear value must make exactly those values plaintext. (The fixture
// itself has none, so the rules ask for no more than sops encrypted; the
// counts match, so they ask for no less.)
func TestEncryptionDecisions(t *testing.T) {
	enc := regexp.MustCompile(`ENC\[AES256_GCM,[^\]]*\]`)
	mac := regexp.MustCompile(`(?m)^\s*"?(sops_)?mac"?\s*[:=]\s*"?ENC\[`)
	for _, dir := range []string{"yaml", "json", "dotenv", "ini", "binary"} {
		paths, _ := filepath.Glob(filepath.Join(fixtures, dir, "*"))
		for _, path := range paths {
			if strings.HasSuffix(path, ".golden") {
				continue
			}
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want := len(enc.FindAll(src, -1)) - len(mac.FindAll(src, -1))
			clear := enc.ReplaceAll(src, []byte("CLEAR"))
			f, err := Read(path, clear)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			if len(f.Plaintext) != want || want == 0 {
				t.Errorf("%s: %d ciphertexts, but %d leaves should have been encrypted: %v", path, want, len(f.Plaintext), f.Plaintext)
			}
		}
	}
}

// TestLeavesAgreeWithSops reads the quirky plain inputs of generate.sh and
// what sops encrypted from them: every value we read is one sops read (and
// encrypted), under the same path.
func TestLeavesAgreeWithSops(t *testing.T) {
	enc := regexp.MustCompile(`ENC\[AES256_GCM,[^\]]*\]`)
	values := func(f *File) []string {
		var out []string
		for _, l := range f.Plaintext {
			if !l.Comment {
				out = append(out, l.Path)
			}
		}
		return out
	}
	for _, pair := range [][2]string{{"plain/quirks.ini", "ini/quirks.ini"}, {"plain/quirks.yaml", "yaml/quirks.yaml"}} {
		plainSrc, err := os.ReadFile(filepath.Join(fixtures, pair[0]))
		if err != nil {
			t.Fatal(err)
		}
		encSrc, err := os.ReadFile(filepath.Join(fixtures, pair[1]))
		if err != nil {
			t.Fatal(err)
		}
		plain, err := Read(pair[0], plainSrc)
		if err != nil {
			t.Fatal(err)
		}
		encrypted, err := Read(pair[1], enc.ReplaceAll(encSrc, []byte("CLEAR")))
		if err != nil {
			t.Fatal(err)
		}
		got, want := values(plain), values(encrypted)
		if strings.Join(got, " ") != strings.Join(want, " ") || len(got) < 8 {
			t.Errorf("%s: we read values\n%q\nsops encrypted\n%q", pair[0], got, want)
		}
	}
}

// BenchmarkRead measures one typical encrypted file per store; --check
// reads one per secret.
func BenchmarkRead(b *testing.B) {
	for _, name := range []string{"yaml/basic.yaml", "json/basic.json", "dotenv/basic.env", "ini/basic.ini", "binary/basic.bin"} {
		src, err := os.ReadFile(filepath.Join(fixtures, name))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Read(name, src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReadLarge reads a file in clear of 100,000 keys (4 MB), the
// shape of a huge file committed by mistake: every step must stay linear
// in the number of keys (the duplicate-key search was quadratic once: 17 s
// for 40,000 keys).
func BenchmarkReadLarge(b *testing.B) {
	src := []byte(manyKeys(100_000))
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := Read("large.yaml", src); err != nil {
			b.Fatal(err)
		}
	}
}
