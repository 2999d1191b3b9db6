package workspace

import (
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"strings"
)

// Root maps between file URIs and the paths of a file system that
// represents one directory of the machine (the root, an absolute slash path).
type Root struct {
	dir string // cleaned, absolute, "/" or without trailing slash
}

// NewRoot returns the mapping for a file system rooted at the absolute
// slash-separated directory dir.
func NewRoot(dir string) (Root, error) {
	if !strings.HasPrefix(dir, "/") {
		return Root{}, fmt.Errorf("root %q is not an absolute path", dir)
	}
	return Root{dir: path.Clean(dir)}, nil
}

// Dir returns the directory the root represents.
func (r Root) Dir() string { return r.dir }

// Path returns the file system path of a file URI. Non-file URIs, URIs with a
// host, and files outside the root are errors.
func (r Root) Path(uri string) (string, error) {
	u, err := url.Parse(uri)
	if err != nil {
		return "", fmt.Errorf("invalid URI: %v", err)
	}
	if u.Scheme != "file" {
		return "", fmt.Errorf("unsupported URI %q: only file: URIs are served", uri)
	}
	if u.Host != "" && u.Host != "localhost" {
		return "", fmt.Errorf("unsupported URI %q: remote host", uri)
	}
	if u.Opaque != "" || !strings.HasPrefix(u.Path, "/") {
		return "", fmt.Errorf("unsupported URI %q: not an absolute path", uri)
	}
	abs := path.Clean(u.Path)
	var rel string
	switch {
	case abs == r.dir:
		rel = "."
	case r.dir == "/":
		rel = abs[1:]
	case strings.HasPrefix(abs, r.dir+"/"):
		rel = abs[len(r.dir)+1:]
	default:
		return "", fmt.Errorf("%s is outside the served directory %s", abs, r.dir)
	}
	if !fs.ValidPath(rel) {
		return "", fmt.Errorf("unsupported URI %q", uri)
	}
	return rel, nil
}

// URI returns the canonical file URI of a file system path.
func (r Root) URI(name string) string {
	u := url.URL{Scheme: "file", Path: path.Join(r.dir, name)}
	return u.String()
}
