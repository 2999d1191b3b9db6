package policy

import (
	"context"
	"fmt"
	"strings"

	"go.lsp.dev/protocol"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// TriggerCharacters implements feature.Completer: a quote opens a name in
// a list, a dot continues an attribute path.
func (*Provider) TriggerCharacters() []string { return []string{`"`, "."} }

// Complete implements feature.Completer: recipient names in the admins and
// targets of a secret, option names where an attribute of the schema is
// being written.
func (p *Provider) Complete(ctx context.Context, snap feature.Snapshot, path string, pos token.Pos) ([]feature.CompletionItem, error) {
	f, err := snap.File(path)
	if err != nil {
		return nil, err
	}
	_, it, err := p.itemAtSoon(ctx, snap, path, pos)
	if err != nil {
		return nil, err
	}
	if it != nil && (it.Kind == analysis.ItemRecipientRef || it.Kind == analysis.ItemSlot) {
		return nameItems(f.Source(), pos, it), nil
	}
	sc := p.optionContext(path, f, pos)
	if sc.scope == scopeNone && it != nil {
		// Where the tokens do not tell (a recipient's set built by a
		// function bound in a let), the analysis may know.
		switch {
		case it.Kind == analysis.ItemOption && it.Option.Known:
			sc.scope = scopeOfPath(splitOptionPath(it.Option.Path()))
		case it.Kind == analysis.ItemRecipient && it.Span == it.Recipient.Span:
			sc.scope = scopeRecipient
		}
	}
	return optionItems(sc), nil
}

// optionContext finds the option context at pos, with the tokens of the
// document kept from one completion to the next.
func (p *Provider) optionContext(path string, f *token.File, pos token.Pos) optionContext {
	p.mu.Lock()
	defer p.mu.Unlock()
	tl := newTokenList(f.Source(), p.tokens[path])
	clear(p.tokens) // one document at a time: the one being typed in
	p.tokens[path] = tl
	return contextAt(tl.upTo(pos), f.Source(), pos)
}

// nameItems offers the names that may be written at a reference or an
// empty place of an admins or targets list. The edit replaces the name
// being typed: inside quotes only the name (adding the closing quote if
// it is missing), outside them the word, with a quoted name.
func nameItems(src []byte, pos token.Pos, it *analysis.Item) []feature.CompletionItem {
	start, end := nameWord(src, pos)
	quoted := start > 0 && src[start-1] == '"'
	closed := int(end) < len(src) && src[end] == '"'
	items := make([]feature.CompletionItem, 0, len(it.Candidates))
	for i, c := range it.Candidates {
		text := c.Text
		if quoted {
			text = strings.TrimSuffix(strings.TrimPrefix(text, `"`), `"`)
			if !closed {
				text += `"`
			}
		}
		item := feature.CompletionItem{
			Label:      c.Name,
			Kind:       protocol.CompletionItemKindEnumMember,
			FilterText: c.Name,
			SortText:   fmt.Sprintf("%04d", i),
			Edit:       &feature.Edit{Start: start, End: end, NewText: text},
		}
		if c.Recipient != nil {
			item.Detail = c.Recipient.Role.String() + " · " + keyTypes(c.Recipient)
			item.Documentation = fmt.Sprintf("**%s** %s of group %s\n\n%s\n", c.Recipient.Role, code(c.Name), code(c.Recipient.Group.Name), keyList(c.Recipient))
		} else {
			item.Detail = "every target"
			item.Documentation = starHover(it.Group)
		}
		items = append(items, item)
	}
	return items
}

// nameWord returns the run of name characters around pos.
func nameWord(src []byte, pos token.Pos) (start, end token.Pos) {
	isName := func(c byte) bool {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-' || c == '.' || c == '*'
	}
	start, end = pos, pos
	for start > 0 && isName(src[start-1]) {
		start--
	}
	for int(end) < len(src) && isName(src[end]) {
		end++
	}
	return start, end
}

// keyTypes lists the types of a recipient's keys: "age, kms".
func keyTypes(rc *analysis.Recipient) string {
	var types []string
	for _, k := range rc.Keys {
		if t := keyType(k); !contains(types, t) {
			types = append(types, t)
		}
	}
	if len(types) == 0 {
		return "no key"
	}
	return strings.Join(types, ", ")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// optionItems offers the options of the scope, replacing the word at the
// cursor.
func optionItems(sc optionContext) []feature.CompletionItem {
	var items []feature.CompletionItem
	for i, o := range optionsIn(sc.scope) {
		items = append(items, feature.CompletionItem{
			Label:         o.name,
			Kind:          protocol.CompletionItemKindProperty,
			Detail:        o.typ,
			Documentation: o.doc(),
			SortText:      fmt.Sprintf("%04d", i),
			Edit:          &feature.Edit{Start: sc.start, End: sc.end, NewText: o.name},
		})
	}
	return items
}
