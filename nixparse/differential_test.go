package nixparse_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/internal/testenv"
	"github.com/secrets-lsp/secrets-lsp/nixparse/internal/nixoracle"
)

// variantsPerInput is the number of broken variants (a token deleted,
// swapped, duplicated; a truncation; a character deleted) made of each
// test input.
const variantsPerInput = 12

// TestDifferential runs nix-instantiate --parse (Nix 2.8) on every input of
// testdata/nixparse and on broken variants of each, and requires the same
// answer from us: same verdict; for accepted files the same tree (up to the
// orders Nix leaves to memory addresses); for rejected ones the error at
// the same line and column.
func TestDifferential(t *testing.T) {
	nix := testenv.Tool(t, "nix-instantiate")
	inputs := testFiles(t)
	files := make([]string, 0, len(inputs)*(1+variantsPerInput))
	dir := t.TempDir()
	for _, f := range inputs {
		abs, err := filepath.Abs(f)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, abs)
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(testdata, f)
		for i, m := range nixoracle.Mutate(src, rel, variantsPerInput) {
			v := filepath.Join(dir, fmt.Sprintf("%s.%d-%s.nix", filepath.Base(f), i, m.Kind))
			if err := os.WriteFile(v, m.Src, 0o644); err != nil {
				t.Fatal(err)
			}
			files = append(files, v)
		}
	}
	o := &nixoracle.Oracle{Bin: nix, Workers: 2}
	res, err := o.Parse(files)
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if d := nixoracle.Diff(res[i], nixoracle.Ours(f, src)); d != "" {
			t.Errorf("%s: %s\n%s", f, d, src)
		}
	}
	t.Logf("%d files agree with %s", len(files), nix)
}
