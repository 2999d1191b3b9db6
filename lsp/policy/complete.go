package policy

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"go.lsp.dev/protocol"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/nixparse/scanner"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// TriggerCharacters implements feature.Completer: a quote opens a name in
// a list, a dot continues an attribute path.
func (*Provider) TriggerCharacters() []string { return []string{`"`, "."} }

// Complete implements feature.Completer: recipient names in the admins and
// targets of a secret, option names where an attribute of the schema is
// being written. Where the tokens before the cursor tell (a list or a set
// written in place), they are enough with the group's names; elsewhere (a
// list or a set a function builds) the analysis' item at the cursor says.
func (p *Provider) Complete(ctx context.Context, snap feature.Snapshot, path string, pos token.Pos) ([]feature.CompletionItem, error) {
	f, err := snap.File(path)
	if err != nil {
		return nil, err
	}
	cc := p.cursorContext(snap, path, f, pos)
	if cc.list != nil {
		res, err := p.resultSoon(ctx, snap, path)
		if err != nil {
			return nil, err
		}
		if g := groupOf(res, cc.list.group); g != nil {
			return nameItems(f.Source(), pos, g, candidatesOf(g, cc.list.role)), nil
		}
	}
	if cc.scope != scopeNone {
		return optionItems(cc, boundNames(f.Source(), cc)), nil
	}
	_, it, err := p.itemAtSoon(ctx, snap, path, pos)
	if err != nil || it == nil {
		return nil, err
	}
	switch {
	case it.Kind == analysis.ItemRecipientRef || it.Kind == analysis.ItemSlot:
		cands, note := sharedCandidates(it)
		items := nameItems(f.Source(), pos, it.Group, cands)
		for i := range items {
			items[i].Documentation += note
		}
		return items, nil
	case it.Kind == analysis.ItemOption && it.Option.Known:
		cc.scope = scopeOfPath(splitOptionPath(it.Option.Path()))
	case it.Kind == analysis.ItemRecipient && it.Span == it.Recipient.Span:
		cc.scope = scopeRecipient // in the set a function makes a recipient of
	}
	return optionItems(cc, boundNames(f.Source(), cc)), nil
}

// sharedCandidates returns the candidates valid at every item of a list
// that several groups read (code a function makes each group of): a name
// only some of them know would be an error in the others. note says so
// when the groups differ.
func sharedCandidates(it *analysis.Item) (cands []analysis.Candidate, note string) {
	groups := []string{it.Group.Name}
	for _, a := range it.Alike {
		if !contains(groups, a.Group.Name) {
			groups = append(groups, a.Group.Name)
		}
	}
	if len(groups) == 1 {
		return it.Candidates, ""
	}
	for _, c := range it.Candidates {
		inAll := true
		for _, a := range it.Alike {
			inAll = inAll && slices.ContainsFunc(a.Candidates, func(x analysis.Candidate) bool { return x.Name == c.Name })
		}
		if inAll {
			cands = append(cands, c)
		}
	}
	slices.Sort(groups)
	return cands, "\nThis list is read by " + plural(len(groups), "group") + " (" + nameList(groups) + "): only the names valid in every one are offered.\n"
}

func groupOf(res *analysis.Result, name string) *analysis.Group {
	if res == nil || res.Policy == nil {
		return nil
	}
	return res.Policy.Group(name)
}

// candidatesOf returns the names that may be written in a secret's admins
// (role Admin) or targets of group g: its admins, or its targets and "*".
// They are the analysis' Item.Candidates (TestCandidatesOf).
func candidatesOf(g *analysis.Group, role analysis.Role) []analysis.Candidate {
	list := g.List(role)
	var out []analysis.Candidate
	for _, n := range list.Names() {
		out = append(out, analysis.Candidate{Name: n, Recipient: list.Lookup(n), Text: eval.EscapeNixString(n)})
	}
	if role == analysis.Target {
		out = append(out, analysis.Candidate{Name: "*", Text: `"*"`})
	}
	return out
}

// cursorContext reads the context of pos from the tokens of the document,
// kept from one completion to the next: those of the version the list
// kept is of, and the text since (tokenList.contextIn), or the list made
// for f's version.
func (p *Provider) cursorContext(snap feature.Snapshot, path string, f *token.File, pos token.Pos) cursorContext {
	p.tokensMu.Lock()
	tl := p.tokens[path]
	if tl != nil {
		if cc, ok := tl.contextIn(f.Source(), pos); ok {
			p.tokensMu.Unlock()
			return cc
		}
	}
	p.tokensMu.Unlock()
	var cc cursorContext
	p.withTokens(snap, path, f, func(tl *tokenList) { cc = tl.contextAt(pos) })
	return cc
}

// withTokens calls fn with the tokens of document path at f, kept from
// one request to the next.
func (p *Provider) withTokens(snap feature.Snapshot, path string, f *token.File, fn func(*tokenList)) {
	p.tokensMu.Lock()
	defer p.tokensMu.Unlock()
	tl := newTokenList(f.Source(), p.tokens[path])
	clear(p.tokens) // one document at a time: the one being typed in
	p.tokens[path] = tl
	p.tokensOf = snap.ID()
	fn(tl)
}

// nameItems offers the names that may be written in an admins or targets
// list of group g. The edit replaces the name being typed: inside quotes
// only the name (adding the closing quote if it is missing), outside them
// the word, with a quoted name.
func nameItems(src []byte, pos token.Pos, g *analysis.Group, candidates []analysis.Candidate) []feature.CompletionItem {
	start, end := nameWord(src, pos)
	quoted := start > 0 && src[start-1] == '"'
	closed := int(end) < len(src) && src[end] == '"'
	items := make([]feature.CompletionItem, 0, len(candidates))
	for i, c := range candidates {
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
			item.Documentation = starHover(g)
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

// optionItems offers the options of the scope that the set does not bind
// already, replacing the word at the cursor.
func optionItems(sc cursorContext, bound map[string]bool) []feature.CompletionItem {
	var items []feature.CompletionItem
	for i, o := range optionsIn(sc.scope) {
		if bound[o.name] && !o.isSet() {
			continue // a second binding would be Nix's "already defined"
		}
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

// maxBoundScan bounds the bytes of a set boundNames reads (~0.5 ms).
const maxBoundScan = 64 << 10

// boundNames are the names the set at the cursor binds whole (name = …;
// or inherit name;), besides the word at the cursor: an option bound by a
// path (recipients.admins = …;) may be written again with another path,
// and so may one whose value is a set (recipients = { … }; merges with
// recipients.targets = …;).
func boundNames(src []byte, cc cursorContext) map[string]bool {
	if !cc.set.IsValid() || int(cc.set) >= len(src) || src[cc.set] != '{' {
		return nil
	}
	var s scanner.Scanner
	s.Init(unsafeString(src[cc.set:]), 0)
	s.Next() // the {
	bound := map[string]bool{}
	depth, head, inherit, named := 0, true, false, false
	var name scanner.Token
	// A set of many thousand lines (the whole of flake.secrets) is read
	// in part: a binding missed is one more option offered, not an error.
	for t := s.Next(); t.Kind != token.EOF && t.Pos < maxBoundScan; t = s.Next() {
		switch t.Kind {
		case token.LBRACE, token.LBRACK, token.LPAREN, token.DOLLAR_CURLY, token.LET:
			depth++
		case token.RBRACE, token.RBRACK, token.RPAREN, token.IN:
			if depth == 0 {
				return bound
			}
			depth--
		}
		if depth > 0 || t.Kind == token.RBRACE || t.Kind == token.RBRACK || t.Kind == token.RPAREN || t.Kind == token.IN {
			continue
		}
		at := cc.set + t.Pos
		switch {
		case t.Kind == token.SEMI:
			head, inherit, named = true, false, false
		case head && t.Kind == token.INHERIT:
			inherit = true
		case inherit && t.Kind == token.ID && (at != cc.start || cc.start == cc.end):
			bound[string(src[at:cc.set+t.End])] = true
		case head && named && t.Kind == token.ASSIGN:
			if p := cc.set + name.Pos; p != cc.start || cc.start == cc.end {
				bound[string(src[p:cc.set+name.End])] = true
			}
			head = false
		case head && !named && t.Kind == token.ID:
			name, named = t, true
		case head:
			head = false // a path, or not a binding
		}
	}
	return bound
}
