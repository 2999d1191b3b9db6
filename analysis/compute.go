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

// ruleWriter computes _recipients and _creationRule, reusing its scratch
// space from one secret to the next.
type ruleWriter struct {
	picked []Selected
	spans  [][2]int // of each picked one's refs in refs
	refs   []Span
	lines  []ruleLine
	buf    []byte
}

// ruleLine is one key of a creation rule, with its owners.
type ruleLine struct {
	t       keys.Type
	written string
	owner   string   // the first owner
	more    []string // the others
}

// computeRecipients fills _recipients and _creationRule of s when what
// they depend on is known.
func (w *ruleWriter) computeRecipients(g *Group, s *Secret) {
	if g.Admins.Open || g.Targets.Open || s.Admins.Open || s.Targets.Open {
		return
	}
	for _, l := range [2]*RecipientList{g.Admins, g.Targets} {
		for _, r := range l.Items {
			if !r.NameKnown {
				return
			}
		}
	}
	w.picked, w.spans, w.refs = w.picked[:0], w.spans[:0], w.refs[:0]
	w.pick(g.Admins, s.Admins)
	w.pick(g.Targets, s.Targets)
	if len(w.picked) > 0 {
		// Exact copies: one array for the selected, one for their refs.
		s.Recipients = append([]Selected(nil), w.picked...)
		var refs []Span
		if len(w.refs) > 0 {
			refs = append([]Span(nil), w.refs...)
		}
		for i, sp := range w.spans {
			if sp[0] < sp[1] {
				s.Recipients[i].Refs = refs[sp[0]:sp[1]:sp[1]]
			}
		}
		clear(w.picked)
	}
	s.RecipientsKnown = true
	if s.File.Known {
		s.Rule, s.RuleKnown = w.creationRule(s.File.S, s.Recipients)
	}
}

// pick selects the recipients of list that sel names, in declaration
// order, with the references that select them.
func (w *ruleWriter) pick(list *RecipientList, sel *Selection) {
	star := sel.Has("*")
	for _, r := range list.Items {
		s := Selected{Recipient: r, Role: list.Role, Why: WhyExplicit}
		ref := r.Name
		switch {
		case sel.Default:
			// Every admin (every name is known here: computeRecipients
			// checked), or no target.
			if len(sel.Names) == 0 {
				continue
			}
			s.Why = WhyDefaultAdmin
		case sel.Has(r.Name):
		case star:
			s.Why, ref = WhyStar, "*"
		default:
			continue
		}
		start := len(w.refs)
		if !sel.Default {
			for _, n := range sel.Names {
				if n.Name == ref {
					w.refs = append(w.refs, n.Span)
				}
			}
		}
		w.picked = append(w.picked, s)
		w.spans = append(w.spans, [2]int{start, len(w.refs)})
	}
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
func (w *ruleWriter) creationRule(file string, recipients []Selected) (string, bool) {
	lines := w.lines[:0]
	defer func() { clear(lines); w.lines = lines[:0] }()
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
			lines = append(lines, ruleLine{t: k.Type, written: w, owner: owner})
		}
	}
	b := append(w.buf[:0], "- path_regex: ^"...)
	b = eval.AppendEscapedRegex(b, file)
	b = append(b, "$\n"...)
	for _, t := range keys.PolicyTypes() {
		first := true
		for i := range lines {
			l := &lines[i]
			if l.t != t {
				continue
			}
			if first {
				b = append(b, "  "...)
				b = append(b, t.RuleField()...)
				b = append(b, ":\n"...)
				first = false
			}
			b = append(b, "    - "...)
			b = append(b, l.written...)
			b = append(b, " # "...)
			b = append(b, l.owner...)
			for _, o := range l.more {
				b = append(b, ", "...)
				b = append(b, o...)
			}
			b = append(b, '\n')
		}
	}
	w.buf = b
	return string(b), true
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

// sopsYAML returns the whole generated .sops.yaml, when sopsYAMLKnown:
// every secret's rule, indented by two spaces.
func sopsYAML(p *Policy) string {
	size := 0
	for _, g := range p.Groups {
		for _, s := range g.Secrets {
			size += len(s.Rule) + 2*strings.Count(s.Rule, "\n")
		}
	}
	if size == 0 {
		return sopsYAMLHeader + "creation_rules: []\n"
	}
	var b strings.Builder
	b.Grow(len(sopsYAMLHeader) + len("creation_rules:\n") + size)
	b.WriteString(sopsYAMLHeader)
	b.WriteString("creation_rules:\n")
	for _, g := range p.Groups {
		for _, s := range g.Secrets {
			for rule := s.Rule; rule != ""; {
				line, rest, _ := strings.Cut(rule, "\n")
				b.WriteString("  ")
				b.WriteString(line)
				b.WriteByte('\n')
				rule = rest
			}
		}
	}
	return b.String()
}

// rulesKnown reports whether the rule of every secret of g is known.
func rulesKnown(g *Group) bool {
	if g.SecretsOpen {
		return false
	}
	for _, s := range g.Secrets {
		if !s.RuleKnown {
			return false
		}
	}
	return true
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
