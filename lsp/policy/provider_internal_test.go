package policy

import (
	"context"
	"runtime"
	"testing"
	"testing/fstest"
	"weak"

	"github.com/secrets-lsp/secrets-lsp/lsp/workspace"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// flakeNix imports secrets.nix as a flake-parts module.
const flakeNix = `{ outputs = inputs@{ flake-parts, ... }: flake-parts.lib.mkFlake { inherit inputs; } { imports = [ ./secrets.nix ]; }; }`

// TestOlderAnalysisReleased: once the analysis of a version is done, the
// provider keeps none of an older one (each holds every file's syntax tree
// and the evaluated policy: tens of megabytes for a large policy), while
// the analysis before it stays until then, to answer completions and
// quick diagnoses.
func TestOlderAnalysisReleased(t *testing.T) {
	ctx := context.Background()
	root, err := workspace.NewRoot("/ws")
	if err != nil {
		t.Fatal(err)
	}
	s := workspace.NewSession(fstest.MapFS{"flake.nix": {Data: []byte(flakeNix)}}, root, 1<<20)
	const text = "{ flake.secrets.prod.secret.app = { }; }\n"
	snap1, err := s.Open("file:///ws/secrets.nix", 1, text)
	if err != nil {
		t.Fatal(err)
	}
	p := New()
	if res, err := p.resultFor(ctx, snap1, "secrets.nix"); err != nil || groupOf(res, "prod") == nil {
		t.Fatalf("the policy was not analysed: %v", err)
	}
	first := weak.Make(p.analyses[0])
	snap2, err := s.Change("file:///ws/secrets.nix", 2, []workspace.Change{{Text: " " + text}}, token.UTF8)
	if err != nil {
		t.Fatal(err)
	}
	a, compute, err := p.analysisOf(snap2)
	if err != nil || !compute {
		t.Fatalf("analysisOf = %v, %v", compute, err)
	}
	runtime.GC()
	if first.Value() == nil {
		t.Fatal("the finished analysis was released while the next one was computed")
	}
	a.results = p.ws.Analyze(snap2, snap2.FSRoot(), flakeFiles(snap2))
	p.finish(a)
	runtime.GC()
	if first.Value() != nil {
		t.Error("the analysis of the older version is still held")
	}
	if len(p.analyses) != 1 || p.analyses[0] != a {
		t.Errorf("kept %d analyses, want the newest only", len(p.analyses))
	}
}
