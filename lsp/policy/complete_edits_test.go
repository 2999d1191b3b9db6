package policy_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/lsp/lsptest"
	"github.com/secrets-lsp/secrets-lsp/lsp/policy"
	"github.com/secrets-lsp/secrets-lsp/lsp/workspace"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// TestCompletionRightAfterEdits edits the generated policy at random — a
// target name retyped, a name of a group's recipients (map host [ … ])
// changed, any byte typed or deleted anywhere, sometimes after a name
// retyped in another list and diagnosed quickly — and asks for completion
// at once, as an editor does while one types, then again once the
// analysis of that version is done: the answers are the same, whether the
// first came from the analysis of the version before or waited.
func TestCompletionRightAfterEdits(t *testing.T) {
	ctx := context.Background()
	gen, s, baseSnap := generatedSession(t, 300)
	const uri = "file:///ws/" + lsptest.PolicyFile
	base := gen.Files[lsptest.PolicyFile]
	version := int32(1)
	open := func(text string) *workspace.Snapshot {
		t.Helper()
		version++
		snap, err := s.Change(uri, version, []workspace.Change{{Text: text}}, token.UTF8)
		if err != nil {
			t.Fatal(err)
		}
		return snap
	}
	p := policy.New()
	if ds, err := p.Diagnose(ctx, baseSnap); err != nil || len(ds) != 0 {
		t.Fatalf("Diagnose = %v, %v", ds, err)
	}
	var declared []int // offsets inside the names of map host [ … ]
	for i := 0; ; {
		at := strings.Index(base[i:], `map host [ "`)
		if at < 0 {
			break
		}
		i += at + len(`map host [ "`)
		declared = append(declared, i)
	}
	rng := rand.New(rand.NewPCG(5, 6))
	edit := func(text string, at int) string {
		if rng.IntN(2) == 0 && at < len(text) {
			return text[:at] + text[at+1:]
		}
		return text[:at] + string("h1 \";*p"[rng.IntN(7)]) + text[at:]
	}
	stale, compared := 0, 0
	for i := range 150 {
		text, prev := base, baseSnap
		if rng.IntN(3) == 0 {
			// A name retyped in another list first, answered quickly.
			text = edit(text, gen.Targets[rng.IntN(len(gen.Targets))]+1)
			prev = open(text)
			if _, ok := p.QuickDiagnose(ctx, prev); !ok {
				prev = nil // not answered quickly: the completion may wait
			}
		}
		target := gen.Targets[rng.IntN(len(gen.Targets))] + rng.IntN(3)
		at := target
		switch rng.IntN(3) {
		case 1:
			at = declared[rng.IntN(len(declared))] + rng.IntN(3)
		case 2:
			at = rng.IntN(len(text))
		}
		text = edit(text, at)
		snap := open(text)
		pos := token.Pos(min(target, len(text)))
		if rng.IntN(2) == 0 {
			pos = token.Pos(min(at+1, len(text)))
		}
		got, err := p.Complete(ctx, snap, lsptest.PolicyFile, pos)
		if err != nil {
			t.Fatalf("edit %d: Complete: %v", i, err)
		}
		// Was snap analysed for it? Then the version before no longer is.
		if prev != nil {
			if _, err := p.Hover(ctx, prev, lsptest.PolicyFile, 0); err == nil {
				stale++
			} else if !errors.Is(err, feature.ErrContentModified) {
				t.Fatal(err)
			}
		}
		if _, err := p.Diagnose(ctx, snap); err != nil {
			t.Fatal(err)
		}
		want, err := p.Complete(ctx, snap, lsptest.PolicyFile, pos)
		if err != nil {
			t.Fatal(err)
		}
		if g, w := describeItems(got), describeItems(want); g != w {
			t.Errorf("edit %d at %d, completion at %d (%q):\nright after the edit:\n%s\nonce analysed:\n%s", i, at, pos, text[max(0, int(pos)-30):min(len(text), int(pos)+10)], g, w)
		}
		compared++
		// Back to the analysed text, the base of the next edit.
		baseSnap = open(base)
		if _, err := p.Diagnose(ctx, baseSnap); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("%d completions compared, %d answered before the analysis of their version", compared, stale)
	if stale < 30 {
		t.Errorf("only %d completions answered before the analysis", stale)
	}
}

// generatedSession is a session on the generated flake of about lines
// lines (lsptest.GenerateFlake), its policy file open at version 1.
func generatedSession(tb testing.TB, lines int) (*lsptest.Flake, *workspace.Session, *workspace.Snapshot) {
	tb.Helper()
	flake, err := lsptest.GenerateFlake(lines)
	if err != nil {
		tb.Fatal(err)
	}
	disk := fstest.MapFS{}
	for p, text := range flake.Files {
		disk[p] = &fstest.MapFile{Data: []byte(text)}
	}
	root, err := workspace.NewRoot("/ws")
	if err != nil {
		tb.Fatal(err)
	}
	s := workspace.NewSession(disk, root, 1<<24)
	if _, err := s.ChangeFolders([]string{"file:///ws"}, nil); err != nil {
		tb.Fatal(err)
	}
	snap, err := s.Open("file:///ws/"+lsptest.PolicyFile, 1, flake.Files[lsptest.PolicyFile])
	if err != nil {
		tb.Fatal(err)
	}
	return flake, s, snap
}

func describeItems(items []feature.CompletionItem) string {
	var b strings.Builder
	for _, it := range items {
		fmt.Fprintf(&b, "%s|%s|%s|%q", it.Label, it.Detail, it.SortText, it.Documentation)
		if e := it.Edit; e != nil {
			fmt.Fprintf(&b, "|%d-%d %q", e.Start, e.End, e.NewText)
		}
		b.WriteByte('\n')
	}
	return b.String()
}
