package analysis

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// TestLazyTexts reads the rules and .sops.yaml, written on first use, from
// several goroutines at once (run under -race): every reader gets the
// golden .sops.yaml, and the secrets' rules, indented, are its items.
func TestLazyTexts(t *testing.T) {
	dir := filepath.Join(goldenDir, "dev-staging-prod")
	want, err := os.ReadFile(filepath.Join(dir, "sops.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	res := Analyze(os.DirFS(dir), Options{Dir: "."})
	if !res.SopsYAMLKnown {
		t.Fatalf("sops.yaml unknown: %s", diagList(res))
	}
	const readers = 4
	yamls := make([]string, readers)
	items := make([]string, readers)
	var wg sync.WaitGroup
	for i := range readers {
		wg.Go(func() {
			var b strings.Builder
			for _, g := range res.Policy.Groups {
				for _, s := range g.Secrets {
					for line := range strings.Lines(s.Rule()) {
						b.WriteString("  " + line)
					}
				}
			}
			items[i], yamls[i] = b.String(), res.SopsYAML()
		})
	}
	wg.Wait()
	for i := range readers {
		if yamls[i] != string(want) {
			t.Errorf("reader %d: sops.yaml differs:\n got %q\nwant %q", i, yamls[i], want)
		}
		if got := sopsYAMLHeader + "creation_rules:\n" + items[i]; got != string(want) {
			t.Errorf("reader %d: the rules are not the items of sops.yaml:\n got %q\nwant %q", i, got, want)
		}
	}
}
