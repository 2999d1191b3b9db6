//go:build unix

package check_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/check"
	"github.com/secrets-lsp/secrets-lsp/sopsfile"
)

// TestNamedPipe: a named pipe where a secret or .sops.yaml belongs is
// reported as unreadable, without opening it (opening a pipe waits for a
// writer, forever), and the other files are checked.
func TestNamedPipe(t *testing.T) {
	for _, name := range []string{"secrets/prod/db.yaml", check.SopsYAMLName} {
		t.Run(name, func(t *testing.T) {
			dir := copyClean(t)
			p := filepath.Join(dir, name)
			if err := os.Remove(p); err != nil {
				t.Fatal(err)
			}
			if err := syscall.Mkfifo(p, 0o644); err != nil {
				t.Skip("no named pipes here:", err)
			}
			rep := runDir(dir, nil)
			if len(rep.Findings) != 1 || rep.Findings[0].Code != check.CodeUnreadable || rep.Findings[0].Pos.Filename != name ||
				!strings.Contains(rep.Findings[0].Message, "named pipe") {
				t.Errorf("want one unreadable finding on %s that says it is a named pipe:\n%s", name, dump(rep))
			}
		})
	}
}

// TestWriteSopsYAMLNamedPipe: --write-sops-yaml refuses a named pipe at
// .sops.yaml rather than wait for a writer to compare its contents.
func TestWriteSopsYAMLNamedPipe(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, check.SopsYAMLName)
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	if changed, err := check.WriteSopsYAML(dir, []byte("creation_rules: []\n")); changed || !errors.Is(err, sopsfile.ErrNotRegular) {
		t.Errorf("changed %v, error %v; want ErrNotRegular", changed, err)
	}
}
