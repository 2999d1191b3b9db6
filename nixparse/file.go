package nixparse

import (
	"fmt"
	"os"
	"path/filepath"
)

// FilePath resolves a file argument as nix-instantiate does: made
// absolute, symbolic links to it followed, a directory standing for its
// default.nix. Relative paths in the file are relative to the result.
func FilePath(name string) (string, error) {
	path, err := filepath.Abs(name)
	if err != nil {
		return "", err
	}
	for range 1024 {
		fi, err := os.Lstat(path)
		if err != nil {
			return "", err
		}
		switch {
		case fi.Mode()&os.ModeSymlink != 0:
			target, err := os.Readlink(path)
			if err != nil {
				return "", err
			}
			if !filepath.IsAbs(target) {
				target = filepath.Join(filepath.Dir(path), target)
			}
			path = filepath.Clean(target)
		case fi.IsDir():
			return filepath.Join(path, "default.nix"), nil
		default:
			return path, nil
		}
	}
	return "", fmt.Errorf("too many symbolic links encountered while traversing the path '%s'", name)
}
