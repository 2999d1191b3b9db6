package policy

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"
	"weak"

	"github.com/secrets-lsp/secrets-lsp/lsp/workspace"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// TestParsedAnalysisKept follows the analyses a provider holds while a name
// is typed without closing quotes: the analysis in which the document
// parsed is kept while it is broken and stands in for the analyses of the
// broken versions once a newer one starts (at most two analyses held),
// answers quickly while that one is computed, and is released once an
// analysis of a version that parses is done.
func TestParsedAnalysisKept(t *testing.T) {
	ctx := context.Background()
	root, err := workspace.NewRoot("/ws")
	if err != nil {
		t.Fatal(err)
	}
	s := workspace.NewSession(fstest.MapFS{"flake.nix": {Data: []byte(flakeNix)}}, root, 1<<20)
	const text = `{ flake.secrets.prod = { recipients.targets = [ { name = "web1"; age = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg"; } ]; secret.app.targets = [ "web1" TYPED]; }; }` + "\n"
	version := int32(0)
	snapOf := func(typed string) *workspace.Snapshot {
		t.Helper()
		version++
		src := strings.Replace(text, "TYPED", typed, 1)
		if version == 1 {
			snap, err := s.Open("file:///ws/secrets.nix", version, src)
			if err != nil {
				t.Fatal(err)
			}
			return snap
		}
		snap, err := s.Change("file:///ws/secrets.nix", version, []workspace.Change{{Text: src}}, token.UTF8)
		if err != nil {
			t.Fatal(err)
		}
		return snap
	}
	p := New()
	quick := func(snap *workspace.Snapshot) {
		t.Helper()
		got, ok := p.QuickDiagnose(ctx, snap)
		if !ok {
			t.Fatalf("version %d: QuickDiagnose did not answer", snap.ID())
		}
		want, err := New().Diagnose(ctx, snap)
		if err != nil || fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("version %d: QuickDiagnose = %v, a fresh analysis %v, %v", snap.ID(), got, want, err)
		}
	}
	run := func(snap *workspace.Snapshot) *analysed {
		t.Helper()
		a, compute, err := p.analysisOf(snap)
		if err != nil || !compute {
			t.Fatalf("analysisOf = %v, %v", compute, err)
		}
		a.results = p.ws.Analyze(snap, snap.FSRoot(), flakeFiles(snap))
		p.finish(a)
		return a
	}

	parsed := weak.Make(run(snapOf("")))
	quick(snapOf(`"`))
	first := weak.Make(run(snapOf(`"w`)))
	if p.parsed.a == nil || weak.Make(p.parsed.a) != parsed {
		t.Fatal("the analysis in which the document parsed is not kept")
	}
	// A newer version's analysis starts: the broken one is dropped.
	computing, compute, err := p.analysisOf(snapOf(`"we`))
	if err != nil || !compute {
		t.Fatalf("analysisOf = %v, %v", compute, err)
	}
	runtime.GC()
	if first.Value() != nil || len(p.analyses) != 1 {
		t.Errorf("%d analyses held besides the kept one; the broken one released: %v", len(p.analyses), first.Value() == nil)
	}
	quick(snapOf(`"web`))
	computing.results = p.ws.Analyze(computing.snap, computing.snap.FSRoot(), flakeFiles(computing.snap))
	p.finish(computing)
	mended := snapOf(`"web"`)
	quick(mended)
	run(mended)
	runtime.GC()
	if p.parsed.a != nil || parsed.Value() != nil {
		t.Error("the kept analysis is still held once the document parses again")
	}
}
