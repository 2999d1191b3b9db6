package nixparse_test

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/internal/testenv"
	"github.com/secrets-lsp/secrets-lsp/nixparse/internal/nixoracle"
)

// TestCorpus compares our parser with nix-instantiate --parse on every .nix
// file under $NIXPARSE_CORPUS and on $NIXPARSE_VARIANTS (default 1) broken
// variants of each, and reports the agreement. It is skipped unless
// NIXPARSE_CORPUS is set (see scripts/parse-corpus.sh).
//
//	NIXPARSE_WORK          where variants and the report go (default $TMPDIR/nixparse-corpus)
//	NIXPARSE_ORACLE_CACHE  directory caching Nix's answers between runs
//	NIXPARSE_MIN_AGREEMENT fail below this verdict agreement, in percent
func TestCorpus(t *testing.T) {
	root := os.Getenv("NIXPARSE_CORPUS")
	if root == "" {
		t.Skip("NIXPARSE_CORPUS is not set")
	}
	nix := testenv.Tool(t, "nix-instantiate")
	work := os.Getenv("NIXPARSE_WORK")
	if work == "" {
		work = filepath.Join(os.TempDir(), "nixparse-corpus")
	}
	nvar := 1
	if v := os.Getenv("NIXPARSE_VARIANTS"); v != "" {
		nvar, _ = strconv.Atoi(v)
	}
	root, _ = filepath.Abs(root)
	var originals []string
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".nix") {
			originals = append(originals, p)
		}
		return nil
	})
	sort.Strings(originals)
	var variants []string
	for _, f := range originals {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(root, f)
		for i, m := range nixoracle.Mutate(src, rel, nvar) {
			v := filepath.Join(work, "variants", fmt.Sprintf("%s.%d-%s.nix", rel, i, m.Kind))
			if old, err := os.ReadFile(v); err != nil || string(old) != string(m.Src) {
				os.MkdirAll(filepath.Dir(v), 0o755)
				if err := os.WriteFile(v, m.Src, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			variants = append(variants, v)
		}
	}
	o := &nixoracle.Oracle{Bin: nix, CacheDir: os.Getenv("NIXPARSE_ORACLE_CACHE"), Workers: 2}
	var report, messages strings.Builder
	agreement := func(name string, files []string) float64 {
		res, err := o.Parse(files)
		if err != nil {
			t.Fatal(err)
		}
		var bytes int64
		verdict, trees, treesBoth, exactPos, nearLine, bothFail, crashes, nixCrash, sameMsg := 0, 0, 0, 0, 0, 0, 0, 0, 0
		for i, f := range files {
			src, _ := os.ReadFile(f)
			bytes += int64(len(src))
			ours := nixoracle.Ours(f, src)
			nixr := res[i]
			if ours.Crashed {
				crashes++
			}
			if nixr.Crashed {
				nixCrash++
			}
			if nixr.OK == ours.OK && !ours.Crashed {
				verdict++
			}
			switch {
			case nixr.OK && ours.OK:
				treesBoth++
				if nixoracle.Canonical(nixr.Tree) == nixoracle.Canonical(ours.Tree) {
					trees++
				}
			case !nixr.OK && !ours.OK && !nixr.Crashed:
				bothFail++
				if nixr.Line == ours.Line && nixr.Col == ours.Col {
					exactPos++
				}
				if d := nixr.Line - ours.Line; d >= -2 && d <= 2 {
					nearLine++
				}
				if nixr.Msg == ours.Msg {
					sameMsg++
				} else {
					fmt.Fprintf(&messages, "%s\t%s\n", nixr.Msg, ours.Msg)
				}
			}
			if d := nixoracle.Diff(nixr, ours); d != "" {
				fmt.Fprintf(&report, "%s: %s\n", f, d)
			}
		}
		pct := func(a, b int) float64 {
			if b == 0 {
				return 100
			}
			return 100 * float64(a) / float64(b)
		}
		t.Logf("%s: %d files, %.1f MB; verdict agreement %d/%d = %.3f%%; trees equal %d/%d = %.3f%%; "+
			"both reject: same position %d/%d = %.2f%%, line within 2 %d/%d = %.2f%%, same message %d/%d = %.2f%%; our crashes %d; Nix crashes %d",
			name, len(files), float64(bytes)/1e6, verdict, len(files), pct(verdict, len(files)),
			trees, treesBoth, pct(trees, treesBoth), exactPos, bothFail, pct(exactPos, bothFail),
			nearLine, bothFail, pct(nearLine, bothFail), sameMsg, bothFail, pct(sameMsg, bothFail), crashes, nixCrash)
		return pct(verdict, len(files))
	}
	a1 := agreement("originals", originals)
	a2 := agreement("variants", variants)
	rp := filepath.Join(work, "report.txt")
	os.MkdirAll(work, 0o755)
	os.WriteFile(rp, []byte(report.String()), 0o644)
	os.WriteFile(filepath.Join(work, "messages.txt"), []byte(messages.String()), 0o644)
	t.Logf("differences: %s; messages that differ (Nix, ours): messages.txt there", rp)
	if m := os.Getenv("NIXPARSE_MIN_AGREEMENT"); m != "" {
		min, _ := strconv.ParseFloat(m, 64)
		if a1 < min || a2 < min {
			t.Errorf("verdict agreement %.3f%% / %.3f%% is below %.3f%%", a1, a2, min)
		}
	}
}
