package check

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/secrets-lsp/secrets-lsp/sopsfile"
)

// WriteSopsYAML writes data as dir's .sops.yaml, atomically: a temporary
// file in dir, synced, then renamed over the old one, so that a reader
// sees the old or the new file and never half of one. The old file's
// permissions are kept (0644 for a new file), and a symbolic link is
// written through. It writes nothing and reports false when the file
// already holds data.
func WriteSopsYAML(dir string, data []byte) (changed bool, err error) {
	name := filepath.Join(dir, SopsYAMLName)
	if real, err := filepath.EvalSymlinks(name); err == nil {
		name = real
	}
	mode := fs.FileMode(0o644)
	switch info, err := os.Stat(name); {
	case err == nil && !info.Mode().IsRegular():
		// Reading a named pipe would wait forever; replacing a directory
		// or a device is not what was asked.
		return false, &fs.PathError{Op: "write", Path: name, Err: sopsfile.ErrNotRegular}
	case err == nil:
		if old, err := os.ReadFile(name); err == nil && bytes.Equal(old, data) {
			return false, nil
		}
		mode = info.Mode().Perm()
	case !errors.Is(err, fs.ErrNotExist):
		return false, err
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), SopsYAMLName+".tmp-*")
	if err != nil {
		return false, err
	}
	defer func() {
		if err != nil {
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err == nil {
		err = tmp.Chmod(mode)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), name)
	}
	return err == nil, err
}
