package policy

import (
	"cmp"
	"context"
	"errors"
	"path"
	"slices"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/keys"
	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Definition implements feature.Definer: a recipient's name where it is
// declared (also through map or a let), every target for "*", a secret's
// or a group's name where it is written.
func (p *Provider) Definition(ctx context.Context, snap feature.Snapshot, path string, pos token.Pos) ([]feature.Span, error) {
	res, it, mv, err := p.itemAt(ctx, snap, path, pos)
	if err != nil {
		return nil, err
	}
	if it == nil {
		// A name in a definition Nix discards: the analysis has no item.
		if rc, _ := p.discardedAt(snap, res, mv, path, pos); rc != nil {
			return declarations(res, rc), nil
		}
		return nil, nil
	}
	var out []feature.Span
	switch it.Kind {
	case analysis.ItemRecipient, analysis.ItemRecipientRef, analysis.ItemKey:
		switch {
		case it.Recipient != nil:
			out = declarations(res, it.Recipient)
		case it.Kind == analysis.ItemRecipientRef && it.Name == "*" && it.Role == analysis.Target:
			for _, rc := range it.Group.Targets.Items {
				if rc.NameSpan.IsValid() {
					out = append(out, spanOf(rc.NameSpan))
				}
			}
		}
	case analysis.ItemSecret:
		for _, k := range it.Secret.Keys {
			out = append(out, spanOf(k))
		}
	case analysis.ItemGroup:
		for _, k := range it.Group.Keys {
			out = append(out, spanOf(k))
		}
	}
	return mv.spans(out), nil
}

// declarations returns where a recipient's name is written: once, or
// several times when it is declared twice.
func declarations(res *analysis.Result, rc *analysis.Recipient) []feature.Span {
	var out []feature.Span
	for _, r := range res.References(rc) {
		if r.Kind == analysis.RefDeclaration {
			out = append(out, spanOf(r.Span))
		}
	}
	if out == nil && rc.NameSpan.IsValid() {
		out = append(out, spanOf(rc.NameSpan))
	}
	return out
}

// References implements feature.Referencer: for a recipient, its
// declarations (if asked), every name that selects it, and the implicit
// references — "*" in targets, and the name of every secret that takes
// all the admins by default.
func (p *Provider) References(ctx context.Context, snap feature.Snapshot, path string, pos token.Pos, includeDeclaration bool) ([]feature.Span, error) {
	res, it, mv, err := p.itemAt(ctx, snap, path, pos)
	if err != nil {
		return nil, err
	}
	var rc *analysis.Recipient
	switch {
	case it == nil:
		rc, _ = p.discardedAt(snap, res, mv, path, pos)
	case it.Kind != analysis.ItemKey && !(it.Kind == analysis.ItemRecipientRef && it.Name == "*"):
		rc = it.Recipient
	}
	if rc == nil {
		return nil, nil
	}
	var out []feature.Span
	var known []analysis.Span
	for _, r := range res.References(rc) {
		if !r.Span.IsValid() {
			continue
		}
		known = append(known, r.Span)
		if r.Kind != analysis.RefDeclaration || includeDeclaration {
			out = append(out, spanOf(r.Span))
		}
	}
	// And the names in definitions Nix discards, which a rename changes
	// too.
	for _, sp := range discardedPlaces(res, rc, func(sp analysis.Span) bool { return slices.Contains(known, sp) }) {
		out = append(out, spanOf(sp))
	}
	return mv.spans(out), nil
}

// discardedAt is discardedRef for the analysis an answer comes from: none
// while the document is broken (the kept analysis' tokens are of another
// text).
func (p *Provider) discardedAt(snap feature.Snapshot, res *analysis.Result, mv *moved, path string, pos token.Pos) (*analysis.Recipient, analysis.Span) {
	if res == nil || mv != nil {
		return nil, analysis.Span{}
	}
	return p.discardedRef(snap, res, path, pos)
}

// renamable returns the recipient at pos that a rename would change, with
// the range of its name there, or a Refusal.
func (p *Provider) renamable(ctx context.Context, snap feature.Snapshot, path string, pos token.Pos) (*analysis.Result, *analysis.Recipient, analysis.Span, error) {
	res, it, mv, err := p.itemAt(ctx, snap, path, pos)
	if err != nil || res == nil || mv != nil {
		// While the document is broken, a rename waits for it to parse.
		return nil, nil, analysis.Span{}, err
	}
	if it == nil {
		// A name in a definition Nix discards: the analysis has no item.
		if rc, at := p.discardedRef(snap, res, path, pos); rc != nil {
			return res, rc, at, nil
		}
		return nil, nil, analysis.Span{}, nil
	}
	switch it.Kind {
	case analysis.ItemRecipient, analysis.ItemRecipientRef:
	case analysis.ItemSecret, analysis.ItemGroup:
		return nil, nil, analysis.Span{}, feature.Refuse("only recipients can be renamed here: a secret's or a group's name is an attribute name, and renaming it renames its encrypted file")
	default:
		return nil, nil, analysis.Span{}, nil
	}
	switch {
	case it.Kind == analysis.ItemRecipientRef && it.Name == "*":
		return nil, nil, analysis.Span{}, feature.Refuse(`"*" is not a name: it selects every target`)
	case it.Recipient == nil:
		return nil, nil, analysis.Span{}, feature.Refuse("%s is not a recipient of group %s: there is nothing to rename", quote(it.Name), quote(it.Group.Name))
	case !it.Recipient.NameKnown:
		return nil, nil, analysis.Span{}, feature.Refuse("the name of this recipient is not known statically: it cannot be renamed")
	}
	at := it.Span
	if it.Kind == analysis.ItemRecipient {
		at = it.Recipient.NameSpan
		if at.File != path || pos < at.Start || pos > at.End {
			// Inside the recipient's set but not on its name.
			return nil, nil, analysis.Span{}, nil
		}
	}
	return res, it.Recipient, at, nil
}

// PrepareRename implements feature.Renamer. A name computed by an
// expression (a concatenation, a function) cannot be rewritten: the
// refusal says where it is built.
func (p *Provider) PrepareRename(ctx context.Context, snap feature.Snapshot, path string, pos token.Pos) (*feature.RenameTarget, error) {
	res, rc, at, err := p.renamable(ctx, snap, path, pos)
	if err != nil || rc == nil {
		return nil, err
	}
	if _, err := res.Rename(rc, rc.Name); err != nil {
		return nil, renameRefusal(snap, rc, err)
	}
	start, end := innerSpan(snap, at)
	return &feature.RenameTarget{Start: start, End: end, Placeholder: rc.Name}, nil
}

// Rename implements feature.Renamer: the recipient's declarations and every
// name that selects it, wherever the literals are (a let, a key file, a
// JSON key), also in definitions Nix discards (discardedEdits), once the
// renamed flake is verified to keep its policy (verifiedRename).
func (p *Provider) Rename(ctx context.Context, snap feature.Snapshot, path string, pos token.Pos, newName string) ([]feature.TextEdit, error) {
	res, rc, _, err := p.renamable(ctx, snap, path, pos)
	if err != nil || rc == nil {
		return nil, err
	}
	if newName != rc.Name && rc.Group.List(rc.Role).Lookup(newName) != nil {
		return nil, feature.Refuse("group %s already has %s %s", quote(rc.Group.Name), article(rc.Role), quote(newName))
	}
	edits, err := res.Rename(rc, newName)
	if err != nil {
		return nil, renameRefusal(snap, rc, err)
	}
	edits = append(edits, discardedEdits(res, rc, newName, edits)...)
	if edits, err = p.verifiedRename(ctx, snap, res, rc, newName, edits); err != nil {
		return nil, err
	}
	out := make([]feature.TextEdit, len(edits))
	for i, e := range edits {
		out[i] = feature.TextEdit{Span: spanOf(e.Span), NewText: e.NewText}
	}
	return out, nil
}

// renameRefusal explains why Rename failed.
func renameRefusal(snap feature.Snapshot, rc *analysis.Recipient, err error) error {
	var re *analysis.RenameError
	if errors.As(err, &re) && !re.Span.IsValid() {
		return feature.Refuse("cannot rename %s: a place that refers to it is not written as a literal", quote(rc.Name))
	}
	if errors.As(err, &re) {
		where := re.Span.File
		if f, ferr := snap.File(re.Span.File); ferr == nil {
			pos := f.Position(re.Span.Start)
			pos.Filename = path.Join(cmp.Or(snap.FSRoot(), "/"), pos.Filename)
			where = pos.String()
		}
		return feature.Refuse("cannot rename %s: its name is computed by an expression at %s, not written as a literal; change it there", quote(rc.Name), where)
	}
	return feature.Refuse("%v", err)
}

// innerSpan returns the name inside a string literal's quotes.
func innerSpan(snap feature.Snapshot, s analysis.Span) (token.Pos, token.Pos) {
	f, err := snap.File(s.File)
	if err != nil || s.End-s.Start < 2 {
		return s.Start, s.End
	}
	src := f.Source()
	if src[s.Start] == '"' && src[s.End-1] == '"' {
		return s.Start + 1, s.End - 1
	}
	return s.Start, s.End
}

func article(r analysis.Role) string {
	if r == analysis.Admin {
		return "an admin"
	}
	return "a target"
}

// quote quotes a name as the module's messages do.
func quote(s string) string { return keys.Quote(s) }
