package analysis

import (
	"strings"

	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
	"github.com/secrets-lsp/secrets-lsp/keys"
)

// The computed values of nix/lib.nix: selectRecipients, creationRule and
// sopsYaml (docs/policy.md, "Computed values").

// sopsYAMLHeader is the first line of the generated .sops.yaml.
const sopsYAMLHeader = "# Generated from flake.secrets; do not edit. Regenerate with: nix run .#write-sops-yaml\n"

// computeRecipients fills _recipients and _creationRule of s when what
// they depend on is known.
func computeRecipients(g *Group, s *Secret) {
	if g.Admins.Open || g.Targets.Open || s.Admins.Open || s.Targets.Open {
		return
	}
	for _, l := range []*RecipientList{g.Admins, g.Targets} {
		for _, r := range l.Items {
			if !r.NameKnown {
				return
			}
		}
	}
	s.Recipients = append(pick(g.Admins, s.Admins), pick(g.Targets, s.Targets)...)
	s.RecipientsKnown = true
	if s.File.Known {
		s.Rule, s.RuleKnown = creationRule(s.File.S, s.Recipients)
	}
}

// pick selects the recipients of list that sel names, in declaration order.
func pick(list *RecipientList, sel *Selection) []Selected {
	star := sel.Has("*")
	var out []Selected
	for _, r := range list.Items {
		if !star && !sel.Has(r.Name) {
			continue
		}
		s := Selected{Recipient: r, Role: list.Role, Why: WhyExplicit}
		switch {
		case sel.Default:
			s.Why = WhyDefaultAdmin
		case sel.Has(r.Name):
			for _, n := range sel.Names {
				if n.Name == r.Name {
					s.Refs = append(s.Refs, n.Span)
				}
			}
		default:
			s.Why = WhyStar
			for _, n := range sel.Names {
				if n.Name == "*" {
					s.Refs = append(s.Refs, n.Span)
				}
			}
		}
		out = append(out, s)
	}
	return out
}

// writtenKey is a key as .sops.yaml holds it: SSH keys without comment.
func writtenKey(t keys.Type, key string) string {
	if t == keys.Age && strings.HasPrefix(key, "ssh-") {
		if f := strings.SplitN(key, " ", 3); len(f) >= 2 {
			return f[0] + " " + f[1]
		}
	}
	return key
}

// creationRule is one creation_rules item, one line per distinct key with
// its owners; ok is false when a key's type cannot be told or a key is
// unknown (Nix fails there).
func creationRule(file string, recipients []Selected) (string, bool) {
	type entry struct {
		t              keys.Type
		written, owner string
	}
	var entries []entry
	for _, s := range recipients {
		r := s.Recipient
		if r.KeysOpen {
			return "", false
		}
		for _, k := range r.Keys {
			if k.Type == keys.Unknown {
				return "", false
			}
			entries = append(entries, entry{k.Type, writtenKey(k.Type, k.Value), r.Name + " (" + s.Role.String() + ")"})
		}
	}
	var b strings.Builder
	b.WriteString("- path_regex: ^" + eval.EscapeRegex(file) + "$\n")
	for _, t := range keys.PolicyTypes() {
		var lines []string
		owners := map[string][]string{}
		for _, e := range entries {
			if e.t != t {
				continue
			}
			if _, ok := owners[e.written]; !ok {
				lines = append(lines, e.written)
			}
			if !contains(owners[e.written], e.owner) {
				owners[e.written] = append(owners[e.written], e.owner)
			}
		}
		if len(lines) == 0 {
			continue
		}
		b.WriteString("  " + t.RuleField() + ":\n")
		for _, l := range lines {
			b.WriteString("    - " + l + " # " + strings.Join(owners[l], ", ") + "\n")
		}
	}
	return b.String(), true
}

// SopsYAML returns the whole generated .sops.yaml; ok is false when some
// rule is not known (or the policy has errors, where Nix has no value).
func sopsYAML(p *Policy) (string, bool) {
	if p.Open {
		return "", false
	}
	var b strings.Builder
	b.WriteString(sopsYAMLHeader)
	n := 0
	for _, g := range p.Groups {
		if g.SecretsOpen {
			return "", false
		}
		for _, s := range g.Secrets {
			if !s.RuleKnown {
				return "", false
			}
			if n == 0 {
				b.WriteString("creation_rules:\n")
			}
			n++
			for _, line := range strings.SplitAfter(strings.TrimSuffix(s.Rule, "\n"), "\n") {
				b.WriteString("  " + strings.TrimSuffix(line, "\n") + "\n")
			}
		}
	}
	if n == 0 {
		b.WriteString("creation_rules: []\n")
	}
	return b.String(), true
}

// recipientsData is _recipients as a value, for messages.
func recipientsData(s *Secret) *Data {
	if !s.RecipientsKnown {
		return nil
	}
	list := &Data{Kind: eval.KList}
	for _, sel := range s.Recipients {
		ks := &Data{Kind: eval.KList}
		for _, k := range sel.Recipient.Keys {
			ks.Elems = append(ks.Elems, attrsData("key", strData(k.Value), "type", strData(k.Type.String())))
		}
		list.Elems = append(list.Elems, attrsData("keys", ks, "name", strData(sel.Recipient.Name), "role", strData(sel.Role.String())))
	}
	return list
}

func strData(s string) *Data { return &Data{Kind: eval.KString, Str: s} }

// attrsData builds a set from name, value pairs given in name order.
func attrsData(kv ...any) *Data {
	d := &Data{Kind: eval.KAttrs}
	for i := 0; i+1 < len(kv); i += 2 {
		d.Names = append(d.Names, kv[i].(string))
		d.Vals = append(d.Vals, kv[i+1].(*Data))
		d.Keys = append(d.Keys, eval.Origin{})
	}
	return d
}
