package analysis

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

// deniedFS refuses to open one path, as the OS does for a file its user may
// not read (chmod 000 does not stop root, who runs the tests in CI).
type deniedFS struct {
	files  fstest.MapFS
	denied string
}

func (d deniedFS) Open(name string) (fs.File, error) {
	if name == d.denied {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return d.files.Open(name)
}

// Stat works on a file its user may not read.
func (d deniedFS) Stat(name string) (fs.FileInfo, error) { return fs.Stat(d.files, name) }

// A module that exists but cannot be read fails the evaluation, as in Nix,
// instead of leaving a policy that silently lacks it.
func TestUnreadableModule(t *testing.T) {
	flake := func() fstest.MapFS {
		return fstest.MapFS{
			"flake.nix":  {Data: testFlake([]string{"./team.nix", "./keys.nix"}, "")},
			"team.nix":   {Data: []byte(`{ flake.secrets.prod.recipients.admins = [ { name = "alice"; age = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg"; } ]; flake.secrets.prod.secret.db = { }; }`)},
			"keys.nix":   {Data: []byte(`{ flake.secrets.prod.secret.api.targets = builtins.fromJSON (builtins.readFile ./hosts.json); }`)},
			"hosts.json": {Data: []byte(`[]`)},
		}
	}
	pipe := flake()
	pipe["team.nix"].Mode = fs.ModeNamedPipe
	jsonPipe := flake()
	jsonPipe["hosts.json"].Mode = fs.ModeNamedPipe
	missing := flake()
	delete(missing, "team.nix")
	tests := []struct {
		name string
		fsys fs.FS
		want string
	}{
		{"permission denied", deniedFS{flake(), "team.nix"}, "opening file '/team.nix': Permission denied"},
		{"named pipe", pipe, "opening file '/team.nix': not a regular file"},
		{"readFile of a pipe", jsonPipe, "opening file '/hosts.json': not a regular file"},
		{"readFile denied", deniedFS{flake(), "hosts.json"}, "opening file '/hosts.json': Permission denied"},
		{"missing", missing, "getting status of '/team.nix': No such file or directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Analyze(tt.fsys, Options{Dir: "."})
			var msgs []string
			found := false
			for _, d := range res.Diagnostics {
				msgs = append(msgs, d.Message)
				found = found || d.Severity == SeverityError && strings.Contains(d.Message, tt.want)
			}
			if !found {
				t.Errorf("no error containing %q; diagnostics:\n%s", tt.want, strings.Join(msgs, "\n"))
			}
			if !res.HasErrors() {
				t.Errorf("the analysis reports no error")
			}
		})
	}
	if res := Analyze(flake(), Options{Dir: "."}); res.HasErrors() {
		t.Errorf("the readable flake has errors: %v", res.Diagnostics)
	}
}
