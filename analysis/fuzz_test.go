package analysis

import (
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"
)

// FuzzAnalyze analyses a flake whose flake.nix (or imported module) is
// arbitrary bytes: the analysis must never panic and must stop within its
// budget, and every diagnostic must point into a file it read.
func FuzzAnalyze(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(goldenDir, "*", "*.nix"))
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data, filepath.Base(p) != "flake.nix")
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, asModule bool) {
		fsys := fstest.MapFS{
			"keys.nix":  {Data: []byte(`{ alice = "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv"; }`)},
			"keys.json": {Data: []byte(`{ "hosts": { "web1": "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg" } }`)},
		}
		if asModule {
			fsys["flake.nix"] = &fstest.MapFile{Data: []byte(`{
  inputs.flake-parts.url = "github:hercules-ci/flake-parts";
  inputs.secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  outputs = inputs@{ flake-parts, ... }: flake-parts.lib.mkFlake { inherit inputs; } {
    imports = [ inputs.secrets-lsp.flakeModules.default ./module.nix ];
  };
}`)}
			fsys["module.nix"] = &fstest.MapFile{Data: data}
		} else {
			fsys["flake.nix"] = &fstest.MapFile{Data: data}
		}
		res := Analyze(fsys, Options{Dir: ".", MaxSteps: 200000, Extra: []string{"module.nix"}})
		_ = res.SecretsJSON()
		for _, d := range res.Diagnostics {
			if d.File == "" {
				continue
			}
			tf := res.File(d.File)
			if tf == nil || int(d.End) > tf.Size() || d.Start > d.End {
				t.Fatalf("diagnostic outside its file: %+v", d)
			}
			res.At(d.File, d.Start)
		}
	})
}
