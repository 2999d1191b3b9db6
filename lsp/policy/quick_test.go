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

// TestQuickDiagnose types in a target name (and a second one) and checks that each version is
// answered at once, with exactly the diagnostics the full analysis of that
// version gives, and that other edits are not.
func TestQuickDiagnose(t *testing.T) {
	ctx := context.Background()
	s, p := analysedSession(t)
	for i, step := range []struct {
		name  string
		quick bool
	}{
		{"web", true}, {"wb", true}, {"", true}, {"alice", true}, {"*", true}, {"web1", true},
		{`web1" "web1`, true},                    // a name added to the list
		{`web1" web2 "`, true},                   // a variable no one binds: a syntax error (Nix's parser rejects it)
		{`web1" (let h = "web2"; in h) "`, true}, // a let: the group evaluated again
		{`web\n`, true},                          // an escape: the group, written literally, built again
	} {
		text := strings.Replace(secretsNix, `[ "web1" ]`, `[ "`+step.name+`" ]`, 1)
		next, _ := quickMatches(t, s, p, int32(i+2), text, step.name, step.quick)
		if !step.quick {
			continue
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

// TestCompletionAfterQuickDiagnosis: typing a name in one list right after
// a quickly diagnosed change in another is completed from the analysis
// the quick diagnosis answered from, without analysing the new version.
func TestCompletionAfterQuickDiagnosis(t *testing.T) {
	ctx := context.Background()
	s, _ := session(t)
	p := policy.New()
	two := strings.Replace(secretsNix, `secret.app.targets = [ "web1" ];`, `secret.app.targets = [ "web1" ];
    secret.db.targets = [ "web1" ];`, 1)
	change := func(version int32, text string) *workspace.Snapshot {
		t.Helper()
		snap, err := s.Change("file:///ws/secrets.nix", version, []workspace.Change{{Text: text}}, token.UTF8)
		if err != nil {
			t.Fatal(err)
		}
		return snap
	}
	base := change(2, two)
	if _, err := p.Diagnose(ctx, base); err != nil {
		t.Fatal(err)
	}
	// A misspelt target of app, answered quickly…
	typo := strings.Replace(two, `app.targets = [ "web1" ]`, `app.targets = [ "wb1" ]`, 1)
	if _, ok := p.QuickDiagnose(ctx, change(3, typo)); !ok {
		t.Fatal("QuickDiagnose did not answer")
	}
	// …then a name typed in db's list: the text differs from the analysed
	// one in two places.
	typing := strings.Replace(typo, `db.targets = [ "web1" ]`, `db.targets = [ "w" ]`, 1)
	snap := change(4, typing)
	at := token.Pos(strings.Index(typing, `[ "w" ]`) + 4)
	items, err := p.Complete(ctx, snap, "secrets.nix", at)
	if err != nil || fmt.Sprint(labels(items)) != "[web1 *]" {
		t.Fatalf("completion = %v, %v; want web1 *", labels(items), err)
	}
	// Had the completion analysed snap, the analysis of base would be
	// superseded.
	if h, err := p.Hover(ctx, base, "secrets.nix", token.Pos(strings.Index(two, "web1"))); err != nil || h == nil {
		t.Errorf("hover of the analysed version = %v, %v; want an answer (the new version not analysed)", h, err)
	}
}

// TestQuickDiagnoseSecrets adds, changes and removes secrets in a group's
// set of secrets and checks that each version is answered at once, with
// exactly the diagnostics the full analysis of that version gives, and that
// other edits are not.
func TestQuickDiagnoseSecrets(t *testing.T) {
	s, p := analysedSession(t)
	for i, step := range []struct {
		secrets          string
		quick, diagnosed bool
	}{
		{`app.targets = [ "web1" ];`, true, false}, // the set written (no set of secrets before): the group built again
		{`db = { }; app.targets = [ "web1" ];`, true, false},
		{`db = { targets = [ "web2" ]; }; app.targets = [ "web1" ];`, true, true},      // not a target
		{`"-db" = { }; app.targets = [ "web1" ];`, true, true},                         // an invalid name
		{`app.targets = [ "web1" ];`, true, false},                                     // removed
		{`app.targets = [ "web1" ]; app2.file = "secrets/prod/app.yaml";`, true, true}, // app's file
		{`app.targets = [ "web1" ]; app2.file = "x" + "y";`, true, false},              // the group evaluated again
	} {
		text := strings.Replace(secretsNix, `secret.app.targets = [ "web1" ];`, "secret = { "+step.secrets+" };", 1)
		_, full := quickMatches(t, s, p, int32(i+2), text, step.secrets, step.quick)
		if step.diagnosed != (len(full) > 0) {
			t.Errorf("%q: diagnostics %v, want some: %v", step.secrets, full, step.diagnosed)
		}
	}
}

// quickMatches changes secrets.nix to text (version v) and checks that
// QuickDiagnose answers it as quick says, with Diagnose's diagnostics of
// that version, which it returns with the snapshot.
func quickMatches(t *testing.T, s *workspace.Session, p *policy.Provider, v int32, text, what string, quick bool) (*workspace.Snapshot, []feature.Diagnostic) {
	t.Helper()
	ctx := context.Background()
	next, err := s.Change("file:///ws/secrets.nix", v, []workspace.Change{{Text: text}}, token.UTF8)
	if err != nil {
		t.Fatal(err)
	}
	answer, ok := p.QuickDiagnose(ctx, next)
	if ok != quick {
		t.Fatalf("%q: QuickDiagnose answered %v", what, ok)
	}
	full, err := p.Diagnose(ctx, next)
	if err != nil {
		t.Fatal(err)
	}
	if ok && describe(answer) != describe(full) {
		t.Errorf("%q: QuickDiagnose:\n%s\nDiagnose:\n%s", what, describe(answer), describe(full))
	}
	return next, full
}

// analysedSession is session with a provider that diagnosed its first
// snapshot.
func analysedSession(t *testing.T) (*workspace.Session, *policy.Provider) {
	s, snap := session(t)
	p := policy.New()
	if _, err := p.Diagnose(context.Background(), snap); err != nil {
		t.Fatal(err)
	}
	return s, p
}
