package policy_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/lsp/lsptest"
	"github.com/secrets-lsp/secrets-lsp/lsp/policy"
	"github.com/secrets-lsp/secrets-lsp/lsp/workspace"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

const secretsNix = `{
  flake.secrets.prod = {
    recipients.admins = [ { name = "alice"; age = "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv"; } ];
    recipients.targets = [ { name = "web1"; age = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg"; } ];
    secret.app.targets = [ "web1" ];
  };
}
`

func session(t *testing.T) (*workspace.Session, *workspace.Snapshot) {
	t.Helper()
	root, err := workspace.NewRoot("/ws")
	if err != nil {
		t.Fatal(err)
	}
	s := workspace.NewSession(fstest.MapFS{"flake.nix": {Data: []byte(lsptest.FlakeNix("./secrets.nix"))}}, root, 1<<20)
	if _, err := s.ChangeFolders([]string{"file:///ws"}, nil); err != nil {
		t.Fatal(err)
	}
	snap, err := s.Open("file:///ws/secrets.nix", 1, secretsNix)
	if err != nil {
		t.Fatal(err)
	}
	return s, snap
}

func labels(items []feature.CompletionItem) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.Label)
	}
	return out
}

// TestCompletionWhileAnalysing: a completion on a snapshot not analysed
// yet is answered from the previous analysis, mapping the cursor through
// the edit; the new analysis is left to the diagnostics.
func TestCompletionWhileAnalysing(t *testing.T) {
	ctx := context.Background()
	s, snap := session(t)
	p := policy.New()
	if ds, err := p.Diagnose(ctx, snap); err != nil || len(ds) != 0 {
		t.Fatalf("Diagnose = %v, %v", ds, err)
	}
	// The user adds a target and types a name into the list.
	edited := `{
  flake.secrets.prod = {
    recipients.admins = [ { name = "alice"; age = "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv"; } ];
    recipients.targets = [ { name = "web1"; age = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg"; } { name = "web2"; age = "age1m2q7ythr3vw5f88elwvpx0zaafrvzh2q82qh95222ul0fzgsgszqj4mmh7"; } ];
    secret.app.targets = [ "we" ];
  };
}
`
	snap2, err := s.Change("file:///ws/secrets.nix", 2, []workspace.Change{{Text: edited}}, token.UTF8)
	if err != nil {
		t.Fatal(err)
	}
	at := token.Pos(len(edited) - len(`" ];
  };
}
`))
	// Two regions changed: the previous analysis cannot place the cursor,
	// so the new one answers, with web2.
	items, err := p.Complete(ctx, snap2, "secrets.nix", at)
	if err != nil || fmt.Sprint(labels(items)) != "[web1 web2 *]" {
		t.Fatalf("completion = %v, %v; want web1 web2 *", labels(items), err)
	}
	// One more character: one region; answered from the analysis of the
	// version before (which has web2 too), before the new one exists.
	snap3, err := s.Change("file:///ws/secrets.nix", 3, []workspace.Change{{Range: &workspace.Range{StartLine: 4, StartChar: 29, EndLine: 4, EndChar: 29}, Text: "b"}}, token.UTF8)
	if err != nil {
		t.Fatal(err)
	}
	items, err = p.Complete(ctx, snap3, "secrets.nix", at+1)
	if err != nil || fmt.Sprint(labels(items)) != "[web1 web2 *]" {
		t.Fatalf("completion = %v, %v; want web1 web2 *", labels(items), err)
	}
	if e := items[0].Edit; e == nil || e.Start != at-2 || e.End != at+1 || e.NewText != "web1" {
		t.Errorf("edit = %+v, want %q replaced over %d..%d", e, "web1", at-2, at+1)
	}
	// The answer came from the analysis of snap2: snap3 was not analysed,
	// so snap2 is still the newest and can be asked about.
	if h, err := p.Hover(ctx, snap2, "secrets.nix", at); err != nil || h == nil {
		t.Errorf("hover of snap2 = %v, %v; want an answer (snap3 not analysed)", h, err)
	}
	// A request about a snapshot older than one already analysed is
	// superseded.
	if _, err := p.Diagnose(ctx, snap3); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Hover(ctx, snap, "secrets.nix", 60); !errors.Is(err, feature.ErrContentModified) {
		t.Errorf("hover of the first snapshot: %v, want ErrContentModified", err)
	}
}

// TestCandidatesFromTokens: the names offered in a list the tokens
// recognise are those the analysis offers at the same place.
func TestCandidatesFromTokens(t *testing.T) {
	ctx := context.Background()
	_, snap := session(t)
	p := policy.New()
	for _, role := range []string{"targets", "admins"} {
		src := strings.Replace(secretsNix, `secret.app.targets = [ "web1" ]`, `secret.app.`+role+` = [ "web1" ]`, 1)
		snap2, err := workspace.NewSession(snap, snap.Root(), 1<<20).Open("file:///ws/secrets.nix", 1, src)
		if err != nil {
			t.Fatal(err)
		}
		res := analysis.ResultFor(analysis.NewWorkspace().Analyze(snap2, snap2.FSRoot(), []string{"flake.nix", "secrets.nix"}), "secrets.nix")
		pos := token.Pos(strings.Index(src, `[ "web1" ]`) + 3)
		items, err := p.Complete(ctx, snap2, "secrets.nix", pos)
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, c := range res.At("secrets.nix", pos).Candidates {
			want = append(want, c.Name)
		}
		if fmt.Sprint(labels(items)) != fmt.Sprint(want) || len(want) == 0 {
			t.Errorf("%s: %v, the analysis offers %v", role, labels(items), want)
		}
	}
}
