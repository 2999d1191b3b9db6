package analysis

import (
	"errors"
	"fmt"
	"iter"
	"sync"

	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
	"github.com/secrets-lsp/secrets-lsp/keys"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// ItemKind says what an Item is.
type ItemKind uint8

const (
	ItemGroup        ItemKind = iota + 1 // a group's name (an attribute of flake.secrets)
	ItemRecipient                        // a recipient's declaration (its name, or anywhere in it)
	ItemRecipientRef                     // a name in a secret's admins or targets, "*" included
	ItemSecret                           // a secret's name
	ItemKey                              // one key of a recipient
	ItemSlot                             // inside an admins or targets list, where a name may be written
	ItemOption                           // an option's name (recipients, admins, age, file, …), or one that does not exist
)

// Item is what is at a position of a file: the answer of Result.At.
type Item struct {
	Kind ItemKind
	Span Span // the range the item covers in the file asked about
	// What it is about (some are nil depending on Kind).
	Group     *Group
	Secret    *Secret
	Recipient *Recipient // the declaration, or the one a reference resolves to
	Role      Role       // for references and slots: admins or targets
	Key       *Key
	// Name is the name a reference writes (it may resolve to nothing).
	Name string
	// Candidates are the names that may be written at a reference or a
	// slot: the group's admins where admins belong, its targets and "*"
	// where targets do.
	Candidates []Candidate
	// Replace is what choosing a candidate replaces: the string literal
	// under the cursor, or an empty span at the cursor in a slot.
	Replace Span
	// Option is the option written there (ItemOption).
	Option *OptionRef
	// Alike are the items of the same kind at the same place in other
	// groups or secrets: code several of them share (a function that
	// genAttrs or listToAttrs calls once per group) is each of them.
	Alike []*Item
}

// Candidate is a name that may be written in an admins or targets list.
type Candidate struct {
	Name      string
	Recipient *Recipient // nil for "*"
	// Text is the candidate as Nix source: the quoted name.
	Text string
}

// index memoizes the candidates of each recipient list.
type index struct {
	mu    sync.Mutex
	cands map[*RecipientList][]Candidate
	// extents are, by file, the range each group's and each option
	// chunk's items cover in it (see innermost).
	extents map[string]*extents
	// holders are, by canonical key, the recipients that hold it (see
	// KeyBlastRadius); nil until asked.
	holders map[string][]*Recipient
}

// keyHolders returns the recipients of p holding the key in canonical
// form: canonicalising every key of the policy once per hover took
// milliseconds on a 10,000-secret policy.
func (x *index) keyHolders(p *Policy, canonical string) []*Recipient {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.holders == nil {
		x.holders = map[string][]*Recipient{}
		for _, g := range p.Groups {
			for _, l := range []*RecipientList{g.Admins, g.Targets} {
				for _, rc := range l.Items {
					for _, k := range rc.Keys {
						if k.Type == keys.Unknown {
							continue
						}
						c := keys.Canonical(k.Type, k.Value)
						if hs := x.holders[c]; len(hs) == 0 || hs[len(hs)-1] != rc {
							x.holders[c] = append(hs, rc)
						}
					}
				}
			}
		}
	}
	return x.holders[canonical]
}

// extents bound where the items of each group and each chunk of options
// are in one file, so that innermost skips those that cannot hold the
// position: a hover on a 10,000-line policy then walks one group of 41.
type extents struct {
	groups map[*Group]extent
	chunks []extent
}

// extent is a range of offsets; the zero extent holds nothing.
type extent struct {
	start, end token.Pos
	some       bool
}

func (e *extent) add(s Span) {
	if !e.some {
		*e = extent{s.Start, s.End, true}
		return
	}
	e.start, e.end = min(e.start, s.Start), max(e.end, s.End)
}

func (e extent) holds(pos token.Pos) bool { return e.some && e.start <= pos && pos <= e.end }

// entry is one item of the policy where it is written: plain values, made
// into an Item only for the answer.
type entry struct {
	span      Span
	kind      ItemKind
	role      Role
	group     *Group
	secret    *Secret
	recipient *Recipient
	key       *Key
	option    *OptionRef
	name      string // ItemRecipientRef: the name written
}

// innermost returns the innermost item of the policies and options whose
// range holds pos in file: the shortest range; among equal ones, the last
// by start, then in the order walked; alike are the items of its kind at
// its very range walked before it. Walking the 60,000 items of a
// 10,000-line policy takes a millisecond or two, less than building and
// keeping an index of them did; after the first walk of a file, only the
// groups and chunks of options whose extent holds pos are walked.
func (r *Result) innermost(file string, pos token.Pos) (best entry, alike []entry, found bool) {
	r.index.mu.Lock()
	ext := r.index.extents[file]
	r.index.mu.Unlock()
	// The first walk of a file visits every item and records the extents.
	var cur *extent
	record := ext == nil
	if record {
		ext = &extents{groups: map[*Group]extent{}}
	}
	consider := func(e entry) {
		sp, bs := e.span, best.span
		if found && (sp.End-sp.Start > bs.End-bs.Start || sp.End-sp.Start == bs.End-bs.Start && sp.Start < bs.Start) {
			return
		}
		switch {
		case found && e == best:
			return // a recipient whose name is its whole definition
		case found && sp == bs && e.kind == best.kind:
			alike = append(alike, best)
		default:
			alike = alike[:0]
		}
		best, found = e, true
	}
	in := func(s Span) bool {
		if record && s.File == file {
			cur.add(s)
		}
		return s.Start <= pos && pos <= s.End && s.File == file
	}
	policies := []*Policy{r.Policy}
	for _, u := range r.Unreached {
		policies = append(policies, u.Policy)
	}
	for _, p := range policies {
		if p == nil {
			continue
		}
		for _, g := range p.Groups {
			var ge extent
			if !record && !ext.groups[g].holds(pos) {
				continue
			}
			cur = &ge
			for _, k := range g.Keys {
				if in(k) {
					consider(entry{span: k, kind: ItemGroup, group: g})
				}
			}
			for _, l := range []*RecipientList{g.Admins, g.Targets} {
				for _, rc := range l.Items {
					for _, sp := range []Span{rc.Span, rc.NameSpan} {
						if in(sp) {
							consider(entry{span: sp, kind: ItemRecipient, group: g, recipient: rc, role: l.Role})
						}
					}
					for i := range rc.Keys {
						if in(rc.Keys[i].Span) {
							consider(entry{span: rc.Keys[i].Span, kind: ItemKey, group: g, recipient: rc, role: l.Role, key: &rc.Keys[i]})
						}
					}
				}
			}
			for _, s := range g.Secrets {
				for _, k := range s.Keys {
					if in(k) {
						consider(entry{span: k, kind: ItemSecret, group: g, secret: s})
					}
				}
				for _, role := range []Role{Admin, Target} {
					sel := s.Selection(role)
					for _, d := range sel.Defs {
						if in(d) {
							consider(entry{span: d, kind: ItemSlot, group: g, secret: s, role: role})
						}
					}
					for i := range sel.Names {
						n := &sel.Names[i]
						if !in(n.Span) {
							continue
						}
						e := entry{span: n.Span, kind: ItemRecipientRef, group: g, secret: s, role: role, name: n.Name}
						if n.Known {
							e.recipient = g.List(role).Lookup(n.Name)
						}
						consider(e)
					}
				}
			}
			if record {
				ext.groups[g] = ge
			}
		}
	}
	for c, chunk := range r.options {
		var ce extent
		if !record && !ext.chunks[c].holds(pos) {
			continue
		}
		cur = &ce
		for i := range chunk {
			if in(chunk[i].Span) {
				consider(entry{span: chunk[i].Span, kind: ItemOption, option: &chunk[i]})
			}
		}
		if record {
			ext.chunks = append(ext.chunks, ce)
		}
	}
	if record {
		r.index.mu.Lock()
		r.index.extents[file] = ext
		r.index.mu.Unlock()
	}
	return best, alike, found
}

// item makes the Item of an entry.
func (r *Result) item(e *entry) *Item {
	it := &Item{Kind: e.kind, Span: e.span, Group: e.group, Secret: e.secret, Recipient: e.recipient, Role: e.role, Key: e.key, Option: e.option}
	switch e.kind {
	case ItemRecipientRef:
		it.Name, it.Replace = e.name, it.Span
		fallthrough
	case ItemSlot:
		r.index.mu.Lock()
		it.Candidates = r.index.candidates(e.group, e.role)
		r.index.mu.Unlock()
	}
	return it
}

func (ix *index) candidates(g *Group, role Role) []Candidate {
	l := g.List(role)
	if c, ok := ix.cands[l]; ok {
		return c
	}
	c := candidates(g, role)
	ix.cands[l] = c
	return c
}

func candidates(g *Group, role Role) []Candidate {
	var out []Candidate
	for _, n := range g.List(role).Names() {
		out = append(out, Candidate{Name: n, Recipient: g.List(role).Lookup(n), Text: eval.EscapeNixString(n)})
	}
	if role == Target {
		out = append(out, Candidate{Name: "*", Text: `"*"`})
	}
	return out
}

// At returns what is at offset pos of file: the innermost item whose range
// contains pos, or nil. In a slot, Replace is the empty range at pos.
func (r *Result) At(file string, pos token.Pos) *Item {
	if r.index == nil {
		return nil
	}
	best, alike, found := r.innermost(file, pos)
	if !found {
		return nil
	}
	it := r.item(&best)
	for i := range alike {
		it.Alike = append(it.Alike, r.item(&alike[i]))
	}
	if it.Kind == ItemSlot {
		it.Replace = Span{File: file, Start: pos, End: pos}
		for _, a := range it.Alike {
			a.Replace = it.Replace
		}
	}
	return it
}

// RefKind says how a place refers to a recipient.
type RefKind uint8

const (
	RefDeclaration  RefKind = iota // where the recipient's name is declared
	RefExplicit                    // its name in a secret's admins or targets
	RefStar                        // "*" in the targets of a secret (implicit)
	RefDefaultAdmin                // a secret without admins: every admin (implicit, at the secret's name)
)

// Reference is one place that refers to a recipient.
type Reference struct {
	Span   Span
	Kind   RefKind
	Secret *Secret // nil for a declaration
}

// References returns every place that refers to the recipient rc: its
// declarations (several when the name is declared twice), the names in
// admins or targets, and the implicit references ("*", default admins).
func (r *Result) References(rc *Recipient) []Reference {
	var out []Reference
	g := rc.Group
	list := g.List(rc.Role)
	for _, x := range list.Items {
		if x.NameKnown && x.Name == rc.Name && x.NameSpan.IsValid() {
			out = append(out, Reference{Span: x.NameSpan, Kind: RefDeclaration})
		}
	}
	for _, s := range g.Secrets {
		sel := s.Selection(rc.Role)
		if sel.Default && rc.Role == Admin {
			out = append(out, Reference{Span: firstSpan(s.Keys), Kind: RefDefaultAdmin, Secret: s})
			continue
		}
		for _, n := range sel.Names {
			switch {
			case !n.Known || !n.Span.IsValid():
			case n.Name == rc.Name:
				out = append(out, Reference{Span: n.Span, Kind: RefExplicit, Secret: s})
			case n.Name == "*" && rc.Role == Target:
				out = append(out, Reference{Span: n.Span, Kind: RefStar, Secret: s})
			}
		}
	}
	return out
}

// ErrComputedName is returned by Rename when a name is not a literal that
// can be rewritten (it is built by an expression).
var ErrComputedName = errors.New("the name is computed by an expression, not written as a literal")

// RenameError says which place keeps a rename from happening.
type RenameError struct {
	Span Span
	Err  error
}

func (e *RenameError) Error() string { return e.Err.Error() }
func (e *RenameError) Unwrap() error { return e.Err }

// Rename returns the edits that rename the recipient rc to newName: its
// declarations and every explicit reference, wherever the literals are
// (a let, a key file, a JSON object key…), each place once. A literal
// that several groups read (a let list of hosts that is the targets of
// two groups) renames the recipient of that name in each of them, so
// that no group is left selecting a name it no longer has. Secrets that
// take every admin by default need no edit.
func (r *Result) Rename(rc *Recipient, newName string) ([]Edit, error) {
	return r.rename(rc, newName, false)
}

// RenameKeyNames is Rename that also renames the attribute each key of a
// renamed recipient is written in when the attribute is named like the
// recipient (`machines = { api-1 = "age1…"; }` read as machines.${name},
// a JSON or TOML object key), and then every recipient whose key is
// written there, as for a shared literal. Whether the attribute is read
// by the recipient's name cannot be told from the values: VerifyRename
// tells which of Rename and RenameKeyNames keeps the policy.
func (r *Result) RenameKeyNames(rc *Recipient, newName string) ([]Edit, error) {
	return r.rename(rc, newName, true)
}

func (r *Result) rename(rc *Recipient, newName string, keyNames bool) ([]Edit, error) {
	// Renaming to the name it has (what prepareRename asks) checks the
	// places only: an invalid name may be renamed to a valid one.
	if newName != rc.Name && !validName(newName) {
		return nil, errors.New("invalid name " + quoteName(newName) + ": must match ^[A-Za-z0-9_][A-Za-z0-9_.-]*$")
	}
	rn := &renamer{r: r, old: rc.Name, new: newName, keyNames: keyNames, seen: map[Span]bool{}, renamed: map[namedList]bool{}, attrs: map[Span]keyAttr{}}
	if err := rn.list(rc.Group, rc.Role, rc.Group); err != nil {
		return nil, err
	}
	// Other lists that read a place renamed so far, until none is left.
	for more := true; more; {
		more = false
		for _, g := range r.Policy.Groups {
			for _, role := range []Role{Admin, Target} {
				if !rn.renamed[namedList{g, role}] && rn.reads(g, role) {
					if err := rn.list(g, role, rc.Group); err != nil {
						return nil, err
					}
					more = true
				}
			}
		}
	}
	return rn.edits, nil
}

// renamer computes the edits of one rename.
type renamer struct {
	r        *Result
	old, new string
	keyNames bool
	edits    []Edit
	seen     map[Span]bool // the places renamed
	renamed  map[namedList]bool
	attrs    map[Span]keyAttr // the attribute of each key's place, once found
}

type namedList struct {
	g    *Group
	role Role
}

// keyAttr is the name of the attribute a key is written in, when it is
// the old name.
type keyAttr struct {
	span Span
	lit  eval.LitKind
}

// add adds the edit of one place.
func (rn *renamer) add(s Span, lit eval.LitKind) error {
	if rn.seen[s] {
		return nil
	}
	rn.seen[s] = true
	e, ok := replaceLiteral(s, lit, rn.new)
	if !ok {
		return &RenameError{Span: s, Err: ErrComputedName}
	}
	rn.edits = append(rn.edits, e)
	return nil
}

// keyAttr returns the attribute named like the recipient that key k is
// written in (none unless keyNames).
func (rn *renamer) keyAttr(k *Key) keyAttr {
	if !rn.keyNames || !k.Span.IsValid() {
		return keyAttr{}
	}
	a, ok := rn.attrs[k.Span]
	if !ok {
		a.span, a.lit = rn.r.keyAttribute(k.Span, rn.old)
		rn.attrs[k.Span] = a
	}
	return a
}

// list adds the places of the name in one list of one group.
func (rn *renamer) list(g *Group, role Role, own *Group) error {
	rn.renamed[namedList{g, role}] = true
	if g != own && rn.new != rn.old && g.List(role).Lookup(rn.new) != nil {
		return fmt.Errorf("group %s, which shares a literal of %s, already has %s", quoteName(g.Name), quoteName(rn.old), quoteName(rn.new))
	}
	for sp, lit := range rn.places(g, role) {
		if err := rn.add(sp, lit); err != nil {
			return err
		}
	}
	return nil
}

// reads reports whether a list of g, or a selection from it, holds the
// name through one of the places renamed.
func (rn *renamer) reads(g *Group, role Role) bool {
	for sp := range rn.places(g, role) {
		if rn.seen[sp] {
			return true
		}
	}
	return false
}

// places yields the places of the name in one list of g and the
// selections from it: its declarations, the attributes their keys are
// written in (keyNames), the names in secrets' admins or targets.
func (rn *renamer) places(g *Group, role Role) iter.Seq2[Span, eval.LitKind] {
	return func(yield func(Span, eval.LitKind) bool) {
		for _, x := range g.List(role).Items {
			if !x.NameKnown || x.Name != rn.old {
				continue
			}
			if !yield(x.NameSpan, x.NameLit) {
				return
			}
			for i := range x.Keys {
				if a := rn.keyAttr(&x.Keys[i]); a.span.IsValid() && !yield(a.span, a.lit) {
					return
				}
			}
		}
		for _, s := range g.Secrets {
			sel := s.Selection(role)
			if sel.Default {
				continue
			}
			for _, n := range sel.Names {
				if n.Known && n.Name == rn.old && !yield(n.Span, n.Lit) {
					return
				}
			}
		}
	}
}

// Access is one secret a recipient or key can decrypt, and why.
type Access struct {
	Secret    *Secret
	Recipient *Recipient
	Why       Why
}

// BlastRadius returns every secret the recipient rc can decrypt (its own
// group only: a secret selects recipients of its group).
func (r *Result) BlastRadius(rc *Recipient) []Access {
	var out []Access
	for _, s := range rc.Group.Secrets {
		for _, sel := range s.Recipients {
			if sel.Recipient == rc {
				out = append(out, Access{Secret: s, Recipient: rc, Why: sel.Why})
			}
		}
	}
	return out
}

// KeyBlastRadius returns every secret, in every group, that the key can
// decrypt: the secrets whose _recipients hold it (compared in canonical
// form, so an SSH key matches with any comment).
func (r *Result) KeyBlastRadius(t keys.Type, key string) []Access {
	holders := map[*Recipient]bool{}
	groups := map[*Group]bool{}
	for _, rc := range r.index.keyHolders(r.Policy, keys.Canonical(t, key)) {
		holders[rc], groups[rc.Group] = true, true
	}
	var out []Access
	for _, g := range r.Policy.Groups {
		if !groups[g] {
			continue // a secret selects recipients of its own group
		}
		for _, s := range g.Secrets {
			for _, sel := range s.Recipients {
				if holders[sel.Recipient] {
					out = append(out, Access{Secret: s, Recipient: sel.Recipient, Why: sel.Why})
					break
				}
			}
		}
	}
	return out
}

// SymbolKind is the kind of a document symbol.
type SymbolKind uint8

const (
	SymbolGroup SymbolKind = iota + 1
	SymbolRecipient
	SymbolSecret
)

// Symbol is an entry of a file's outline: groups, with their recipients
// and secrets defined in that file.
type Symbol struct {
	Kind      SymbolKind
	Name      string
	Detail    string // "admin", "target", "3 recipients", …
	Span      Span   // the whole definition (for a group: its name)
	Selection Span   // the name
	Children  []Symbol
}

// Symbols returns the outline of file.
func (r *Result) Symbols(file string) []Symbol {
	var out []Symbol
	for _, g := range r.Policy.Groups {
		var gs *Symbol
		for _, k := range g.Keys {
			if k.File == file {
				gs = &Symbol{Kind: SymbolGroup, Name: g.Name, Span: k, Selection: k}
				break
			}
		}
		var children []Symbol
		for _, l := range []*RecipientList{g.Admins, g.Targets} {
			for _, rc := range l.Items {
				if rc.NameKnown && rc.NameSpan.File == file {
					span := rc.Span
					if span.File != file {
						span = rc.NameSpan
					}
					children = append(children, Symbol{Kind: SymbolRecipient, Name: rc.Name, Detail: l.Role.String(), Span: span, Selection: rc.NameSpan})
				}
			}
		}
		for _, s := range g.Secrets {
			for _, k := range s.Keys {
				if k.File == file {
					detail := ""
					if s.RecipientsKnown {
						detail = itoa(len(s.Recipients)) + " recipients"
					}
					children = append(children, Symbol{Kind: SymbolSecret, Name: s.Name, Detail: detail, Span: k, Selection: k})
					break
				}
			}
		}
		if gs == nil && len(children) > 0 {
			first := children[0].Selection
			gs = &Symbol{Kind: SymbolGroup, Name: g.Name, Span: first, Selection: first}
		}
		if gs != nil {
			gs.Children = children
			out = append(out, *gs)
		}
	}
	return out
}

// Counts returns how many admins and targets can decrypt s; known is false
// when _recipients is not known.
func (s *Secret) Counts() (admins, targets int, known bool) {
	if !s.RecipientsKnown {
		return 0, 0, false
	}
	for _, sel := range s.Recipients {
		if sel.Role == Admin {
			admins++
		} else {
			targets++
		}
	}
	return admins, targets, true
}

// Expected is what --check compares an encrypted file with: the keys the
// policy says can decrypt it, in canonical form (keys.Canonical).
type Expected struct {
	Secret *Secret
	File   string // relative to the flake's directory
	Keys   map[keys.Type][]string
	Known  bool // false when the file or recipients are not known
}

// Expected returns every secret's file and expected keys, groups and
// secrets in name order.
func (r *Result) Expected() []Expected {
	var out []Expected
	for _, g := range r.Policy.Groups {
		for _, s := range g.Secrets {
			e := Expected{Secret: s, File: s.File.S, Known: s.File.Known && s.RuleKnown}
			if e.Known {
				e.Keys = map[keys.Type][]string{}
				seen := map[string]bool{}
				for _, sel := range s.Recipients {
					for _, k := range sel.Recipient.Keys {
						c := keys.Canonical(k.Type, k.Value)
						if !seen[k.Type.String()+c] {
							seen[k.Type.String()+c] = true
							e.Keys[k.Type] = append(e.Keys[k.Type], c)
						}
					}
				}
			}
			out = append(out, e)
		}
	}
	return out
}
