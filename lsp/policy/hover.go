package policy

import (
	"context"
	"fmt"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/keys"
	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// maxListed bounds the lines of one list in a hover: a key that opens
// thousands of secrets is summarised, not printed in full.
const maxListed = 25

// Hover implements feature.Hoverer.
func (p *Provider) Hover(ctx context.Context, snap feature.Snapshot, path string, pos token.Pos) (*feature.Hover, error) {
	res, it, mv, err := p.itemAt(ctx, snap, path, pos)
	if err != nil || res == nil {
		return nil, err
	}
	if it == nil {
		// A name in a definition Nix discards: the analysis has no item.
		if rc, at := p.discardedRef(snap, res, path, pos); rc != nil {
			return &feature.Hover{Markdown: recipientHover(res, rc), Start: at.Start, End: at.End}, nil
		}
		return nil, nil
	}
	md := itemHover(res, it)
	if len(it.Alike) > 0 {
		md = sharedHover(res, it)
	}
	at, ok := mv.span(it.Span)
	if md == "" || !ok {
		return nil, nil
	}
	return &feature.Hover{Markdown: md, Start: at.Start, End: at.End}, nil
}

// itemHover is the hover of one item.
func itemHover(res *analysis.Result, it *analysis.Item) string {
	var md string
	switch it.Kind {
	case analysis.ItemSecret:
		md = secretHover(it.Secret)
	case analysis.ItemRecipient:
		md = recipientHover(res, it.Recipient)
	case analysis.ItemRecipientRef:
		switch {
		case it.Recipient != nil:
			md = recipientHover(res, it.Recipient)
		case it.Name == "*" && it.Role == analysis.Target:
			md = starHover(it.Group)
		default:
			md = unknownNameHover(it)
		}
	case analysis.ItemGroup:
		md = groupHover(it.Group)
	case analysis.ItemKey:
		md = keyHover(res, it.Recipient, it.Key)
	case analysis.ItemOption:
		md = optionHover(it.Option)
	}
	return md
}

// maxShared bounds the answers a hover on shared code shows in full.
const maxShared = 8

// sharedHover shows every answer of code that several groups or secrets
// share (a function genAttrs calls once per group): Nix evaluates it once
// for each, and one answer alone would hide the others.
func sharedHover(res *analysis.Result, it *analysis.Item) string {
	items := append(append([]*analysis.Item(nil), it.Alike...), it)
	var groups []string
	for _, x := range items {
		if x.Group != nil && !contains(groups, x.Group.Name) {
			groups = append(groups, x.Group.Name)
		}
	}
	var parts []string
	for _, x := range items {
		if md := itemHover(res, x); md != "" && !contains(parts, md) {
			parts = append(parts, md)
		}
	}
	if len(parts) <= 1 {
		return strings.Join(parts, "")
	}
	var b strings.Builder
	fmt.Fprintf(&b, "**Shared code**: evaluated for %s (%s), with %d different answers:\n\n", plural(len(groups), "group"), nameList(groups), len(parts))
	for i, md := range parts {
		if i == maxShared {
			fmt.Fprintf(&b, "---\n\n… and %d more\n", len(parts)-i)
			break
		}
		if i > 0 {
			b.WriteString("---\n\n")
		}
		b.WriteString(md + "\n")
	}
	return b.String()
}

// secretHover shows _recipients (who, with which keys, and why) and
// _creationRule; while a name of the selection is not a recipient Nix
// fails on both, and the hover says so instead of showing a rule Nix never
// generates.
func secretHover(s *analysis.Secret) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**secret** %s of group %s", code(s.Name), code(s.Group.Name))
	if s.File.Known {
		fmt.Fprintf(&b, " · file %s", code(s.File.S))
	}
	b.WriteString("\n\n")
	errs := s.SelectionErrors()
	switch {
	case len(errs) > 0:
		b.WriteString("**The selection is in error**: Nix fails on `_recipients` and `_creationRule` until it is fixed:\n\n")
		for _, msg := range errs {
			b.WriteString("```\n" + msg + "\n```\n")
		}
		if s.RecipientsKnown {
			b.WriteString("\nThe valid names select " + plural(len(s.Recipients), "recipient") + ": ")
			b.WriteString(nameList(selectedNames(s)) + ".\n")
		}
		return b.String()
	case !s.RecipientsKnown:
		b.WriteString("**Recipients** (`_recipients`): not known statically (they depend on values the analysis cannot see).\n")
	default:
		admins, targets, _ := s.Counts()
		fmt.Fprintf(&b, "**%s** (`_recipients`): %s, %s\n\n", plural(len(s.Recipients), "recipient"), plural(admins, "admin"), plural(targets, "target"))
		for i, sel := range s.Recipients {
			if i == maxListed {
				fmt.Fprintf(&b, "- … and %d more\n", len(s.Recipients)-i)
				break
			}
			fmt.Fprintf(&b, "- %s — %s · %s · %s\n", code(sel.Recipient.Name), sel.Role, keyList(sel.Recipient), why(sel.Why, sel.Role))
		}
	}
	b.WriteString("\n")
	if s.RuleKnown {
		b.WriteString("**Creation rule** (`_creationRule`):\n\n```yaml\n" + s.Rule() + "```\n")
	} else {
		b.WriteString("**Creation rule** (`_creationRule`): not known statically (a key is computed, of an unknown type, or the recipients are not known).\n")
	}
	return b.String()
}

// selectedNames are the names of the recipients s selects.
func selectedNames(s *analysis.Secret) []string {
	names := make([]string, len(s.Recipients))
	for i, sel := range s.Recipients {
		names[i] = sel.Recipient.Name
	}
	return names
}

// why says why a recipient can decrypt a secret.
func why(w analysis.Why, role analysis.Role) string {
	switch w {
	case analysis.WhyDefaultAdmin:
		return "every admin by default (the secret does not set `admins`)"
	case analysis.WhyStar:
		return "`\"*\"` in `targets`"
	}
	if role == analysis.Admin {
		return "named in `admins`"
	}
	return "named in `targets`"
}

// keyList renders a recipient's keys in one line: type and short form.
func keyList(rc *analysis.Recipient) string {
	if len(rc.Keys) == 0 {
		if rc.KeysOpen {
			return "keys not known statically"
		}
		return "no key"
	}
	parts := make([]string, len(rc.Keys))
	for i, k := range rc.Keys {
		parts[i] = keyType(k) + " " + code(keys.Short(k.Type, k.Value))
	}
	s := strings.Join(parts, ", ")
	if rc.KeysOpen {
		s += ", and keys not known statically"
	}
	return s
}

func keyType(k analysis.Key) string {
	if k.Type == keys.Unknown {
		return "key of unknown type"
	}
	return k.Type.String()
}

// recipientHover shows a recipient's keys and every secret it can decrypt,
// in its group and, through the same keys, in the others.
func recipientHover(res *analysis.Result, rc *analysis.Recipient) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s** %s of group %s\n\n", rc.Role, code(rc.Name), code(rc.Group.Name))
	switch {
	case len(rc.Keys) == 0 && rc.KeysOpen:
		b.WriteString("Keys: not known statically.\n")
	case len(rc.Keys) == 0:
		b.WriteString("Keys: none.\n")
	default:
		b.WriteString("**Keys**:\n")
		for _, k := range rc.Keys {
			fmt.Fprintf(&b, "- %s %s — %s\n", keyType(k), code(keys.Short(k.Type, k.Value)), keys.Describe(k.Type, k.Value))
		}
		if rc.KeysOpen {
			b.WriteString("- and keys not known statically\n")
		}
	}
	b.WriteString("\n")
	writeAccess(&b, blastRadius(res, rc), rc)
	return b.String()
}

// blastRadius returns what rc can decrypt: the secrets of its group that
// select it, and every secret, in any group, whose recipients hold one of
// its keys.
func blastRadius(res *analysis.Result, rc *analysis.Recipient) []analysis.Access {
	out := res.BlastRadius(rc)
	seen := map[*analysis.Secret]bool{}
	for _, a := range out {
		seen[a.Secret] = true
	}
	for _, k := range rc.Keys {
		if k.Type == keys.Unknown {
			continue
		}
		for _, a := range res.KeyBlastRadius(k.Type, k.Value) {
			if !seen[a.Secret] {
				seen[a.Secret] = true
				out = append(out, a)
			}
		}
	}
	return out
}

// writeAccess lists the secrets one can decrypt; self, when not nil, is
// the recipient the list is about (others are named).
func writeAccess(b *strings.Builder, access []analysis.Access, self *analysis.Recipient) {
	if len(access) == 0 {
		b.WriteString("**Can decrypt no secret.**\n")
		return
	}
	groups := map[*analysis.Group]bool{}
	for _, a := range access {
		groups[a.Secret.Group] = true
	}
	fmt.Fprintf(b, "**Can decrypt %s** in %s (if a key leaks: re-encrypt with `sops updatekeys`, then `sops rotate` and change each value):\n", plural(len(access), "secret"), plural(len(groups), "group"))
	for i, a := range access {
		if i == maxListed {
			fmt.Fprintf(b, "- … and %d more\n", len(access)-i)
			break
		}
		fmt.Fprintf(b, "- %s", code(a.Secret.Group.Name+"."+a.Secret.Name))
		if a.Recipient != self {
			fmt.Fprintf(b, " as %s %s", a.Recipient.Role, code(a.Recipient.Name))
		}
		fmt.Fprintf(b, " — %s\n", why(a.Why, a.Recipient.Role))
	}
}

// starHover shows what "*" selects.
func starHover(g *analysis.Group) string {
	names := g.Targets.Names()
	s := "`\"*\"` selects every target of group " + code(g.Name) + ": " + nameList(names)
	if g.Targets.Open {
		s += ", and targets the analysis cannot see"
	}
	return s + "\n"
}

// unknownNameHover explains a name that selects nobody.
func unknownNameHover(it *analysis.Item) string {
	if it.Name == "" {
		return ""
	}
	list := "admins"
	if it.Role == analysis.Target {
		list = "targets"
	}
	names := make([]string, len(it.Candidates))
	for i, c := range it.Candidates {
		names[i] = c.Name
	}
	return fmt.Sprintf("%s is not among the %s of group %s: %s\n", code(it.Name), list, code(it.Group.Name), nameList(names))
}

// groupHover summarises a group.
func groupHover(g *analysis.Group) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**group** %s", code(g.Name))
	if g.Directory.Known {
		fmt.Fprintf(&b, " · directory %s", code(g.Directory.S))
	}
	b.WriteString("\n\n")
	fmt.Fprintf(&b, "- %s: %s\n", plural(len(g.Admins.Names()), "admin"), nameList(g.Admins.Names()))
	fmt.Fprintf(&b, "- %s: %s\n", plural(len(g.Targets.Names()), "target"), nameList(g.Targets.Names()))
	secrets := make([]string, len(g.Secrets))
	for i, s := range g.Secrets {
		secrets[i] = s.Name
	}
	fmt.Fprintf(&b, "- %s: %s\n", plural(len(secrets), "secret"), nameList(secrets))
	return b.String()
}

// keyHover shows a key's type, who holds it (one key may serve the same
// person in several groups), and what it opens.
func keyHover(res *analysis.Result, rc *analysis.Recipient, k *analysis.Key) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s key** %s — %s\n\n", keyType(*k), code(keys.Short(k.Type, k.Value)), keys.Describe(k.Type, k.Value))
	if k.Type == keys.Unknown {
		fmt.Fprintf(&b, "Field %s of %s %s of group %s.\n", code(k.Field), rc.Role, code(rc.Name), code(rc.Group.Name))
		return b.String()
	}
	b.WriteString("**Held by**:\n")
	for _, h := range keyHolders(res, *k) {
		fmt.Fprintf(&b, "- %s %s of group %s (field %s)\n", h.rc.Role, code(h.rc.Name), code(h.rc.Group.Name), code(h.field))
	}
	b.WriteString("\n")
	writeAccess(&b, res.KeyBlastRadius(k.Type, k.Value), nil)
	return b.String()
}

type holder struct {
	rc    *analysis.Recipient
	field string
}

// keyHolders returns every recipient, in any group, that holds key k.
func keyHolders(res *analysis.Result, k analysis.Key) []holder {
	want := keys.Canonical(k.Type, k.Value)
	var out []holder
	for _, g := range res.Policy.Groups {
		for _, l := range []*analysis.RecipientList{g.Admins, g.Targets} {
			for _, rc := range l.Items {
				for _, other := range rc.Keys {
					if other.Type == k.Type && keys.Canonical(other.Type, other.Value) == want {
						out = append(out, holder{rc, other.Field})
						break
					}
				}
			}
		}
	}
	return out
}

// optionHover documents an option of the schema.
func optionHover(o *analysis.OptionRef) string {
	if !o.Known {
		return fmt.Sprintf("%s is not an option here. The options are: %s\n", code(o.Name), nameList(o.Siblings()))
	}
	opt := lookupOption(o.Name, o.Path())
	if opt == nil {
		return fmt.Sprintf("**option** %s\n", code(o.Path()))
	}
	return fmt.Sprintf("**option** %s\n\n%s", code(o.Path()), opt.doc())
}

// nameList renders names as code, comma-separated, at most maxListed.
func nameList(names []string) string {
	if len(names) == 0 {
		return "none"
	}
	var parts []string
	for i, n := range names {
		if i == maxListed {
			parts = append(parts, fmt.Sprintf("… and %d more", len(names)-i))
			break
		}
		parts = append(parts, code(n))
	}
	return strings.Join(parts, ", ")
}

// lineBreaks escapes line breaks, which would end inline code.
var lineBreaks = strings.NewReplacer("\n", `\n`, "\r", `\r`)

// code renders s as Markdown inline code, whatever it holds.
func code(s string) string {
	s = lineBreaks.Replace(s)
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		s = " " + s + " "
	}
	return fence + s + fence
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}
