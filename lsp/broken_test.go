package lsp_test

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"go.lsp.dev/protocol"

	"github.com/secrets-lsp/secrets-lsp/lsp/lsptest"
)

// TestBrokenKeystroke leaves a binding of an open policy file unfinished,
// which hides the targets another file (on disk) selects from in the tree
// recovered from it: the open file's syntax error is published first,
// from a parse alone, then the full analysis' diagnostics of the other
// file; the keystroke that mends the file clears both. Every publication
// is the one of a server that opens that version afresh.
func TestBrokenKeystroke(t *testing.T) {
	policy := `{
  flake.secrets.prod.recipients.admins = [ { name = "alice"; age = "` + aliceKey + `"; } ];
  flake.secrets.prod.recipients.targets = [ { name = "web1"; age = "` + web1Key + `"; } ];
  flake.secrets.prod.secret.app.targets = [ "web1" ];
}
`
	broken := strings.Replace(policy, "  flake.secrets.prod.recipients.targets", "  x =\n  flake.secrets.prod.recipients.targets", 1)
	disk := fstest.MapFS{
		"flake.nix":  {Data: []byte(lsptest.FlakeNix("./policy.nix", "./other.nix"))},
		"policy.nix": {Data: []byte(policy)},
		"other.nix":  {Data: []byte(`{ flake.secrets.prod.secret.db.targets = [ "web1" ]; }` + "\n")},
	}
	uri, other := wsURI+"/policy.nix", wsURI+"/other.nix"
	fresh := func(text string) (mine, others []protocol.Diagnostic) {
		f := startPolicy(t, disk, lsptest.InitializeParams(wsURI))
		defer f.Shutdown()
		f.Open(uri, text)
		mine = f.AwaitDiagnostics(uri, 1)
		return mine, f.LatestDiagnostics(other)
	}
	s := startPolicy(t, disk, lsptest.InitializeParams(wsURI))
	s.Open(uri, policy)
	if ds := s.AwaitDiagnostics(uri, 1); len(ds) != 0 {
		t.Fatalf("diagnostics of the policy: %v", ds)
	}
	s.Change(uri, 2, lsptest.Edit{Text: broken})
	wantMine, wantOthers := fresh(broken)
	if len(wantMine) != 1 || wantMine[0].Code != "syntax-error" || len(wantOthers) != 1 {
		t.Fatalf("a fresh server publishes %v for the broken policy and %v for the other file", wantMine, wantOthers)
	}
	if got := s.AwaitDiagnostics(uri, 2); !reflect.DeepEqual(got, wantMine) {
		t.Errorf("broken version:\n got %+v\nwant %+v", got, wantMine)
	}
	s.Await("the other file's diagnostics", func() bool { return len(s.LatestDiagnostics(other)) > 0 })
	if got := s.LatestDiagnostics(other); !reflect.DeepEqual(got, wantOthers) {
		t.Errorf("other file, settled:\n got %+v\nwant %+v", got, wantOthers)
	}
	// The syntax error came first, before the analysis of its version.
	var order []string
	for _, m := range s.Received(protocol.MethodTextDocumentPublishDiagnostics) {
		var p protocol.PublishDiagnosticsParams
		if err := json.Unmarshal(m.Params, &p); err != nil {
			t.Fatal(err)
		}
		if len(p.Diagnostics) > 0 {
			order = append(order, string(p.URI))
		}
	}
	if !reflect.DeepEqual(order, []string{uri, other}) {
		t.Errorf("publications with diagnostics, in order: %v; want the broken file's, then the other file's", order)
	}

	s.Change(uri, 3, lsptest.Edit{Text: policy})
	if got := s.AwaitDiagnostics(uri, 3); len(got) != 0 {
		t.Errorf("mended version: %v", got)
	}
	s.Await("the other file's diagnostics cleared", func() bool { return len(s.LatestDiagnostics(other)) == 0 })
	s.Shutdown()
}
