package check

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// policyErrors finds, for every declared secret, the errors of the policy
// its recipients follow from: an error in the secret's admins or targets
// (a misspelt name), in one of its options (a misspelt `targets`, which
// leaves the default selection in its place), in the definition of a
// recipient it selects (a malformed key, a misspelt field), or that it
// selects no recipient. Nix evaluates no recipients for such a secret;
// what the analysis computes around the error is not what was meant, so
// comparing the secret's file with it would report the error again as a
// stale key (the one the misspelt name was meant to select) or a missing
// one (a malformed key). Those secrets are not compared.
func policyErrors(res *analysis.Result) map[*analysis.Secret][]analysis.Diagnostic {
	byFile := map[string][]analysis.Diagnostic{}
	byOption := map[string][]analysis.Diagnostic{} // by optionPrefix
	for _, d := range res.Diagnostics {
		if d.Severity != analysis.SeverityError {
			continue
		}
		if d.Span.IsValid() {
			byFile[d.File] = append(byFile[d.File], d)
		}
		if o, ok := secretOption(d); ok {
			byOption[o] = append(byOption[o], d)
		}
	}
	if len(byFile) == 0 && len(byOption) == 0 {
		return nil
	}
	for _, ds := range byFile {
		slices.SortFunc(ds, func(a, b analysis.Diagnostic) int { return cmp.Compare(a.Start, b.Start) })
	}
	out := map[*analysis.Secret][]analysis.Diagnostic{}
	for _, g := range res.Policy.Groups {
		for _, sec := range g.Secrets {
			found := slices.Clone(byOption[optionPrefix(g.Name, sec.Name)])
			within := func(sp analysis.Span, code string) {
				ds := byFile[sp.File]
				i, _ := slices.BinarySearchFunc(ds, sp.Start, func(d analysis.Diagnostic, p token.Pos) int { return cmp.Compare(d.Start, p) })
				for ; i < len(ds) && ds[i].Start < sp.End; i++ {
					if code != "" && ds[i].Code != code {
						continue
					}
					if !slices.ContainsFunc(found, func(d analysis.Diagnostic) bool { return d.Span == ds[i].Span && d.Code == ds[i].Code }) {
						found = append(found, ds[i])
					}
				}
			}
			for _, sel := range []*analysis.Selection{sec.Admins, sec.Targets} {
				for _, sp := range sel.Defs {
					within(sp, "")
				}
				for _, n := range sel.Names {
					within(n.Span, "")
				}
			}
			for _, r := range sec.Recipients {
				within(r.Recipient.Span, "")
			}
			// "Selects no recipient" is written at the secret's name.
			for _, sp := range sec.Keys {
				within(sp, analysis.CodeNoRecipient)
			}
			if len(found) > 0 {
				out[sec] = found
			}
		}
	}
	return out
}

// secretOption returns, for a diagnostic of the module system about an
// option of a secret (its message names it as Nix shows options: "The
// option `flake.secrets.prod.secret.db.targetz' does not exist", "A
// definition for option `…' is not of type …"), the option's path up to
// the secret, as optionPrefix writes it.
func secretOption(d analysis.Diagnostic) (string, bool) {
	_, rest, ok := strings.Cut(d.Message, "option `")
	if !ok {
		return "", false
	}
	opt, _, ok := strings.Cut(rest, "'")
	if !ok || !strings.HasPrefix(opt, "flake.secrets.") {
		return "", false
	}
	// flake.secrets.<group>.secret.<name>.…: names may be quoted, and
	// hold dots then.
	parts := splitOption(opt)
	if len(parts) < 6 || parts[3] != "secret" {
		return "", false
	}
	return strings.Join(parts[:5], ".") + ".", true
}

// splitOption splits a path as Nix shows it at the dots outside quotes.
func splitOption(opt string) []string {
	var parts []string
	start, quoted := 0, false
	for i := 0; i < len(opt); i++ {
		switch c := opt[i]; {
		case c == '\\' && quoted:
			i++
		case c == '"':
			quoted = !quoted
		case c == '.' && !quoted:
			parts = append(parts, opt[start:i])
			start = i + 1
		}
	}
	return append(parts, opt[start:])
}

// optionPrefix is how Nix shows the options of a secret, up to its name.
func optionPrefix(group, secret string) string {
	return "flake.secrets." + eval.EscapeNixIdentifier(group) + ".secret." + eval.EscapeNixIdentifier(secret) + "."
}

// notCompared is the finding for the file of a secret whose recipients
// follow from policy errors: the comparison is left for after the fix.
func (s *scan) notCompared(e *entry, errs []analysis.Diagnostic) Finding {
	them := "them"
	if len(errs) == 1 {
		them = "it"
	}
	f := Finding{Pos: wholeFile(e.path), Severity: Info, Code: CodeNotCompared,
		Message: fmt.Sprintf("%s: recipients not compared with the policy: the recipients of %s depend on %s; fix %s, then check again",
			e.rel, secretName(e), plural(len(errs), "policy error"), them)}
	for _, d := range errs {
		f.Related = append(f.Related, Related{Pos: s.position(d.Span), Message: "the policy error [" + d.Code + "]"})
	}
	return f
}
