package analysis

import (
	"bytes"
	"fmt"
	"maps"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
	"github.com/secrets-lsp/secrets-lsp/keys"
	"github.com/secrets-lsp/secrets-lsp/nixparse/ast"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// A rename rewrites literals; whatever else reads the name (an attribute
// looked up by it, a comparison, a file path built from it) keeps the old
// one, and the renamed policy may then fail, or worse, let someone else
// decrypt a secret. So a rename is verified before it is offered: the
// flake is analysed again with the edits applied, and VerifyRename
// compares the two analyses.

// RenameConflictKind says how a rename would change the policy.
type RenameConflictKind uint8

const (
	ConflictError   RenameConflictKind = iota + 1 // an error the flake did not have
	ConflictAccess                                // the keys that can decrypt a secret
	ConflictUnknown                               // something known would no longer be
	ConflictSecrets                               // a group or secret would appear, vanish or move
	ConflictMissing                               // the recipient is not found under its new name
)

// RenameConflict is why a rename would change the policy: the first
// difference between the analyses before and after it.
type RenameConflict struct {
	Kind RenameConflictKind
	// Group and Secret name the secret that would change (ConflictAccess,
	// and ConflictUnknown or ConflictSecrets about a secret).
	Group, Secret string
	// Gained are the recipients (named as after the rename) who could
	// decrypt the secret only after it, Lost those (named as before) who
	// could only before.
	Gained, Lost []string
	// Diagnostic is the new error (ConflictError), in the renamed flake.
	Diagnostic *Diagnostic
	msg        string
}

func (c *RenameConflict) Error() string { return c.msg }

// VerifyRename compares before, the analysis of a flake, with after, the
// analysis of the same flake with edits applied that rename the recipient
// rc (a recipient of before, or of another flake that reads a file the
// edits change) to newName. It returns nil when the rename changes
// nothing but the name: every secret is decrypted by the same keys (as
// sets per key type: a new name that sorts elsewhere may reorder
// _recipients and a rule's keys, which SOPS does not depend on, and
// .sops.yaml is regenerated after any rename) and has the same file,
// nothing known becomes
// unknown, no error appears (errors are compared modulo the name), and
// the recipient, if before is its flake, exists under its new name with
// the same keys. Otherwise it returns the first difference, with a
// message that names the place where the name is read in a way the
// rename does not change, when one is found.
func VerifyRename(before, after *Result, rc *Recipient, newName string, edits []Edit) *RenameConflict {
	v := &verifier{before: before, after: after, rc: rc, old: rc.Name, new: newName, edits: edits}
	if c := v.newError(); c != nil {
		return c
	}
	pb, pa := policies(before), policies(after)
	for _, file := range slices.Sorted(maps.Keys(pb)) {
		if c := v.policy(pb[file], pa[file]); c != nil {
			return c
		}
	}
	return v.renamed(pb)
}

type verifier struct {
	before, after *Result
	rc            *Recipient
	old, new      string
	edits         []Edit
}

// policies returns the policies of a result by file: "" for the flake's,
// the file for each analysed on its own.
func policies(r *Result) map[string]*Policy {
	out := map[string]*Policy{}
	if r.Policy != nil {
		out[""] = r.Policy
	}
	for _, u := range r.Unreached {
		if u.Policy != nil {
			out[u.File] = u.Policy
		}
	}
	return out
}

// conflict makes a conflict whose message says what the rename would do.
func (v *verifier) conflict(c RenameConflict, would string) *RenameConflict {
	c.msg = "cannot rename " + quoteName(v.old) + " to " + quoteName(v.new) + ": it would " + would
	return &c
}

// lineCol is a place in a message ("file.nix:3:14"), which a rename may
// move.
var lineCol = regexp.MustCompile(`:\d+:\d+`)

// newError returns the first error of after that before does not have,
// comparing the errors of a file by code and message, the old name in
// before's read as the new one, and places in messages as equal.
func (v *verifier) newError() *RenameConflict {
	had := map[string]int{}
	key := func(d *Diagnostic, name string) string {
		msg := lineCol.ReplaceAllString(strings.ReplaceAll(d.Message, name, "\x00"), ":")
		return d.File + "\x00" + d.Code + "\x00" + msg
	}
	for i := range v.before.Diagnostics {
		if d := &v.before.Diagnostics[i]; d.Severity == SeverityError {
			had[key(d, v.old)]++
		}
	}
	for i := range v.after.Diagnostics {
		d := &v.after.Diagnostics[i]
		if d.Severity != SeverityError {
			continue
		}
		k := key(d, v.new)
		if had[k] > 0 {
			had[k]--
			continue
		}
		return v.conflict(RenameConflict{Kind: ConflictError, Diagnostic: d}, "break the policy: "+d.Message+", at "+v.after.place(d.Span))
	}
	return nil
}

// place writes where a span is, as Nix does: the absolute path, line and
// column.
func (r *Result) place(s Span) string {
	f := r.File(s.File)
	if f == nil {
		return s.File
	}
	pos := f.Position(s.Start)
	pos.Filename = path.Join(r.root, s.File)
	return pos.String()
}

// policy compares a policy before the rename with the same one after it.
func (v *verifier) policy(b, a *Policy) *RenameConflict {
	if a == nil {
		return v.conflict(RenameConflict{Kind: ConflictUnknown}, "leave the policy unknown to the analysis")
	}
	if !b.Open && a.Open {
		return v.conflict(RenameConflict{Kind: ConflictUnknown}, "leave the policy unknown to the analysis"+v.hint())
	}
	for _, ga := range a.Groups {
		if b.Group(ga.Name) == nil {
			return v.conflict(RenameConflict{Kind: ConflictSecrets, Group: ga.Name}, "add group "+quoteName(ga.Name)+v.hint())
		}
	}
	for _, gb := range b.Groups {
		ga := a.Group(gb.Name)
		if ga == nil {
			return v.conflict(RenameConflict{Kind: ConflictSecrets, Group: gb.Name}, "remove group "+quoteName(gb.Name)+v.hint())
		}
		if c := v.group(gb, ga); c != nil {
			return c
		}
	}
	return nil
}

// group compares the secrets of a group before and after the rename.
func (v *verifier) group(b, a *Group) *RenameConflict {
	of := " of group " + quoteName(b.Name)
	if !b.SecretsOpen && a.SecretsOpen || !b.Admins.Open && a.Admins.Open || !b.Targets.Open && a.Targets.Open {
		return v.conflict(RenameConflict{Kind: ConflictUnknown, Group: b.Name}, "leave the secrets"+of+" unknown to the analysis"+v.hint())
	}
	for _, sa := range a.Secrets {
		if b.Secret(sa.Name) == nil {
			return v.conflict(RenameConflict{Kind: ConflictSecrets, Group: b.Name, Secret: sa.Name}, "add secret "+quoteName(sa.Name)+of+v.hint())
		}
	}
	changed := changedRecipients(b, a)
	for _, sb := range b.Secrets {
		sa := a.Secret(sb.Name)
		c := RenameConflict{Group: b.Name, Secret: sb.Name}
		secret := "secret " + quoteName(sb.Name) + of
		switch {
		case sa == nil:
			c.Kind = ConflictSecrets
			return v.conflict(c, "remove "+secret+v.hint())
		case sb.RecipientsKnown && !sa.RecipientsKnown, sb.RuleKnown && !sa.RuleKnown, sb.File.Known && !sa.File.Known:
			c.Kind = ConflictUnknown
			return v.conflict(c, "leave who can decrypt "+secret+" unknown to the analysis"+v.hint())
		case sb.File.Known && sa.File.S != sb.File.S:
			c.Kind = ConflictSecrets
			return v.conflict(c, "move the file of "+secret+" from "+quoteName(sb.File.S)+" to "+quoteName(sa.File.S)+v.hint())
		}
		if !sb.RecipientsKnown || !sa.RecipientsKnown || sameSelection(sb, sa, changed) {
			continue
		}
		kb, ka := secretKeys(sb), secretKeys(sa)
		c.Gained, c.Lost = holders(sa, ka, kb), holders(sb, kb, ka)
		if len(c.Gained) == 0 && len(c.Lost) == 0 {
			continue // other recipients, the same keys
		}
		c.Kind = ConflictAccess
		var would []string
		if len(c.Gained) > 0 {
			would = append(would, "let "+quoteNames(c.Gained)+" decrypt "+secret)
		}
		if len(c.Lost) > 0 {
			would = append(would, "stop "+quoteNames(c.Lost)+" from decrypting "+secret)
		}
		return v.conflict(c, strings.Join(would, " and ")+v.hint())
	}
	return nil
}

// changedRecipients returns, by role and index, the recipients of b whose
// keys differ from those at the same place of a (or that a lacks).
func changedRecipients(b, a *Group) map[[2]int]bool {
	out := map[[2]int]bool{}
	for _, role := range []Role{Admin, Target} {
		lb, la := b.List(role).Items, a.List(role).Items
		for i, rb := range lb {
			if i >= len(la) || !slices.EqualFunc(rb.Keys, la[i].Keys, sameKey) {
				out[[2]int{int(role), i}] = true
			}
		}
	}
	return out
}

// sameSelection reports whether a secret selects the recipients at the
// same places before and after the rename, none of whose keys changed:
// then the same keys decrypt it.
func sameSelection(b, a *Secret, changed map[[2]int]bool) bool {
	if len(b.Recipients) != len(a.Recipients) {
		return false
	}
	for i, sb := range b.Recipients {
		sa := a.Recipients[i]
		if sb.Role != sa.Role || sb.Recipient.Role != sa.Recipient.Role || sb.Recipient.Index != sa.Recipient.Index || changed[[2]int{int(sb.Recipient.Role), sb.Recipient.Index}] {
			return false
		}
	}
	return true
}

// secretKeys returns the keys that can decrypt s, as "type canonical-key".
func secretKeys(s *Secret) map[string]bool {
	out := map[string]bool{}
	for _, sel := range s.Recipients {
		for _, k := range sel.Recipient.Keys {
			out[k.Type.String()+" "+keys.Canonical(k.Type, k.Value)] = true
		}
	}
	return out
}

// holders returns the names of the recipients of s holding a key of ks
// that others lacks, once each, in order.
func holders(s *Secret, ks, others map[string]bool) []string {
	var out []string
	for _, sel := range s.Recipients {
		for _, k := range sel.Recipient.Keys {
			if c := k.Type.String() + " " + keys.Canonical(k.Type, k.Value); ks[c] && !others[c] && !slices.Contains(out, sel.Recipient.Name) {
				out = append(out, sel.Recipient.Name)
			}
		}
	}
	return out
}

func quoteNames(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = quoteName(n)
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " and " + q[len(q)-1]
}

// renamed checks that the recipient exists under its new name with the
// same keys, when before is its flake.
func (v *verifier) renamed(pb map[string]*Policy) *RenameConflict {
	for file, p := range pb {
		if p.Group(v.rc.Group.Name) != v.rc.Group {
			continue
		}
		var now *Recipient
		if pa := policies(v.after)[file]; pa != nil {
			if ga := pa.Group(v.rc.Group.Name); ga != nil {
				now = ga.List(v.rc.Role).Lookup(v.new)
			}
		}
		if now == nil || !slices.EqualFunc(now.Keys, v.rc.Keys, sameKey) {
			return v.conflict(RenameConflict{Kind: ConflictMissing, Group: v.rc.Group.Name}, "leave group "+quoteName(v.rc.Group.Name)+" without "+v.rc.Role.String()+" "+quoteName(v.new)+" holding the keys of "+quoteName(v.old)+v.hint())
		}
	}
	return nil
}

func sameKey(a, b Key) bool {
	return a.Field == b.Field && a.Type == b.Type && a.Value == b.Value
}

// hint says where the old name is still read after the rename: a
// literal of it that the edits do not change, preferably one compared
// by value; "" when there is none.
func (v *verifier) hint() string {
	sp, compared := v.before.unrenamedLiteral(v.old, v.edits)
	switch {
	case !sp.IsValid():
		return ""
	case compared:
		return ": the name is compared by value at " + v.before.place(sp)
	}
	return ": " + quoteName(v.old) + " is also written at " + v.before.place(sp) + ", which a rename does not change"
}

// unrenamedLiteral returns the first Nix string literal whose value is
// name and that no edit changes, in the files the analysis read;
// compared is true for the first such literal that is an operand of ==
// or != (preferred).
func (r *Result) unrenamedLiteral(name string, edits []Edit) (sp Span, compared bool) {
	for _, file := range r.Files() {
		src := r.files[file]
		if path.Ext(file) != ".nix" || !bytes.Contains(src.File.Source(), []byte(name)) {
			continue
		}
		f, _ := src.Nix()
		if f == nil {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if b, ok := n.(*ast.Binary); ok && (b.Op == token.EQ || b.Op == token.NEQ) {
				for _, x := range []ast.Expr{b.X, b.Y} {
					if s := plainString(x, name); s != nil && !edited(edits, file, s) {
						sp, compared = Span{File: file, Start: s.Pos(), End: s.End()}, true
						return false
					}
				}
			}
			if s := plainString(n, name); s != nil && !sp.IsValid() && !edited(edits, file, s) {
				sp = Span{File: file, Start: s.Pos(), End: s.End()}
			}
			return !compared
		})
		if compared {
			return sp, true
		}
	}
	return sp, false
}

// plainString returns n if it is a string literal whose value is name
// (no interpolation).
func plainString(n ast.Node, name string) *ast.String {
	s, ok := n.(*ast.String)
	if !ok || len(s.Parts) != 1 {
		return nil
	}
	if t, ok := s.Parts[0].(*ast.Text); ok && t.Value == name {
		return s
	}
	return nil
}

// edited reports whether an edit changes the node n of file.
func edited(edits []Edit, file string, n ast.Node) bool {
	for _, e := range edits {
		if e.File == file && e.Start < n.End() && n.Pos() < e.End {
			return true
		}
	}
	return false
}

// keyAttribute returns the name, if it is name, of the innermost
// attribute whose value holds the key written at at: a Nix binding, a
// JSON or TOML key.
func (r *Result) keyAttribute(at Span, name string) (Span, eval.LitKind) {
	src := r.files[at.File]
	if src == nil {
		return Span{}, eval.Computed
	}
	text := src.File.Source()
	switch path.Ext(at.File) {
	case ".nix":
		return nixKeyAttribute(src, at, name)
	case ".json":
		if s, e, ok := objectKey(text, at.Start, ':', true); ok && string(text[s+1:e-1]) == name {
			return Span{File: at.File, Start: s, End: e}, eval.JSONString
		}
	case ".toml":
		s, e, ok := objectKey(text, at.Start, '=', false)
		if ok && (string(text[s:e]) == name || string(text[s:e]) == `"`+name+`"`) {
			return Span{File: at.File, Start: s, End: e}, eval.TOMLString
		}
	}
	return Span{}, eval.Computed
}

// nixKeyAttribute is keyAttribute in a Nix file.
func nixKeyAttribute(src *eval.Source, at Span, name string) (Span, eval.LitKind) {
	f, _ := src.Nix()
	if f == nil {
		return Span{}, eval.Computed
	}
	var out Span
	lit := eval.Computed
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil || n.Pos() > at.Start || n.End() < at.End {
			return false
		}
		a, ok := n.(*ast.Attr)
		if !ok || a.Value == nil || a.Value.Pos() > at.Start || a.Value.End() < at.End {
			return true
		}
		switch k := a.Path[len(a.Path)-1].(type) {
		case *ast.Ident:
			if k.Name == name {
				out, lit = Span{File: at.File, Start: k.Pos(), End: k.End()}, eval.NixIdent
			}
		case *ast.String:
			// The quoted text itself, so that no escape hides in it.
			if plainString(k, name) != nil && !k.Indented && string(src.File.Source()[k.Pos()+1:k.End()-1]) == name {
				out, lit = Span{File: at.File, Start: k.Pos(), End: k.End()}, eval.NixString
			}
		}
		return true
	})
	return out, lit
}

// objectKey returns the key before the value at pos of a JSON or TOML
// text: skipping blanks back from pos, sep, blanks, then a quoted key or,
// unless quoted, a bare one.
func objectKey(text []byte, pos token.Pos, sep byte, quoted bool) (start, end token.Pos, ok bool) {
	i := int(pos) - 1
	blanks := func() {
		for i >= 0 && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
			i--
		}
	}
	blanks()
	if i < 0 || text[i] != sep {
		return 0, 0, false
	}
	i--
	blanks()
	if i < 0 {
		return 0, 0, false
	}
	end = token.Pos(i + 1)
	if text[i] == '"' {
		j := bytes.LastIndexByte(text[:i], '"')
		if j < 0 {
			return 0, 0, false
		}
		return token.Pos(j), end, true
	}
	if quoted {
		return 0, 0, false
	}
	for i >= 0 && (isBareKeyByte(text[i])) {
		i--
	}
	return token.Pos(i + 1), end, token.Pos(i+1) < end
}

func isBareKeyByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// ApplyEdits returns src with the edits of one file made; edits must not
// overlap.
func ApplyEdits(src []byte, edits []Edit) ([]byte, error) {
	es := slices.Clone(edits)
	slices.SortFunc(es, func(a, b Edit) int { return int(a.Start - b.Start) })
	var out []byte
	at := token.Pos(0)
	for _, e := range es {
		if e.Start < at || e.End < e.Start || int(e.End) > len(src) {
			return nil, fmt.Errorf("%s: edits overlap or fall outside the file at offset %d", e.File, e.Start)
		}
		out = append(append(out, src[at:e.Start]...), e.NewText...)
		at = e.End
	}
	return append(out, src[at:]...), nil
}
