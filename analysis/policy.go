package analysis

import (
	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
	"github.com/secrets-lsp/secrets-lsp/keys"
)

// Policy is flake.secrets as the module computes it, with where every piece
// was written. Parts the analysis cannot know are marked so (Known false,
// Open true) rather than guessed.
type Policy struct {
	Groups []*Group // in name order
	// Open: groups the analysis cannot see may exist (a definition of
	// flake.secrets it cannot evaluate).
	Open bool
	// SyntaxError: a Nix file the analysis read has a syntax error, where
	// Nix stops: nothing of the policy is known (Open, no groups).
	SyntaxError bool
}

// Group returns the group called name, or nil.
func (p *Policy) Group(name string) *Group {
	for _, g := range p.Groups {
		if g.Name == name {
			return g
		}
	}
	return nil
}

// Role is where a recipient is declared: recipients.admins or
// recipients.targets.
type Role uint8

const (
	Admin Role = iota
	Target
)

// String returns "admin" or "target", as _recipients names roles.
func (r Role) String() string {
	if r == Admin {
		return "admin"
	}
	return "target"
}

// list returns "admins" or "targets".
func (r Role) list() string {
	if r == Admin {
		return "admins"
	}
	return "targets"
}

// Str is a string option's value.
type Str struct {
	S       string
	Known   bool
	Default bool         // not defined: the option's default
	Lit     eval.LitKind // what kind of text Span is
	Span    Span         // where the value was written (the default: where the option's owner is)
	val     *Data        // the value (nil for a default or unknown one)
}

// Group is flake.secrets.<name>.
type Group struct {
	Name string
	// Keys are the places where the group's name is written, one per
	// definition.
	Keys      []Span
	Directory Str
	Admins    *RecipientList
	Targets   *RecipientList
	Secrets   []*Secret // in name order
	// SecretsOpen: secrets the analysis cannot see may exist.
	SecretsOpen bool
	// Extra are the values of options the flake's own modules add to
	// groups (by extending their type).
	Extra map[string]*Data

	rulesKnown bool // every secret's rule is known
	// explicitFiles: some secret has a file of its own (not the default).
	explicitFiles bool
	// badDirectory: the directory is invalid (or, by default, derived
	// from an invalid name), so the default files are too.
	badDirectory bool
	// misspelled: the group or its recipients set an option that does
	// not exist (a recipient list under a wrong name is missing).
	misspelled bool
}

// List returns the group's admins or targets.
func (g *Group) List(r Role) *RecipientList {
	if r == Admin {
		return g.Admins
	}
	return g.Targets
}

// Secret returns the secret called name, or nil.
func (g *Group) Secret(name string) *Secret {
	for _, s := range g.Secrets {
		if s.Name == name {
			return s
		}
	}
	return nil
}

// RecipientList is recipients.admins or recipients.targets, merged from
// every definition.
type RecipientList struct {
	Group *Group
	Role  Role
	Items []*Recipient // in declaration order
	// Open: recipients the analysis cannot see may exist, or the order is
	// uncertain.
	Open bool
	// Defs are the places where the list is defined (one per definition).
	Defs []Span

	names []string // distinct known names, in order
	// unnamed: some recipient's name is not known (nor, then, who a
	// secret selects).
	unnamed bool
	// byName is the first recipient of each name, for a list too long to
	// look names up in order.
	byName map[string]*Recipient
}

// indexFrom is how long a list must be for Lookup to use a map. Every
// name a secret selects is looked up twice (checkSelections, pick): past a
// handful of recipients, hashing it once costs fewer instructions than
// comparing it with the names in order, many of the same length.
const indexFrom = 8

// index computes the list's names once it is complete.
func (l *RecipientList) index() {
	if len(l.Items) >= indexFrom {
		l.byName = make(map[string]*Recipient, len(l.Items))
	}
	l.names = make([]string, 0, len(l.Items))
	for _, r := range l.Items {
		if !r.NameKnown {
			l.unnamed = true
			continue
		}
		if l.byName != nil {
			if l.byName[r.Name] != nil {
				continue
			}
			l.byName[r.Name] = r
		} else if l.Lookup(r.Name) != r {
			continue
		}
		l.names = append(l.names, r.Name)
	}
}

// Names returns the distinct known names in declaration order: the values
// of the enum secrets select from. The caller must not modify it.
func (l *RecipientList) Names() []string { return l.names }

// Lookup returns the first recipient called name.
func (l *RecipientList) Lookup(name string) *Recipient {
	if l.byName != nil {
		return l.byName[name]
	}
	for _, r := range l.Items {
		if r.NameKnown && r.Name == name {
			return r
		}
	}
	return nil
}

// Recipient is one element of recipients.admins or recipients.targets.
// (Its flags are together: there are thousands.)
type Recipient struct {
	Group     *Group
	Index     int // in the merged list
	Name      string
	NameSpan  Span             // the name's value, where it was written
	Span      Span             // the recipient's definition ({ name = …; … })
	Keys      []Key            // typed fields in the module's order, then `key` entries
	Extra     map[string]*Data // options the flake's own modules add
	Role      Role
	NameKnown bool
	NameLit   eval.LitKind // what kind of text NameSpan is (for a rename)
	KeysOpen  bool         // keys the analysis cannot know may exist
	// misspelled: the recipient sets an option that does not exist, or a
	// key field of the wrong type.
	misspelled bool
	// ruleKeys: every key is known and of a type that can be told, as a
	// creation rule needs (ruleKnown).
	ruleKeys  bool
	at        *place // where its submodule is
	file      string
	val       *Data  // the recipient's value
	nameVal   *Data  // its name's, when known
	ownerText string // "name (role)", as rules name owners
}

// owner is how a creation rule names the recipient selected as role.
func (r *Recipient) owner(role Role) string {
	if role == r.Role && r.ownerText != "" {
		return r.ownerText
	}
	return r.Name + " (" + role.String() + ")"
}

// Key is one key of a recipient.
type Key struct {
	Field string    // the option it was written in: age, pgp, …, or key
	Type  keys.Type // the field's type, or the one inferred for `key` (Unknown if it cannot be told)
	Value string
	Span  Span
	val   *Data // the key's value
}

// Secret is flake.secrets.<group>.secret.<name>.
type Secret struct {
	Group   *Group
	Name    string
	Keys    []Span // where the secret's name is written
	Admins  *Selection
	Targets *Selection
	File    Str
	// Recipients is _recipients (valid when RecipientsKnown).
	Recipients      []Selected
	RecipientsKnown bool
	// RuleKnown: _creationRule is known (Rule writes it).
	RuleKnown bool
	// misspelled: the secret or its group sets an option that does not
	// exist, so "selects no recipient" would only echo that error.
	misspelled bool
	rule       *lazyRule
	// Extra are the values of options the flake's own modules add.
	Extra map[string]*Data
}

// Selection returns the secret's admins or targets.
func (s *Secret) Selection(r Role) *Selection {
	if r == Admin {
		return s.Admins
	}
	return s.Targets
}

// Selection is secret.<name>.admins or .targets.
type Selection struct {
	Role    Role
	Default bool      // not defined: every admin, or no target
	Open    bool      // elements the analysis cannot know may exist
	Names   []NameRef // the merged list, in order
	Defs    []Span    // where the list is defined
}

// Has reports whether the selection names name (or "*" for targets).
func (s *Selection) Has(name string) bool {
	for _, n := range s.Names {
		if n.Name == name {
			return true
		}
	}
	return false
}

// NameRef is one element of an admins or targets list.
type NameRef struct {
	Name  string
	Span  Span
	Known bool
	Lit   eval.LitKind
	n, m  int32 // "[definition N-entry M]"
	file  string
	// val is the element's value; for a default admin, the admin's name.
	val *Data
}

func (n NameRef) origin() eval.Origin { return originOf(n.val) }

// originOf is where d was written, if d is known.
func originOf(d *Data) eval.Origin {
	if d == nil {
		return eval.Origin{}
	}
	return d.O
}

// Why says why a recipient can decrypt a secret.
type Why uint8

const (
	WhyDefaultAdmin Why = iota // the secret does not set admins: every admin
	WhyExplicit                // the secret names the recipient
	WhyStar                    // "*" in targets
)

func (w Why) String() string {
	switch w {
	case WhyDefaultAdmin:
		return "default admin"
	case WhyExplicit:
		return "named"
	}
	return `"*"`
}

// Selected is one entry of _recipients.
type Selected struct {
	Recipient *Recipient
	Role      Role
	Why       Why
}

// quoteName quotes a name as the module's messages do.
func quoteName(s string) string { return keys.Quote(s) }
