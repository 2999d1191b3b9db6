package nixparse_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/nixparse"
)

// TestReadFile checks the resolution nix-instantiate applies to a file
// argument: relative to the working directory, a symbolic link followed to
// its target (whose directory relative paths then use), a directory read as
// its default.nix.
func TestReadFile(t *testing.T) {
	wd := t.TempDir()
	write := func(name, src string) {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(wd, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(wd, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.nix", "1")
	write("dir/default.nix", "2")
	write("sub/target.nix", "3")
	if err := os.Symlink("sub/target.nix", filepath.Join(wd, "link.nix")); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, path, src string }{
		{"a.nix", "a.nix", "1"},
		{filepath.Join(wd, "a.nix"), "a.nix", "1"},
		{"dir", "dir/default.nix", "2"},
		{"link.nix", "sub/target.nix", "3"},
	}
	var buf []byte
	for _, tt := range tests {
		path, src, err := nixparse.ReadFile(wd, tt.name, buf)
		if err != nil || path != filepath.Join(wd, tt.path) || string(src) != tt.src {
			t.Errorf("ReadFile(%q) = %q, %q, %v; want %q, %q", tt.name, path, src, err, tt.path, tt.src)
		}
		if fp, err := nixparse.FilePath(wd, tt.name); err != nil || fp != path {
			t.Errorf("FilePath(%q) = %q, %v; want %q", tt.name, fp, err, path)
		}
		buf = src[:0]
	}
	if _, _, err := nixparse.ReadFile(wd, "missing.nix", nil); err == nil {
		t.Error("ReadFile of a missing file: no error")
	}
}
