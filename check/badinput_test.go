package check_test

import (
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/check"
	"github.com/secrets-lsp/secrets-lsp/sopsfile"
)

// copyClean copies the clean fixture repository (five files encrypted by
// the real sops) to a temporary directory.
func copyClean(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	if err := os.CopyFS(dst, os.DirFS(filepath.Join("..", "testdata", "check", "clean"))); err != nil {
		t.Fatal(err)
	}
	return dst
}

func runDir(dir string, fsys fs.FS) *check.Report {
	if fsys == nil {
		fsys = os.DirFS(dir)
	}
	return check.Run(fsys, analysis.Analyze(fsys, analysis.Options{Dir: ".", FSRoot: dir}))
}

// TestBadInput breaks one file (or directory) of a clean repository in each
// way a careless hand or a broken disk can: the run reports it, with the
// file's name, and checks every other file as before.
func TestBadInput(t *testing.T) {
	garbage := make([]byte, 4096)
	for i := range garbage {
		garbage[i] = byte(rand.N(256))
	}
	cases := []struct {
		name   string
		file   string // the file reported
		code   string
		break_ func(t *testing.T, dir string)
	}{
		{"truncated yaml", "secrets/prod/db.yaml", "", func(t *testing.T, dir string) {
			truncate(t, filepath.Join(dir, "secrets/prod/db.yaml"), 0.6)
		}},
		{"truncated dotenv", "secrets/prod/app.env", "", func(t *testing.T, dir string) {
			truncate(t, filepath.Join(dir, "secrets/prod/app.env"), 0.5)
		}},
		{"truncated binary store", "secrets/prod/tls.key", check.CodeCorrupt, func(t *testing.T, dir string) {
			truncate(t, filepath.Join(dir, "secrets/prod/tls.key"), 0.5)
		}},
		{"binary garbage as yaml", "secrets/prod/db.yaml", check.CodeCorrupt, func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "secrets/prod/db.yaml"), garbage)
		}},
		{"binary garbage as ini", "secrets/prod/db.ini", "", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "secrets/prod/db.ini"), garbage)
		}},
		{"binary garbage in a binary secret", "secrets/prod/tls.key", check.CodePlaintextFile, func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "secrets/prod/tls.key"), garbage)
		}},
		{"huge file", "secrets/prod/api.json", check.CodeCorrupt, func(t *testing.T, dir string) {
			if err := os.Truncate(filepath.Join(dir, "secrets/prod/api.json"), sopsfile.MaxFileSize+1); err != nil {
				t.Fatal(err)
			}
		}},
		{"symlink loop", "secrets/prod/db.yaml", check.CodeUnreadable, func(t *testing.T, dir string) {
			p := filepath.Join(dir, "secrets/prod/db.yaml")
			os.Remove(p)
			if err := os.Symlink("db.yaml", p); err != nil {
				t.Skip("no symbolic links here:", err)
			}
		}},
		{"symlink cycle between two files", "secrets/prod/db.ini", check.CodeUnreadable, func(t *testing.T, dir string) {
			p := filepath.Join(dir, "secrets/prod/db.ini")
			os.Remove(p)
			if os.Symlink("loop-b", p) != nil || os.Symlink("db.ini", filepath.Join(dir, "secrets/prod/loop-b")) != nil {
				t.Skip("no symbolic links here")
			}
		}},
		{"directory symlink loop", "", "", func(t *testing.T, dir string) {
			// Not followed: the walk of the group's directory must end.
			if err := os.Symlink(".", filepath.Join(dir, "secrets/prod/again")); err != nil {
				t.Skip("no symbolic links here:", err)
			}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := copyClean(t)
			c.break_(t, dir)
			rep := runDir(dir, nil)
			var others []check.Finding
			found := false
			for _, f := range rep.Findings {
				switch {
				case f.Pos.Filename == c.file:
					found = found || f.Severity == check.Error && (c.code == "" || f.Code == c.code)
				case f.Pos.Filename == "secrets/prod/loop-b":
					// the second link of a cycle is a file of the directory too
				default:
					others = append(others, f)
				}
			}
			if c.file != "" && !found {
				t.Errorf("no %q error on %s:\n%s", c.code, c.file, dump(rep))
			}
			if len(others) > 0 {
				t.Errorf("findings about other files, which are intact:\n%s", dump(&check.Report{Findings: others}))
			}
		})
	}
}

func truncate(t *testing.T, name string, frac float64) {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	write(t, name, data[:int(float64(len(data))*frac)])
}

func write(t *testing.T, name string, data []byte) {
	t.Helper()
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// deniedFS refuses to open some names, as a file system does for files
// without read permission.
type deniedFS struct {
	fs.FS
	denied map[string]bool
}

func (d deniedFS) Open(name string) (fs.File, error) {
	if d.denied[name] {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return d.FS.Open(name)
}

// TestUnreadable checks files and directories that cannot be read: through
// a file system that refuses them (always), and with chmod 000 on the disk
// (which root can still read: then the file must be read normally).
func TestUnreadable(t *testing.T) {
	dir := copyClean(t)
	fsys := deniedFS{FS: os.DirFS(dir), denied: map[string]bool{"secrets/prod/db.yaml": true, "secrets/prod/db.ini": true}}
	rep := runDir(dir, fsys)
	got := map[string]string{}
	for _, f := range rep.Findings {
		got[f.Pos.Filename] = f.Code
		if !strings.Contains(f.Message, "permission denied") {
			t.Errorf("%s: message does not say why: %s", f.Pos, f.Message)
		}
	}
	want := map[string]string{"secrets/prod/db.yaml": check.CodeUnreadable, "secrets/prod/db.ini": check.CodeUnreadable}
	if len(got) != len(want) || got["secrets/prod/db.yaml"] != want["secrets/prod/db.yaml"] || got["secrets/prod/db.ini"] != want["secrets/prod/db.ini"] {
		t.Errorf("findings %v, want %v:\n%s", got, want, dump(rep))
	}
	if rep.Files != 3 {
		t.Errorf("%d files read, want the 3 readable ones", rep.Files)
	}

	// An unreadable flake.nix: the analysis sees no policy, which must not
	// pass for a clean check.
	rep = runDir(dir, deniedFS{FS: os.DirFS(dir), denied: map[string]bool{"flake.nix": true}})
	if !rep.Failed() || !slices.ContainsFunc(rep.Findings, func(f check.Finding) bool {
		return f.Pos.Filename == "flake.nix" && f.Code == check.CodeUnreadable
	}) {
		t.Errorf("an unreadable flake.nix is not reported:\n%s", dump(rep))
	}

	// A group directory that cannot be listed.
	fsys = deniedFS{FS: os.DirFS(dir), denied: map[string]bool{"secrets/prod": true}}
	rep = runDir(dir, fsys)
	if c := codes(rep); c[check.CodeUnreadable] == 0 {
		t.Errorf("an unreadable group directory is not reported:\n%s", dump(rep))
	}

	// chmod 000 on disk.
	p := filepath.Join(dir, "secrets/prod/api.json")
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(p, 0o644)
	_, openErr := os.ReadFile(p)
	rep = runDir(dir, nil)
	switch {
	case errors.Is(openErr, fs.ErrPermission):
		if c := codes(rep); c[check.CodeUnreadable] != 1 || len(rep.Findings) != 1 {
			t.Errorf("chmod 000: want one unreadable finding:\n%s", dump(rep))
		}
	case openErr == nil:
		t.Logf("running as a user who reads mode 000 files (root): the file is read and must be clean")
		if len(rep.Findings) != 0 {
			t.Errorf("chmod 000 as root:\n%s", dump(rep))
		}
	default:
		t.Fatal(openErr)
	}
}

// TestPrefetchSameReport checks that parsing files ahead of the analysis
// changes nothing in the report, however far the prefetch got.
func TestPrefetchSameReport(t *testing.T) {
	for _, c := range []string{"broken", "handwritten", "clean"} {
		dir := filepath.Join("..", "testdata", "check", c)
		fsys := os.DirFS(dir)
		res := analysis.Analyze(fsys, analysis.Options{Dir: ".", FSRoot: dir})
		want := dump(check.Run(fsys, res))
		for _, wait := range []bool{false, true} {
			pre := check.StartPrefetch(fsys, ".")
			if wait {
				analysis.Analyze(fsys, analysis.Options{Dir: ".", FSRoot: dir}) // time for the prefetch to finish
			}
			if got := dump(pre.Run(res)); got != want {
				t.Errorf("%s (waited %v): with prefetch\n%s\nwithout\n%s", c, wait, got, want)
			}
		}
	}
}

// TestUnknownPolicyParts checks that a policy the analysis cannot fully
// evaluate does not make files look undeclared: a secret whose file it
// cannot know may be the one that declares them.
func TestUnknownPolicyParts(t *testing.T) {
	dir := copyClean(t)
	nix, err := os.ReadFile(filepath.Join(dir, "secrets.nix"))
	if err != nil {
		t.Fatal(err)
	}
	withUnknown := strings.Replace(string(nix), "secret.tls = {", `secret.other.file = builtins.getEnv "SECRET_FILE";
    secret.tls = {`, 1)
	write(t, filepath.Join(dir, "secrets.nix"), []byte(withUnknown))
	write(t, filepath.Join(dir, "secrets/prod/other.yaml"), []byte("password: FAKE\n"))
	fsys := os.DirFS(dir)
	res := analysis.Analyze(fsys, analysis.Options{Dir: ".", FSRoot: dir})
	if s := res.Policy.Group("prod").Secret("other"); s == nil || s.File.Known {
		t.Skip("the analysis knows builtins.getEnv: this case needs another unknown value")
	}
	rep := check.Run(fsys, res)
	if c := codes(rep); c[check.CodeUndeclared] != 0 {
		t.Errorf("undeclared file reported although a secret's file is unknown:\n%s", dump(rep))
	}
}

// TestClearTextUnknownPolicy: with a policy the analysis cannot know (a
// syntax error, a policy kept in an input's module), the files the
// committed .sops.yaml covers are still checked for clear text, and only
// for it: their recipients are not compared with rules the policy may be
// changing.
func TestClearTextUnknownPolicy(t *testing.T) {
	for _, tc := range []struct {
		name   string
		policy func(src string) string // the new secrets.nix
		code   string                  // the policy's own finding
	}{
		{"syntax error", func(src string) string { return strings.Replace(src, `targets = [ "web" ];`, `targets = [ "web" ]`, 1) }, analysis.CodeSyntax},
		{"policy in an input's module", func(string) string {
			return "{ inputs, ... }: { imports = [ inputs.infra.flakeModules.policy ]; }\n"
		}, check.CodeNotEvaluated},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := copyClean(t)
			flake := filepath.Join(dir, "flake.nix")
			src, err := os.ReadFile(flake)
			if err != nil {
				t.Fatal(err)
			}
			write(t, flake, []byte(strings.Replace(string(src), "inputs = {\n", "inputs = {\n    infra.url = \"github:example/infra\";\n", 1)))
			policy := filepath.Join(dir, "secrets.nix")
			if src, err = os.ReadFile(policy); err != nil {
				t.Fatal(err)
			}
			write(t, policy, []byte(tc.policy(string(src))))
			write(t, filepath.Join(dir, "secrets/prod/db.yaml"), []byte("password: FAKE\n"))
			// The committed rule of tls.key without web's key: tls.key's
			// recipients would be stale by it.
			sopsYAML := filepath.Join(dir, ".sops.yaml")
			if src, err = os.ReadFile(sopsYAML); err != nil {
				t.Fatal(err)
			}
			tls := strings.Index(string(src), `tls\.key`)
			web := strings.Index(string(src)[tls:], "      - age1j83gk") + tls
			write(t, sopsYAML, append(src[:web:web], src[strings.IndexByte(string(src)[web:], '\n')+web+1:]...))

			rep := runDir(dir, nil)
			var clear []string
			for _, f := range rep.Findings {
				switch f.Code {
				case check.CodePlaintextFile:
					clear = append(clear, f.Pos.Filename)
				case check.CodeStale, check.CodeMissing, check.CodeKeyGroups:
					t.Errorf("recipients compared with the committed rules: %s", f.Message)
				}
			}
			if len(clear) != 1 || !strings.HasSuffix(clear[0], "secrets/prod/db.yaml") {
				t.Errorf("clear-text files %v, want secrets/prod/db.yaml:\n%s", clear, dump(rep))
			}
			if countCode(rep, tc.code) == 0 || !rep.Failed() {
				t.Errorf("no %s finding, or the run passed:\n%s", tc.code, dump(rep))
			}
			fsys := os.DirFS(dir)
			acc, err := check.WhoCanDecrypt(fsys, analysis.Analyze(fsys, analysis.Options{Dir: ".", FSRoot: dir}), "")
			if err != nil || len(acc.Holders) != 0 {
				t.Errorf("who can decrypt, with the policy unknown: %+v, %v; want nobody known", acc, err)
			}
		})
	}
}
