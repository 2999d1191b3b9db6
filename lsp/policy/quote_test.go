package policy_test

import (
	"context"
	"strings"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/lsp/policy"
	"github.com/secrets-lsp/secrets-lsp/lsp/workspace"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// TestQuoteNameAction: a target typed without quotes is an undefined
// variable; when it names a target of the group (known from the analysis
// in which the file last parsed), a quickfix quotes it. A variable that
// is no target's name gets none.
func TestQuoteNameAction(t *testing.T) {
	for _, c := range []struct {
		name  string
		title string // "" for no quickfix
	}{
		{"web1", `Quote "web1" (a recipient name, not a variable)`},
		{"web9", ""},
	} {
		ctx := context.Background()
		s, snap := session(t)
		p := policy.New()
		if _, err := p.Diagnose(ctx, snap); err != nil {
			t.Fatal(err)
		}
		text := strings.Replace(secretsNix, `[ "web1" ]`, `[ `+c.name+` ]`, 1)
		next, err := s.Change("file:///ws/secrets.nix", 2, []workspace.Change{{Text: text}}, token.UTF8)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := p.Diagnose(ctx, next); err != nil {
			t.Fatal(err)
		}
		at := token.Pos(strings.Index(text, "[ "+c.name+" ]") + 2)
		actions, err := p.CodeActions(ctx, next, "secrets.nix", at, at)
		if err != nil {
			t.Fatal(err)
		}
		var titles []string
		for _, a := range actions {
			if a.Kind != "quickfix" {
				continue
			}
			titles = append(titles, a.Title)
			if len(a.Edits) != 1 || a.Edits[0].Start != at || a.Edits[0].End != at+token.Pos(len(c.name)) || a.Edits[0].NewText != `"`+c.name+`"` {
				t.Errorf("%s: edits %+v, want %s quoted", c.name, a.Edits, c.name)
			}
		}
		if want := []string{c.title}; c.title == "" && len(titles) != 0 || c.title != "" && strings.Join(titles, "|") != strings.Join(want, "|") {
			t.Errorf("%s: quickfixes %q, want %q", c.name, titles, c.title)
		}
	}
}
