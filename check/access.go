package check

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/keys"
)

// Access answers --who-can-decrypt: for each key holder, every file it can
// decrypt today according to the policy and according to the files' SOPS
// metadata, side by side. When a key leaks, Files is the list of secrets
// to rotate.
type Access struct {
	Query string // the name or key asked about; "" for the whole matrix
	// Declared tells that the flake has a policy; without one, holders are
	// the keys of the files and of the hand-written .sops.yaml.
	Declared bool
	Holders  []Holder
}

// Holder is a recipient name of the policy (with every key it holds in any
// group), or a key found in files that no recipient of the policy holds.
type Holder struct {
	Name  string // "" for a key no recipient holds
	Roles []Role
	Keys  []Key
	Files []FileAccess
}

// Role is one place where the policy declares a holder.
type Role struct {
	Group string
	Role  string // "admin" or "target"
}

// Presence says whether a file's metadata lets a holder decrypt it.
type Presence string

const (
	Present      Presence = "yes"           // a key of the holder has a wrapped data key
	Absent       Presence = "no"            // the metadata has no key of the holder
	NoFile       Presence = "missing"       // the file does not exist
	NotEncrypted Presence = "not-encrypted" // the file has no SOPS metadata
	Unreadable   Presence = "unreadable"    // the file cannot be read
)

// FileAccess is one file a holder can decrypt, by the policy, the
// metadata or both.
type FileAccess struct {
	File   string
	Group  string // the declaring secret's group, or the group whose directory holds the file
	Secret string // "" when no secret declares the file
	// Policy tells that the policy selects a recipient holding one of the
	// holder's keys for the file's secret (without a policy: that the
	// creation rule covering the file lists one of them).
	Policy   bool
	Metadata Presence
	// PolicyErrors tells that the secret's recipients depend on policy
	// errors (as --check's recipients-not-compared): Policy is what the
	// analysis computes around them, and is not compared with Metadata.
	PolicyErrors bool
}

// Stale reports whether the metadata lets the holder decrypt a file the
// policy does not give it.
func (a FileAccess) Stale() bool { return a.Metadata == Present && !a.Policy && !a.PolicyErrors }

// Missing reports whether the policy gives the holder a file it cannot
// decrypt yet, although the file is encrypted (sops updatekeys fixes it).
func (a FileAccess) Missing() bool { return a.Policy && a.Metadata == Absent && !a.PolicyErrors }

// UnknownHolderError is WhoCanDecrypt's error for a query that names no
// recipient and no key found in the policy or a file.
type UnknownHolderError struct{ Query string }

func (e *UnknownHolderError) Error() string {
	return fmt.Sprintf("no recipient is called %s and no key %s appears in the policy or in a SOPS file", keys.Quote(e.Query), keys.Quote(e.Query))
}

// Key is a key as the policy or a file's metadata writes it.
type Key struct {
	Type keys.Type
	Key  string
}

// WhoCanDecrypt reads the repository as Run does and tells who can decrypt
// what. query is a recipient name, a key, or "" for everyone.
func WhoCanDecrypt(fsys fs.FS, res *analysis.Result, query string) (*Access, error) {
	return whoCanDecrypt(fsys, res, query, nil)
}

func whoCanDecrypt(fsys fs.FS, res *analysis.Result, query string, p *Prefetch) (*Access, error) {
	s := scanRepo(fsys, res, p)
	// Files read for clear text only (the policy is unknown) say nothing
	// of who should decrypt them.
	s.entries = slices.DeleteFunc(s.entries, func(e *entry) bool { return e.clearOnly })
	holders := s.holders()
	if query != "" {
		holders = selectHolders(holders, query)
		if len(holders) == 0 {
			return nil, &UnknownHolderError{Query: query}
		}
	}
	for i := range holders {
		holders[i].Files = s.filesOf(holders[i].Keys)
	}
	return &Access{Query: query, Declared: s.declared, Holders: holders}, nil
}

// holders lists the policy's recipients by name (in name order), then the
// keys found in files that none of them holds (in key order).
func (s *scan) holders() []Holder {
	var out []Holder
	byName := map[string]int{}
	for _, r := range recipients(s.res.Policy) {
		i, ok := byName[r.Name]
		if !ok {
			i = len(out)
			byName[r.Name] = i
			out = append(out, Holder{Name: r.Name})
		}
		h := &out[i]
		if role := (Role{r.Group.Name, r.Role.String()}); !slices.Contains(h.Roles, role) {
			h.Roles = append(h.Roles, role)
		}
		for _, k := range r.Keys {
			if k := (Key{Type: k.Type, Key: k.Value}); k.Type != keys.Unknown && !holds(h.Keys, k) {
				h.Keys = append(h.Keys, k)
			}
		}
	}
	slices.SortFunc(out, func(a, b Holder) int { return strings.Compare(a.Name, b.Name) })
	var unknown []Holder
	for _, e := range s.entries {
		if e.meta == nil {
			continue
		}
		for _, r := range e.meta.Recipients() {
			k := Key{Type: r.Type, Key: keys.Canonical(r.Type, r.Key)}
			if len(s.owners.owners(r.Type, r.Key)) > 0 || slices.ContainsFunc(unknown, func(h Holder) bool { return holds(h.Keys, k) }) {
				continue
			}
			unknown = append(unknown, Holder{Keys: []Key{k}})
		}
	}
	slices.SortFunc(unknown, func(a, b Holder) int {
		return cmp.Or(cmp.Compare(a.Keys[0].Type, b.Keys[0].Type), strings.Compare(a.Keys[0].Key, b.Keys[0].Key))
	})
	return append(out, unknown...)
}

// holds reports whether ks has a key that designates k.
func holds(ks []Key, k Key) bool {
	return slices.ContainsFunc(ks, func(h Key) bool { return h.Type == k.Type && keys.Same(h.Type, h.Key, k.Key) })
}

// selectHolders keeps the holder called query, or else narrows every
// holder of the key query to that one key.
func selectHolders(hs []Holder, query string) []Holder {
	for _, h := range hs {
		if h.Name == query {
			return []Holder{h}
		}
	}
	t := keys.Infer(strings.TrimSpace(query))
	if t == keys.Unknown {
		return nil
	}
	k := Key{Type: t, Key: query}
	var out []Holder
	for _, h := range hs {
		if holds(h.Keys, k) {
			h.Keys = []Key{{Type: t, Key: keys.Canonical(t, query)}}
			out = append(out, h)
		}
	}
	return out
}

// filesOf lists the files that a holder of ks can decrypt by the policy or
// by their metadata, in path order.
func (s *scan) filesOf(ks []Key) []FileAccess {
	var out []FileAccess
	for _, e := range s.entries {
		if e.skipped {
			continue
		}
		a := FileAccess{File: e.path, Metadata: presence(e, ks)}
		if e.group != nil {
			a.Group = e.group.Name
		}
		switch {
		case e.secret != nil:
			a.Secret = e.secret.Name
			a.PolicyErrors = s.policyErrs[e.secret] != nil
			for _, sel := range e.secret.Recipients {
				for _, k := range sel.Recipient.Keys {
					a.Policy = a.Policy || holds(ks, Key{Type: k.Type, Key: k.Value})
				}
			}
		case e.rule != nil:
			for _, k := range e.rule.Keys() {
				a.Policy = a.Policy || holds(ks, Key{Type: k.Type, Key: k.Key})
			}
		}
		if a.Policy || a.Metadata == Present {
			out = append(out, a)
		}
	}
	return out
}

func presence(e *entry, ks []Key) Presence {
	switch {
	case e.err != nil && errors.Is(e.err, fs.ErrNotExist):
		return NoFile
	case e.err != nil:
		return Unreadable
	case e.meta == nil:
		return NotEncrypted
	}
	for _, r := range e.meta.Recipients() {
		if r.Wrapped && holds(ks, Key{Type: r.Type, Key: r.Key}) {
			return Present
		}
	}
	return Absent
}

// Label names a holder: its name and roles, or its key.
func (a *Access) Label(h Holder) string {
	if h.Name == "" && a.Declared {
		return describeKey(h.Keys[0].Type, h.Keys[0].Key) + " (held by no recipient of the policy)"
	}
	if h.Name == "" {
		return describeKey(h.Keys[0].Type, h.Keys[0].Key)
	}
	var roles []string
	for _, r := range h.Roles {
		roles = append(roles, r.Role+" of "+keys.Quote(r.Group))
	}
	return h.Name + " (" + strings.Join(roles, ", ") + ")"
}

// Findings returns the report as findings of code can-decrypt, one per
// file a holder can decrypt, for the formats that only carry findings
// (SARIF, annotations). A stale access is a warning, the rest are infos.
func (a *Access) Findings() []Finding {
	var out []Finding
	for _, h := range a.Holders {
		for _, f := range h.Files {
			sev := Info
			if f.Stale() {
				sev = Warning
			}
			out = append(out, Finding{Pos: wholeFile(f.File), Severity: sev, Code: CodeCanDecrypt,
				Message: fmt.Sprintf("%s can decrypt this file (policy: %s, metadata: %s)", a.Label(h), yesNo(f.Policy), f.Metadata)})
		}
	}
	return out
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
