package policy_test

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/lsp/lsptest"
	"github.com/secrets-lsp/secrets-lsp/lsp/policy"
	"github.com/secrets-lsp/secrets-lsp/lsp/syntax"
	"github.com/secrets-lsp/secrets-lsp/lsp/workspace"
	"github.com/secrets-lsp/secrets-lsp/nixparse"
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

// TestQuoteTypedMatchesParse types a quote (or a quote and a letter) at
// random places of a generated policy, each removed before the next, as
// the benchmark's "quote typed at a new place" does: every broken version
// is answered at once with the first ten errors of a parse of the whole
// file (the quick path parses only as far as they are known), and every
// mended one with no diagnostics.
func TestQuoteTypedMatchesParse(t *testing.T) {
	flake, s, snap := generatedSession(t, 2000)
	ctx := context.Background()
	p := policy.New()
	if _, err := p.Diagnose(ctx, snap); err != nil {
		t.Fatal(err)
	}
	src := flake.Files[lsptest.PolicyFile]
	uri := "file:///ws/" + lsptest.PolicyFile
	rng := rand.New(rand.NewPCG(5, 8))
	version, broken := int32(1), 0
	for range 60 {
		at := rng.IntN(len(src))
		typed := []string{`"`, `"h`, `"*`}[rng.IntN(3)]
		text := src[:at] + typed + src[at:]
		version++
		next, err := s.Change(uri, version, []workspace.Change{{Text: text}}, token.UTF8)
		if err != nil {
			t.Fatal(err)
		}
		f := token.NewFile(lsptest.PolicyFile, []byte(text))
		_, errs := nixparse.Parse(f, 0)
		if len(errs) == 0 {
			continue // in a comment or an indented string
		}
		broken++
		for _, e := range errs {
			e.Msg = e.MessageUnder("/ws")
		}
		want := syntax.FromErrors(lsptest.PolicyFile, f, errs[:min(10, len(errs))])
		quick, ok := p.QuickDiagnose(ctx, next)
		if !ok {
			t.Fatalf("%q typed at %d: QuickDiagnose did not answer", typed, at)
		}
		if q, w := describe(quick), describe(want); q != w {
			t.Errorf("%q typed at %d:\nQuickDiagnose:\n%s\nparse:\n%s", typed, at, q, w)
		}
		version++
		mended, err := s.Change(uri, version, []workspace.Change{{Text: src}}, token.UTF8)
		if err != nil {
			t.Fatal(err)
		}
		if ds, ok := p.QuickDiagnose(ctx, mended); !ok || len(ds) != 0 {
			t.Fatalf("%q removed at %d: %v, %v", typed, at, ok, ds)
		}
	}
	t.Logf("%d of 60 quotes broke the file", broken)
	if broken < 40 {
		t.Errorf("only %d of 60 quotes broke the file", broken)
	}
}
