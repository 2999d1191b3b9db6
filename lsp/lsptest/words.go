package lsptest

import (
	"bytes"
	"context"
	"io/fs"
	"path"
	"strings"
	"sync"

	"go.lsp.dev/protocol"

	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// WordProvider is a stand-in for the real providers in tests of the server
// and of this package. It reports every "BAD" outside # comments in the open
// documents and in the .nix files of the workspace folders, with the first
// "GOOD" of the same file as related information; hovers describe the word
// under the cursor; completion offers names starting with the word's prefix.
type WordProvider struct {
	mu      sync.Mutex
	folders []string // of the last snapshot diagnosed
}

// Folders returns the workspace folders of the last snapshot diagnosed.
func (w *WordProvider) Folders() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.folders
}

func (*WordProvider) Name() string { return "words" }

func (w *WordProvider) Diagnose(ctx context.Context, snap feature.Snapshot) ([]feature.Diagnostic, error) {
	w.mu.Lock()
	w.folders = snap.Folders()
	w.mu.Unlock()
	files := snap.OpenFiles()
	for _, dir := range snap.Folders() {
		_ = fs.WalkDir(snap, dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && path.Ext(p) == ".nix" {
				files = append(files, p)
			}
			return nil
		})
	}
	seen := map[string]bool{}
	var out []feature.Diagnostic
	for _, name := range files {
		if seen[name] {
			continue
		}
		seen[name] = true
		f, err := snap.File(name)
		if err != nil {
			return nil, err
		}
		src := f.Source()
		var related []feature.Related
		if good := words(src, "GOOD"); len(good) > 0 {
			related = []feature.Related{{Span: feature.Span{File: name, Start: token.Pos(good[0]), End: token.Pos(good[0] + 4)}, Message: "GOOD is here"}}
		}
		for _, start := range words(src, "BAD") {
			out = append(out, feature.Diagnostic{
				Span: feature.Span{File: name, Start: token.Pos(start), End: token.Pos(start + 3)},
				Code: "bad-word", Message: "BAD is bad", Related: related,
			})
		}
	}
	return out, nil
}

// words returns the offsets of w in src, outside # comments.
func words(src []byte, w string) []int {
	var out []int
	for off := 0; ; {
		i := bytes.Index(src[off:], []byte(w))
		if i < 0 {
			return out
		}
		at := off + i
		lineStart := bytes.LastIndexByte(src[:at], '\n') + 1
		if bytes.IndexByte(src[lineStart:at], '#') < 0 {
			out = append(out, at)
		}
		off = at + len(w)
	}
}

// wordAt returns the bounds of the run of letters around pos.
func wordAt(src []byte, pos token.Pos) (start, end int) {
	isLetter := func(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
	start, end = int(pos), int(pos)
	for start > 0 && isLetter(src[start-1]) {
		start--
	}
	for end < len(src) && isLetter(src[end]) {
		end++
	}
	return start, end
}

func (w *WordProvider) Hover(ctx context.Context, snap feature.Snapshot, name string, pos token.Pos) (*feature.Hover, error) {
	f, err := snap.File(name)
	if err != nil {
		return nil, err
	}
	start, end := wordAt(f.Source(), pos)
	if start == end {
		return nil, nil
	}
	return &feature.Hover{Markdown: "word `" + string(f.Source()[start:end]) + "`", Start: token.Pos(start), End: token.Pos(end)}, nil
}

func (w *WordProvider) Complete(ctx context.Context, snap feature.Snapshot, name string, pos token.Pos) ([]feature.CompletionItem, error) {
	f, err := snap.File(name)
	if err != nil {
		return nil, err
	}
	start, _ := wordAt(f.Source(), pos)
	prefix := string(f.Source()[start:pos])
	var items []feature.CompletionItem
	for _, n := range []string{"alice", "albert", "bob"} {
		if strings.HasPrefix(n, prefix) {
			items = append(items, feature.CompletionItem{
				Label: n, Kind: protocol.CompletionItemKindValue, Detail: "recipient", Documentation: "**" + n + "**",
				Edit: &feature.Edit{Start: token.Pos(start), End: pos, NewText: n},
			})
		}
	}
	return items, nil
}

func (w *WordProvider) TriggerCharacters() []string { return []string{`"`} }
