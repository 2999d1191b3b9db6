package policy_test

import (
	"context"
	"strings"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/lsp/policy"
	"github.com/secrets-lsp/secrets-lsp/lsp/workspace"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// TestQuickDiagnoseBroken types a target name without an editor closing
// its quotes, removes and puts back a semicolon and a stray brace: every
// version is answered at once, broken ones with their syntax errors, and
// each mending keystroke from the analysis in which the document parsed,
// exactly as a fresh provider's full analysis of the same version, whether
// or not the broken versions were analysed in full meanwhile.
func TestQuickDiagnoseBroken(t *testing.T) {
	list := `secret.app.targets = [ "web1" ];`
	var texts []string
	for _, typed := range []string{`"`, `"a`, `"al`, `"alice`, `"alice"`, ``} {
		texts = append(texts, strings.Replace(secretsNix, list, `secret.app.targets = [ "web1" `+typed+`];`, 1))
	}
	texts = append(texts,
		strings.Replace(secretsNix, list, `secret.app.targets = [ "web1" ]`, 1),
		secretsNix,
		strings.Replace(secretsNix, list, `{ `+list, 1),
		secretsNix,
	)
	for _, analysing := range []bool{false, true} {
		ctx := context.Background()
		s, snap := session(t)
		p := policy.New()
		if _, err := p.Diagnose(ctx, snap); err != nil {
			t.Fatal(err)
		}
		for i, text := range texts {
			next, err := s.Change("file:///ws/secrets.nix", int32(i+2), []workspace.Change{{Text: text}}, token.UTF8)
			if err != nil {
				t.Fatal(err)
			}
			quick, ok := p.QuickDiagnose(ctx, next)
			if !ok {
				t.Fatalf("analysing %v: version %d: QuickDiagnose did not answer:\n%s", analysing, i+2, text)
			}
			full, err := policy.New().Diagnose(ctx, next)
			if err != nil {
				t.Fatal(err)
			}
			if q, f := describe(quick), describe(full); q != f {
				t.Errorf("analysing %v: version %d:\nQuickDiagnose:\n%s\nDiagnose:\n%s", analysing, i+2, q, f)
			}
			if broken := hasSyntaxError(full); broken != (i < 4 || i == 6 || i == 8) {
				t.Errorf("version %d: syntax errors %v:\n%s", i+2, broken, describe(full))
			}
			if analysing {
				if _, err := p.Diagnose(ctx, next); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}

func hasSyntaxError(ds []feature.Diagnostic) bool {
	for _, d := range ds {
		if strings.HasPrefix(d.Message, "syntax error") {
			return true
		}
	}
	return false
}
