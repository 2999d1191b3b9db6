package check

import (
	"fmt"
	"slices"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/keys"
	"github.com/secrets-lsp/secrets-lsp/sopsfile"
)

// wantedKey is a key a file should be encrypted for, and who holds it.
type wantedKey struct {
	Key
	canon  string   // keys.Canonical
	owners []string // "alice (admin)"
}

// wanted is the key groups a file should have: a secret's recipients (one
// group, as the module writes rules) or a hand-written rule's groups.
type wanted struct {
	groups    [][]wantedKey
	threshold int    // shamir_threshold; 0 means every group
	source    string // who says so, for messages
	pos       Location
	rule      bool // source is a hand-written creation rule
}

// wanted returns what e's recipients should be, if that is known.
func (s *scan) wanted(e *entry) (wanted, bool) {
	switch {
	case e.secret != nil && e.secret.RecipientsKnown:
		var group []wantedKey
		for _, sel := range e.secret.Recipients {
			owner := sel.Recipient.Name + " (" + sel.Role.String() + ")"
			for _, k := range sel.Recipient.Keys {
				if k.Type == keys.Unknown {
					continue // a key whose type cannot be told: an error already
				}
				c := s.canonical(k.Type, k.Value)
				if i := findKey(group, k.Type, c); i >= 0 {
					if !contains(group[i].owners, owner) {
						group[i].owners = append(group[i].owners, owner)
					}
					continue
				}
				group = append(group, wantedKey{Key: Key{Type: k.Type, Key: k.Value}, canon: c, owners: []string{owner}})
			}
		}
		return wanted{groups: [][]wantedKey{group}, source: secretName(e), pos: s.secretPos(e.secret)}, true
	case e.rule != nil && !e.clearOnly:
		w := wanted{threshold: e.rule.ShamirThreshold, rule: true,
			source: fmt.Sprintf("creation rule %d of %s", e.rule.Index+1, SopsYAMLName), pos: at(s.config.Source, e.rule.Pos)}
		for _, g := range e.rule.KeyGroups {
			var group []wantedKey
			for _, k := range g {
				group = append(group, wantedKey{Key: Key{Type: k.Type, Key: k.Key}, canon: s.canonical(k.Type, k.Key)})
			}
			w.groups = append(w.groups, group)
		}
		return w, true
	}
	return wanted{}, false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// findKey returns the index of the wanted key that designates the file
// key of type t whose canonical form is canon, or -1.
func findKey(ws []wantedKey, t keys.Type, canon string) int {
	for i, w := range ws {
		if sameCanonical(t, w.Type, w.canon, canon) {
			return i
		}
	}
	return -1
}

// sameCanonical is keys.Same on keys already in canonical form: equal, or
// an Azure key without a version and one of its versions.
func sameCanonical(t, wt keys.Type, policy, file string) bool {
	return t == wt && (policy == file || t == keys.AzureKeyVault && keys.Same(t, policy, file))
}

// canonical returns keys.Canonical(t, key), from the policy's keys
// computed once when it can: the same few keys recur in every file.
func (s *scan) canonical(t keys.Type, key string) string {
	if c, ok := s.canon[Key{t, key}]; ok {
		return c
	}
	return keys.Canonical(t, key)
}

// canonicalKeys computes the canonical form of every key of the policy.
func canonicalKeys(p *analysis.Policy) map[Key]string {
	out := map[Key]string{}
	for _, r := range recipients(p) {
		for _, k := range r.Keys {
			if k.Type != keys.Unknown {
				out[Key{k.Type, k.Value}] = keys.Canonical(k.Type, k.Value)
			}
		}
	}
	return out
}

// compare finds the stale and missing recipients of an encrypted file.
// Only entries that hold a wrapped data key count: one without cannot
// decrypt anything.
func (s *scan) compare(e *entry, f *sopsfile.File, w wanted) []Finding {
	m := f.Metadata
	var all []wantedKey
	for _, g := range w.groups {
		all = append(all, g...)
	}
	type fileKey struct {
		t     keys.Type
		canon string
	}
	var wrapped []fileKey
	var out []Finding
	for _, g := range m.KeyGroups {
		for _, r := range g.Recipients {
			if !r.Wrapped {
				continue
			}
			c := s.canonical(r.Type, r.Key)
			wrapped = append(wrapped, fileKey{r.Type, c})
			if findKey(all, r.Type, c) >= 0 {
				continue
			}
			who := describeKey(r.Type, r.Key)
			if s.declared {
				who += " (" + s.owners.describe(r.Type, r.Key) + ")"
			}
			out = append(out, Finding{Pos: at(f.Source, r.Pos), Severity: Error, Code: CodeStale,
				Message: fmt.Sprintf("stale recipient: %s can still decrypt %s, but %s does not allow it", who, e.rel, w.source),
				Detail:  revokeRunbook(e.rel, w.rule),
				Related: []Related{{Pos: w.pos, Message: "what " + w.source + " allows"}}})
		}
	}
	metaPos := at(f.Source, m.Pos)
	for _, k := range all {
		if slices.ContainsFunc(wrapped, func(f fileKey) bool { return sameCanonical(f.t, k.Type, k.canon, f.canon) }) {
			continue
		}
		msg := fmt.Sprintf("missing recipient: %s lists %s, but %s is not encrypted for it: that key cannot decrypt the file yet",
			w.source, describeKey(k.Type, k.Key.Key), e.rel)
		if len(k.owners) > 0 {
			msg = fmt.Sprintf("missing recipient: %s allows %s, but %s is not encrypted for its %s: it cannot decrypt the file yet",
				w.source, strings.Join(k.owners, ", "), e.rel, describeKey(k.Type, k.Key.Key))
		}
		out = append(out, Finding{Pos: metaPos, Severity: Warning, Code: CodeMissing, Message: msg,
			Detail:  "from the flake root, with a key that can decrypt the file: sops updatekeys -y " + e.rel,
			Related: []Related{{Pos: w.pos, Message: "what " + w.source + " allows"}}})
	}
	if got, want := len(m.KeyGroups), len(w.groups); got != want || want > 1 && m.Threshold() != threshold(w) {
		out = append(out, Finding{Pos: metaPos, Severity: Warning, Code: CodeKeyGroups,
			Message: fmt.Sprintf("%s has %s, but %s has %s", e.rel, groupsText(got, m.Threshold()), w.source, groupsText(want, threshold(w))),
			Detail:  "from the flake root, with keys that can decrypt the file: sops updatekeys -y " + e.rel})
	}
	return out
}

func threshold(w wanted) int {
	if w.threshold == 0 {
		return len(w.groups)
	}
	return w.threshold
}

func groupsText(n, threshold int) string {
	if n == 1 {
		return "one key group (any key decrypts)"
	}
	return fmt.Sprintf("%d key groups (%d needed to decrypt)", n, threshold)
}

// describeKey names a key and its type: "age key age1…", "SSH key
// ssh-ed25519 AAAA…", "kms key arn:…".
func describeKey(t keys.Type, key string) string {
	kind := t.String()
	switch keys.AgeKindOf(key) {
	case keys.SSHEd25519, keys.SSHRSA:
		if t == keys.Age {
			kind = "SSH"
		}
	}
	return kind + " key " + keys.Canonical(t, key)
}

// revokeRunbook is what to do about a key that can decrypt a file it
// should not: the order matters, and the last step is the one people
// forget.
func revokeRunbook(path string, rule bool) string {
	first := "make sure " + SopsYAMLName + " is current: secrets-lsp --write-sops-yaml (or: nix run .#write-sops-yaml)"
	if rule {
		first = "make sure the creation rule in " + SopsYAMLName + " lists only the keys that may decrypt the file"
	}
	return "to revoke it, from the flake root:\n" +
		"  1. " + first + "\n" +
		"  2. sops updatekeys -y " + path + "    # re-wrap the data key for the allowed keys only (needs a key that can decrypt)\n" +
		"  3. sops rotate -i " + path + "    # a new data key: the revoked key may have kept the old one\n" +
		"  4. change the secret values themselves: git history keeps the old file, which the revoked key can still decrypt"
}

// ownerIndex finds who in the policy holds a key.
type ownerIndex struct {
	byKey map[ownerKey][]string
}

type ownerKey struct {
	t   keys.Type
	key string // canonical
}

func indexOwners(p *analysis.Policy) *ownerIndex {
	idx := &ownerIndex{byKey: map[ownerKey][]string{}}
	for _, r := range recipients(p) {
		for _, k := range r.Keys {
			if k.Type == keys.Unknown {
				continue
			}
			ok := ownerKey{k.Type, keys.Canonical(k.Type, k.Value)}
			owner := fmt.Sprintf("%s, %s of group %s", r.Name, r.Role, keys.Quote(r.Group.Name))
			if !contains(idx.byKey[ok], owner) {
				idx.byKey[ok] = append(idx.byKey[ok], owner)
			}
		}
	}
	return idx
}

// recipients returns every recipient of the policy with a known name:
// each group's admins, then its targets, groups in name order.
func recipients(p *analysis.Policy) []*analysis.Recipient {
	var out []*analysis.Recipient
	for _, g := range p.Groups {
		for _, l := range []*analysis.RecipientList{g.Admins, g.Targets} {
			if l == nil {
				continue
			}
			for _, r := range l.Items {
				if r.NameKnown {
					out = append(out, r)
				}
			}
		}
	}
	return out
}

// owners returns who holds the file key (t, key), in policy order.
func (idx *ownerIndex) owners(t keys.Type, key string) []string {
	if o := idx.byKey[ownerKey{t, keys.Canonical(t, key)}]; o != nil {
		return o
	}
	// Keys that compare equal without being spelt alike (an Azure key
	// without a version).
	var out []string
	for ok, o := range idx.byKey {
		if ok.t == t && keys.Same(t, ok.key, key) {
			out = append(out, o...)
		}
	}
	slices.Sort(out)
	return out
}

func (idx *ownerIndex) describe(t keys.Type, key string) string {
	if o := idx.owners(t, key); len(o) > 0 {
		return "held by " + strings.Join(o, "; ")
	}
	return "held by no recipient of the policy"
}
