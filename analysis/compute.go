package analysis

import (
	"strings"
	"sync"

	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
	"github.com/secrets-lsp/secrets-lsp/keys"
)

// The computed values of nix/lib.nix: selectRecipients, creationRule and
// sopsYaml (docs/policy.md, "Computed values").

// sopsYAMLHeader is the first line of the generated .sops.yaml.
const sopsYAMLHeader = "# Generated from flake.secrets; do not edit. Regenerate with: nix run .#write-sops-yaml\n"

// ruleWriter computes _recipients and writes _creationRule, reusing its
// scratch space from one secret to the next.
type ruleWriter struct {
	// picked holds the _recipients computed since the last reserve: the
	// secrets' are slices of it.
	picked []Selected
	lines  []ruleLine
	named  []bool // pick's scratch: the recipients of a list named, by index
}

// lazyRule is a secret's _creationRule, written on first use: most
// analyses (the editor's after each edit, a check of a policy with errors)
// never read the text of 10,000 rules.
type lazyRule struct {
	once sync.Once
	text string
}

// ruleLine is one key of a creation rule, with its owners.
type ruleLine struct {
	t       keys.Type
	written string
	owner   string   // the first owner
	more    []string // the others
}

// computeRecipients fills _recipients of s, and whether _creationRule is
// known, when what they depend on is known.
func (w *ruleWriter) computeRecipients(g *Group, s *Secret) {
	if g.Admins.Open || g.Targets.Open || s.Admins.Open || s.Targets.Open || g.Admins.unnamed || g.Targets.unnamed {
		return
	}
	first := len(w.picked)
	w.pick(g.Admins, s.Admins)
	w.pick(g.Targets, s.Targets)
	if len(w.picked) > first {
		s.Recipients = w.picked[first:len(w.picked):len(w.picked)]
	}
	s.RecipientsKnown = true
	s.RuleKnown = s.File.Known && ruleKnown(s.Recipients)
}

// reserve gives the writer a new array for the _recipients of the secrets
// it computes next, room for n: a group's secrets share one array, no
// other group's, and need no copy when it is large enough. (If it is not,
// appending moves on to a larger one; the slices given out are kept.)
func (w *ruleWriter) reserve(n int) { w.picked = make([]Selected, 0, n) }

// pickBound is at most how many recipients of list the selection merged
// into m picks: each recipient once, and, when the list's names are
// distinct, one per name unless "*" or the default is among them.
func pickBound(list *RecipientList, m *merged) int {
	all := len(list.Items)
	if defaultSelection(m) || m.withDefault || len(list.Names()) < all {
		return all
	}
	for _, it := range m.items {
		if it.val.Kind == eval.KString && it.val.Str == "*" {
			return all
		}
	}
	return min(all, len(m.items))
}

// Rule is _creationRule, valid when RuleKnown; the text is written on the
// first call. It is safe for concurrent use.
func (s *Secret) Rule() string {
	if !s.RuleKnown {
		return ""
	}
	s.rule.once.Do(func() {
		var w ruleWriter
		s.rule.text = string(w.appendRule(nil, "", s.File.S, s.Recipients))
	})
	return s.rule.text
}

// ruleKnown reports whether the creation rule of recipients can be
// written: every key is known and of a type that can be told (Nix fails
// there otherwise).
func ruleKnown(recipients []Selected) bool {
	for _, s := range recipients {
		if !s.Recipient.ruleKeys {
			return false
		}
	}
	return true
}

// pick selects the recipients of list that sel names, in declaration
// order.
func (w *ruleWriter) pick(list *RecipientList, sel *Selection) {
	if sel.Default {
		// Every admin (every name is known here: computeRecipients
		// checked), or no target.
		if len(sel.Names) > 0 {
			for _, r := range list.Items {
				w.picked = append(w.picked, Selected{Recipient: r, Role: list.Role, Why: WhyDefaultAdmin})
			}
		}
		return
	}
	// Mark the recipients named (looking each name up rather than each
	// recipient's in the names: lists are longer than selections).
	if len(w.named) < len(list.Items) {
		w.named = make([]bool, len(list.Items))
	}
	named := w.named[:len(list.Items)]
	distinct := len(list.Names()) == len(list.Items)
	star := false
	// The recipients named are among list.Items[lo:hi]: a secret names a
	// few of a group's many, whose flags need not all be read.
	lo, hi := len(list.Items), 0
	for _, n := range sel.Names {
		star = star || n.Name == "*"
		if distinct {
			if r := list.Lookup(n.Name); r != nil {
				named[r.Index] = true
				lo, hi = min(lo, r.Index), max(hi, r.Index+1)
			}
			continue
		}
		lo, hi = 0, len(list.Items)
		for i, r := range list.Items {
			named[i] = named[i] || r.Name == n.Name
		}
	}
	if star {
		lo, hi = 0, len(list.Items)
	}
	for i := lo; i < hi; i++ {
		r := list.Items[i]
		why := WhyExplicit
		switch {
		case named[i]:
			named[i] = false
		case star:
			why = WhyStar
		default:
			continue
		}
		w.picked = append(w.picked, Selected{Recipient: r, Role: list.Role, Why: why})
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

// appendRule appends the creation_rules item of a secret whose rule is
// known (ruleKnown), each line after indent: one line per distinct key
// with its owners.
func (w *ruleWriter) appendRule(b []byte, indent, file string, recipients []Selected) []byte {
	lines := w.lines[:0]
	defer func() { clear(lines); w.lines = lines[:0] }()
	for _, s := range recipients {
		r := s.Recipient
		owner := r.owner(s.Role)
	keys:
		for _, k := range r.Keys {
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
	b = append(b, indent...)
	b = append(b, "- path_regex: ^"...)
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
				b = append(b, indent...)
				b = append(b, "  "...)
				b = append(b, t.RuleField()...)
				b = append(b, ":\n"...)
				first = false
			}
			b = append(b, indent...)
			b = append(b, "    - "...)
			b = appendYAMLKey(b, l.written)
			b = append(b, " # "...)
			b = append(b, l.owner...)
			for _, o := range l.more {
				b = append(b, ", "...)
				b = append(b, o...)
			}
			b = append(b, '\n')
		}
	}
	return b
}

// appendYAMLKey appends a key as a YAML scalar, quoted where YAML would
// read it as a number: a PGP fingerprint of decimal digits only, or of
// digits around one e (SOPS then fails: "expected a string"). The module
// writes the same (nix/lib.nix, yamlKey).
func appendYAMLKey(b []byte, key string) []byte {
	digits := func(s string) bool {
		return s != "" && strings.Trim(s, "0123456789") == ""
	}
	mantissa, exponent, float := strings.Cut(strings.ToLower(key), "e")
	if digits(mantissa) && (!float || digits(exponent)) {
		return append(append(append(b, '\''), key...), '\'')
	}
	return append(b, key...)
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
// every secret's rule, indented by two spaces. The rules are written
// into it, not kept: the secrets' own texts are written when asked for.
func sopsYAML(p *Policy) string {
	const indent = "  "
	size := 0
	for _, g := range p.Groups {
		for _, s := range g.Secrets {
			size += ruleSizeBound(indent, s.File.S, s.Recipients)
		}
	}
	if size == 0 {
		return sopsYAMLHeader + "creation_rules: []\n"
	}
	// Written in one buffer of the right size: growing it (to ~10 MB for
	// 10,000 secrets) allocated five times the text.
	b := make([]byte, 0, len(sopsYAMLHeader+"creation_rules:\n")+size)
	b = append(b, sopsYAMLHeader+"creation_rules:\n"...)
	var w ruleWriter
	for _, g := range p.Groups {
		for _, s := range g.Secrets {
			b = w.appendRule(b, indent, s.File.S, s.Recipients)
		}
	}
	return string(b)
}

// ruleSizeBound is at least the length appendRule gives: per key, at most
// a line of its own with its owner and a line naming its type.
func ruleSizeBound(indent, file string, recipients []Selected) int {
	n := len(indent) + len("- path_regex: ^$\n") + 2*len(file)
	for _, s := range recipients {
		owner := len(s.Recipient.Name) + len(" (target)")
		for _, k := range s.Recipient.Keys {
			n += 2*len(indent) + len("  :\n    -  # , \n") + len(k.Type.RuleField()) + len(k.Value) + owner
		}
	}
	return n
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
	var items []*Data
	for _, sel := range s.Recipients {
		var ks []*Data
		for _, k := range sel.Recipient.Keys {
			ks = append(ks, attrsData("key", strData(k.Value), "type", strData(k.Type.String())))
		}
		items = append(items, attrsData("keys", listData(eval.Origin{}, ks), "name", strData(sel.Recipient.Name), "role", strData(sel.Role.String())))
	}
	return listData(eval.Origin{}, items)
}

func strData(s string) *Data { return &Data{Kind: eval.KString, Str: s} }

// attrsData builds a set from name, value pairs given in name order.
func attrsData(kv ...any) *Data {
	var names []string
	var vals []*Data
	var keys []eval.Origin
	for i := 0; i+1 < len(kv); i += 2 {
		names = append(names, kv[i].(string))
		vals = append(vals, kv[i+1].(*Data))
		keys = append(keys, eval.Origin{})
	}
	return &Data{Kind: eval.KAttrs, more: newSetMore(vals, names, keys)}
}
