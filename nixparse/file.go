package nixparse

import (
	"fmt"
	"os"
	"path/filepath"
)

// FilePath resolves a file argument as nix-instantiate does: made
// absolute (relative to the absolute directory wd), symbolic links to it
// followed, a directory standing for its default.nix. Relative paths in the
// file are relative to the result.
func FilePath(wd, name string) (string, error) {
	path := name
	if !filepath.IsAbs(path) {
		path = filepath.Join(wd, name)
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

// ReadFile reads the file a file argument names, resolved as FilePath does,
// into buf (grown as needed) and returns its path and contents. Where the
// system allows, the common case — a regular file, no symbolic link —
// costs one open and reads, no stat.
func ReadFile(wd, name string, buf []byte) (path string, src []byte, err error) {
	path = name
	if !filepath.IsAbs(path) {
		path = filepath.Join(wd, name)
	}
	if src, ok := readRegular(path, buf); ok {
		return path, src, nil
	}
	if path, err = FilePath(wd, name); err != nil {
		return "", nil, err
	}
	src, err = os.ReadFile(path)
	return path, src, err
}
