package check

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/check/udiff"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
	"github.com/secrets-lsp/secrets-lsp/sopsfile"
)

// maxEffects bounds the files a drift finding lists one by one.
const maxEffects = 20

// drift is the finding for a committed .sops.yaml that is not the
// generated one, at its first differing line. It says what the difference
// does: for which declared secrets sops would pick other keys (or other
// settings) than the policy's, or that it would pick the same for all, the
// difference being one of form only (key_groups for a flat list, another
// order, missing comments).
func (s *scan) drift(name string, committed []byte, cfg *sopsfile.Config) Finding {
	generated := s.res.SopsYAML()
	line := 1
	for i := 0; i < len(committed) && i < len(generated) && committed[i] == generated[i]; i++ {
		if committed[i] == '\n' {
			line++
		}
	}
	diff := strings.TrimSuffix(udiff.Unified(SopsYAMLName+" (committed)", SopsYAMLName+" (generated from flake.secrets)", string(committed), generated), "\n")
	f := Finding{
		Pos:      Location{Position: token.Position{Filename: name, Line: line, Column: 1}},
		Severity: Error,
		Code:     CodeDrift,
		Detail:   "regenerate it: secrets-lsp --write-sops-yaml (or: nix run .#write-sops-yaml)\n",
	}
	if cfg == nil {
		f.Message = SopsYAMLName + " is not what the policy generates, and sops cannot read it"
		f.Detail += diff
		return f
	}
	effects, compared, otherKeys := s.driftEffects(cfg)
	if len(effects) == 0 {
		f.Message = fmt.Sprintf("%s is not what the policy generates, though sops would encrypt each of the %s for the same keys: regenerate it, or the flake check fails", SopsYAMLName, plural(compared, "declared secret"))
		f.Detail += diff
		return f
	}
	if otherKeys > 0 {
		f.Message = fmt.Sprintf("%s is not what the policy generates: sops would encrypt %d of the %s for other keys than flake.secrets says", SopsYAMLName, otherKeys, plural(compared, "declared secret"))
	} else {
		f.Message = fmt.Sprintf("%s is not what the policy generates: for %d of the %s its rules set what sops leaves in clear, which the generated rules do not (the keys are the same)", SopsYAMLName, len(effects), plural(compared, "declared secret"))
	}
	var b strings.Builder
	b.WriteString(f.Detail)
	for i, e := range effects {
		if i == maxEffects {
			fmt.Fprintf(&b, "and %d more files\n", len(effects)-i)
			break
		}
		b.WriteString(e + "\n")
	}
	b.WriteString(diff)
	f.Detail = b.String()
	return f
}

// driftEffects compares, for every declared secret whose recipients are
// known, the creation rule sops would apply from the committed .sops.yaml
// with what the policy says. It returns one line per secret that differs,
// in path order, the number of secrets compared and of those whose keys
// differ.
func (s *scan) driftEffects(cfg *sopsfile.Config) (effects []string, compared, otherKeys int) {
	for _, g := range s.res.Policy.Groups {
		for _, sec := range g.Secrets {
			if !sec.File.Known || sec.File.S == "" || !sec.RecipientsKnown {
				continue
			}
			e := &entry{rel: sec.File.S, group: g, secret: sec}
			w, ok := s.wanted(e)
			if !ok {
				continue
			}
			compared++
			if what, keys := s.ruleEffect(cfg, e.rel, w.groups[0]); what != "" {
				effects = append(effects, e.rel+": "+what)
				if keys {
					otherKeys++
				}
			}
		}
	}
	slices.Sort(effects)
	return effects, compared, otherKeys
}

// ruleEffect says how the committed rule for rel differs from what the
// policy wants, or "" when it does not, and whether the keys differ.
func (s *scan) ruleEffect(cfg *sopsfile.Config, rel string, want []wantedKey) (string, bool) {
	r, err := cfg.RuleFor(rel)
	switch {
	case errors.Is(err, sopsfile.ErrNoRule):
		return "no creation rule covers it: sops refuses to create it", true
	case err != nil:
		return "sops fails before it finds a rule: " + err.Error(), true
	case r == nil:
		return "the committed file has no creation_rules: sops uses its command-line flags only", true
	}
	var diffs []string
	rule := fmt.Sprintf("rule %d", r.Index+1)
	if len(r.KeyGroups) > 1 {
		diffs = append(diffs, fmt.Sprintf("%s splits the keys into %d key groups (%d needed to decrypt)", rule, len(r.KeyGroups), ruleThreshold(r)))
	}
	var have []wantedKey
	for _, k := range r.Keys() {
		have = append(have, wantedKey{Key: Key{Type: k.Type, Key: k.Key}, canon: s.canonical(k.Type, k.Key)})
	}
	for i, k := range have {
		// A rule may list a key twice: say it once.
		if findKey(want, k.Type, k.canon) < 0 && findKey(have[:i], k.Type, k.canon) < 0 {
			diffs = append(diffs, fmt.Sprintf("%s adds %s (%s)", rule, describeKey(k.Type, k.Key.Key), s.owners.describe(k.Type, k.Key.Key)))
		}
	}
	for _, k := range want {
		if findKey(have, k.Type, k.canon) < 0 {
			diffs = append(diffs, fmt.Sprintf("%s lacks %s of %s", rule, describeKey(k.Type, k.Key.Key), strings.Join(k.owners, ", ")))
		}
	}
	otherKeys := len(diffs) > 0
	if set := r.Active(); len(set) > 0 {
		diffs = append(diffs, fmt.Sprintf("%s sets %s, so sops leaves other values in clear", rule, strings.Join(set, " and ")))
	}
	if r.MACOnlyEncrypted {
		diffs = append(diffs, rule+" sets mac_only_encrypted")
	}
	return strings.Join(diffs, "; "), otherKeys
}

func ruleThreshold(r *sopsfile.Rule) int {
	if r.ShamirThreshold == 0 {
		return len(r.KeyGroups)
	}
	return r.ShamirThreshold
}
