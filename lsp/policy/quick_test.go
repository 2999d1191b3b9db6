package policy_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/lsp/policy"
	"github.com/secrets-lsp/secrets-lsp/lsp/workspace"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// TestQuickDiagnose types in a target name and checks that each version is
// answered at once, with exactly the diagnostics the full analysis of that
// version gives, and that other edits are not.
func TestQuickDiagnose(t *testing.T) {
	ctx := context.Background()
	s, snap := session(t)
	p := policy.New()
	if _, err := p.Diagnose(ctx, snap); err != nil {
		t.Fatal(err)
	}
	for i, step := range []struct {
		name  string
		quick bool
	}{
		{"web", true}, {"wb", true}, {"", true}, {"alice", true}, {"*", true}, {"web1", true},
		{`web1" "web1`, false}, // two names: the list changes
		{`web\n`, false},       // an escape
	} {
		text := strings.Replace(secretsNix, `[ "web1" ]`, `[ "`+step.name+`" ]`, 1)
		next, err := s.Change("file:///ws/secrets.nix", int32(i+2), []workspace.Change{{Text: text}}, token.UTF8)
		if err != nil {
			t.Fatal(err)
		}
		quick, ok := p.QuickDiagnose(ctx, next)
		if ok != step.quick {
			t.Fatalf("%q: QuickDiagnose answered %v", step.name, ok)
		}
		full, err := p.Diagnose(ctx, next)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			continue
		}
		if q, f := describe(quick), describe(full); q != f {
			t.Errorf("%q: QuickDiagnose:\n%s\nDiagnose:\n%s", step.name, q, f)
		}
		if _, again := p.QuickDiagnose(ctx, next); again {
			t.Errorf("%q: QuickDiagnose answered after the full analysis", step.name)
		}
	}
}

func describe(ds []feature.Diagnostic) string {
	lines := make([]string, len(ds))
	for i, d := range ds {
		lines[i] = fmt.Sprintf("%+v", d)
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}
