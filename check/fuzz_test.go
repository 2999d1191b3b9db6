package check_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/check"
)

// FuzzCheckFile puts arbitrary bytes in place of each store's file of the
// clean repository: the check must not fail, must report only that file,
// and a file it can read must not become someone else's problem.
func FuzzCheckFile(f *testing.F) {
	dir := filepath.Join("..", "testdata", "check", "clean")
	base := fstest.MapFS{}
	err := fs.WalkDir(os.DirFS(dir), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(os.DirFS(dir), p)
		base[p] = &fstest.MapFile{Data: data, Mode: 0o644}
		return err
	})
	if err != nil {
		f.Fatal(err)
	}
	res := analysis.Analyze(base, analysis.Options{Dir: ".", FSRoot: "/"})
	files := []string{"secrets/prod/db.yaml", "secrets/prod/api.json", "secrets/prod/app.env", "secrets/prod/db.ini", "secrets/prod/tls.key"}
	for i, name := range files {
		f.Add(uint8(i), base[name].Data)
		f.Add(uint8(i), base[name].Data[:len(base[name].Data)/2])
	}
	f.Add(uint8(0), []byte("sops:\n    age:\n        - recipient: age1\n          enc: x\n"))
	f.Add(uint8(2), []byte("sops_version=3\nsops_age__list_0__map_recipient=age1qqq\n"))
	f.Add(uint8(3), []byte("[sops]\nversion = 3\n[sops]\n"))
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		name := files[int(which)%len(files)]
		fsys := fstest.MapFS{}
		for k, v := range base {
			fsys[k] = v
		}
		fsys[name] = &fstest.MapFile{Data: data, Mode: 0o644}
		rep := check.Run(fsys, res)
		for _, fd := range rep.Findings {
			if fd.Pos.Filename != name {
				t.Fatalf("a finding on another file than %s: %s: %s", name, fd.Pos, fd.Message)
			}
			if fd.Message == "" || fd.Code == "" {
				t.Fatalf("finding without message or code: %+v", fd)
			}
		}
	})
}
