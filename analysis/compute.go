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
	out := make([]Selected, 0, len(sel.Names)+1)
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
	type line struct {
		t       keys.Type
		written string
		owner   string   // the first owner
		more    []string // the others
	}
	lines := make([]line, 0, len(recipients)+2)
	for _, s := range recipients {
		r := s.Recipient
		if r.KeysOpen {
			return "", false
		}
		owner := r.owner(s.Role)
	keys:
		for _, k := range r.Keys {
			if k.Type == keys.Unknown {
				return "", false
			}
			w := writtenKey(k.Type, k.Value)
			for i := range lines {
				l := &lines[i]
				if l.t == k.Type && l.written == w {
					if l.owner != owner && !contains(l.more, owner) {
						l.more = append(l.more, owner)
					}
					continue keys
				}
			}
			lines = append(lines, line{t: k.Type, written: w, owner: owner})
		}
	}
	var b strings.Builder
	b.Grow(len(file) + 32 + 96*len(lines))
	b.WriteString("- path_regex: ^")
	b.WriteString(eval.EscapeRegex(file))
	b.WriteString("$\n")
	for _, t := range keys.PolicyTypes() {
		first := true
		for i := range lines {
			l := &lines[i]
			if l.t != t {
				continue
			}
			if first {
				b.WriteString("  " + t.RuleField() + ":\n")
				first = false
			}
			b.WriteString("    - ")
			b.WriteString(l.written)
			b.WriteString(" # ")
			b.WriteString(l.owner)
			for _, o := range l.more {
				b.WriteString(", ")
				b.WriteString(o)
			}
			b.WriteByte('\n')
		}
	}
	return b.String(), true
}

// sopsYAMLKnown reports whether every rule of the policy is known.
func sopsYAMLKnown(p *Policy) bool {
	if p.Open {
		return false
	}
	for _, g := range p.Groups {
		if !g.rulesKnown {
			return false
		}
	}
	return true
}

// sopsYAML returns the whole generated .sops.yaml, when sopsYAMLKnown.
func sopsYAML(p *Policy) string {
	size := len(sopsYAMLHeader) + 32
	for _, g := range p.Groups {
		size += len(g.rules)
	}
	if size == len(sopsYAMLHeader)+32 {
		return sopsYAMLHeader + "creation_rules: []\n"
	}
	var b strings.Builder
	b.Grow(size)
	b.WriteString(sopsYAMLHeader)
	b.WriteString("creation_rules:\n")
	for _, g := range p.Groups {
		b.WriteString(g.rules)
	}
	return b.String()
}

// groupRules is the group's part of creation_rules: each secret's rule,
// indented by two spaces.
func groupRules(g *Group) (string, bool) {
	if g.SecretsOpen {
		return "", false
	}
	size := 0
	for _, s := range g.Secrets {
		if !s.RuleKnown {
			return "", false
		}
		size += len(s.Rule) + 2*strings.Count(s.Rule, "\n")
	}
	var b strings.Builder
	b.Grow(size)
	for _, s := range g.Secrets {
		for rule := s.Rule; rule != ""; {
			line, rest, _ := strings.Cut(rule, "\n")
			b.WriteString("  ")
			b.WriteString(line)
			b.WriteByte('\n')
			rule = rest
		}
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
