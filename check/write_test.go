package check_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/check"
	"github.com/secrets-lsp/secrets-lsp/sopsfile"
)

// TestWriteSopsYAMLTargets: what WriteSopsYAML does with what is already
// at .sops.yaml: nothing, a file, a symbolic link (written through, the
// link kept), or something it must not replace.
func TestWriteSopsYAMLTargets(t *testing.T) {
	data := []byte("creation_rules: []\n")
	t.Run("new, then unchanged", func(t *testing.T) {
		dir := t.TempDir()
		for i, want := range []bool{true, false} {
			changed, err := check.WriteSopsYAML(dir, data)
			if err != nil || changed != want {
				t.Fatalf("write %d: changed %v, %v; want %v", i+1, changed, err, want)
			}
		}
		info, err := os.Stat(filepath.Join(dir, check.SopsYAMLName))
		if err != nil || info.Mode().Perm() != 0o644 {
			t.Errorf("new file: %v, %v", info, err)
		}
	})
	t.Run("symbolic link", func(t *testing.T) {
		dir := t.TempDir()
		target := filepath.Join(dir, "shared.yaml")
		if err := os.WriteFile(target, []byte("old\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		link := filepath.Join(dir, check.SopsYAMLName)
		if err := os.Symlink("shared.yaml", link); err != nil {
			t.Skip("no symbolic links here:", err)
		}
		if changed, err := check.WriteSopsYAML(dir, data); !changed || err != nil {
			t.Fatalf("changed %v, %v", changed, err)
		}
		if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
			t.Errorf("the link was replaced: %v, %v", info, err)
		}
		got, _ := os.ReadFile(target)
		info, _ := os.Stat(target)
		if string(got) != string(data) || info.Mode().Perm() != 0o600 {
			t.Errorf("target after writing: %q, mode %v", got, info.Mode())
		}
	})
	t.Run("directory", func(t *testing.T) {
		dir := t.TempDir()
		if err := os.Mkdir(filepath.Join(dir, check.SopsYAMLName), 0o755); err != nil {
			t.Fatal(err)
		}
		if changed, err := check.WriteSopsYAML(dir, data); changed || !errors.Is(err, sopsfile.ErrNotRegular) {
			t.Errorf("changed %v, error %v; want ErrNotRegular", changed, err)
		}
	})
}
