package analysis

import (
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/secrets-lsp/secrets-lsp/keys"
)

// validName is the module's isValidName: a match of
// [A-Za-z0-9_][A-Za-z0-9_.-]*.
func validName(s string) bool {
	if s == "" || s[0] == '.' || s[0] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !alnum(s[i]) && s[i] != '_' && s[i] != '.' && s[i] != '-' {
			return false
		}
	}
	return true
}

// validPath is the module's isValidPath: "/"-separated components, each
// a match of [A-Za-z0-9_.+-]+ and not "." or "..".
func validPath(p string) bool {
	for {
		c, rest, more := strings.Cut(p, "/")
		if c == "" || c == "." || c == ".." {
			return false
		}
		for i := 0; i < len(c); i++ {
			if !alnum(c[i]) && !strings.ContainsRune("_.+-", rune(c[i])) {
				return false
			}
		}
		if !more {
			return true
		}
		p = rest
	}
}

func alnum(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' }

const pathDetail = `expected a relative path of "/"-separated components, each made of A-Z a-z 0-9 _ . + - and not "." or ".."`

func itoa(n int) string { return strconv.Itoa(n) }

// keyChecker remembers the verdicts on keys that take long to verify
// (they are pure and keys rarely change between analyses). It is safe for
// concurrent use.
type keyChecker struct {
	mu   sync.Mutex
	memo map[keyQuery]keyVerdict
}

type keyQuery struct {
	t   keys.Type
	key string
}

type keyVerdict struct {
	err *keys.Error
	nix bool
}

func newKeyChecker() *keyChecker { return &keyChecker{memo: make(map[keyQuery]keyVerdict)} }

// check returns why a key is rejected, and whether Nix rejects it too (else
// only the Go side's decoding does); nil for a good key.
func (c *keyChecker) check(t keys.Type, key string) (*keys.Error, bool) {
	// Only the keys Verify decodes at length (SSH, post-quantum and plugin
	// age keys) are remembered: the others, X25519 age keys above all (a
	// bech32 checksum), verify faster than a map remembers them.
	if k := keys.AgeKindOf(key); k == keys.X25519 || k == keys.NotAge {
		v := verify(t, key)
		return v.err, v.nix
	}
	q := keyQuery{t, key}
	c.mu.Lock()
	v, ok := c.memo[q]
	c.mu.Unlock()
	if ok {
		return v.err, v.nix
	}
	v = verify(t, key)
	c.mu.Lock()
	c.memo[q] = v
	c.mu.Unlock()
	return v.err, v.nix
}

// verify is the verdict on a key. Verify checks what Check does first,
// then decodes.
func verify(t keys.Type, key string) keyVerdict {
	if err := keys.Verify(t, key); err != nil {
		return keyVerdict{err, err.Reason.NixDetects()}
	}
	return keyVerdict{}
}

// checkGroup reports the group's own errors (E1, E6) and the warnings about
// its recipients.
func (b *builder) checkGroup(g *Group) {
	where := "flake.secrets: group " + quoteName(g.Name)
	badName := !validName(g.Name)
	if badName {
		b.errorAt(firstSpan(g.Keys), CodeInvalidName, where+": invalid name: must match ^[A-Za-z0-9_][A-Za-z0-9_.-]*$")
	}
	if g.Directory.Known && !validPath(g.Directory.S) {
		g.badDirectory = true
		// A default directory made from an invalid name repeats E1.
		if !(badName && g.Directory.Default) {
			b.errorAt(g.Directory.Span, CodeInvalidDirectory, where+": invalid directory "+quoteName(g.Directory.S)+": "+pathDetail)
		}
	}
	for _, r := range g.Targets.Items {
		if a := g.Admins.Lookup(r.Name); r.NameKnown && a != nil {
			d := b.warnAt(r.NameSpan, CodeAdminAndTarget, quoteName(r.Name)+" is both an admin and a target of group "+quoteName(g.Name)+": as an admin it can already decrypt every secret that does not narrow its admins")
			d.Related = []Related{{Span: a.NameSpan, Message: "the admin"}}
		}
	}
	// One key under two names: probably a copy-paste, and a key that
	// reads more than its owner thinks.
	// (Sized for a key per recipient, the usual: growing it rehashes.)
	owner := make(map[keyQuery]*Recipient, len(g.Admins.Items)+len(g.Targets.Items))
	for _, l := range [...]*RecipientList{g.Admins, g.Targets} {
		for _, r := range l.Items {
			if !r.NameKnown {
				continue
			}
			for _, k := range r.Keys {
				if k.Type == keys.Unknown {
					continue
				}
				c := keyQuery{k.Type, keys.Canonical(k.Type, k.Value)}
				first, ok := owner[c]
				switch {
				case !ok:
					owner[c] = r
				case first.Name != r.Name:
					d := b.warnAt(k.Span, CodeSharedKey, "this key is also the key of "+first.Role.String()+" "+quoteName(first.Name)+" of group "+quoteName(g.Name)+": whoever holds it can decrypt what both can")
					d.Related = []Related{{Span: first.NameSpan, Message: "the other recipient with this key"}}
				}
			}
		}
	}
}

// checkSecret reports a secret's errors: E1, the enum errors, E8, E7.
// misspelled: an option the secret or its group sets does not exist
// (Nix fails on that first; E8 would only follow from it).
func (b *builder) checkSecret(g *Group, s *Secret) {
	where := func() string { return "flake.secrets: group " + quoteName(g.Name) + ", secret " + quoteName(s.Name) }
	badName := !validName(s.Name)
	if badName {
		b.errorAt(firstSpan(s.Keys), CodeInvalidName, where()+": invalid name: must match ^[A-Za-z0-9_][A-Za-z0-9_.-]*$")
	}
	// A name that is not a recipient fails first in Nix; "selects no
	// recipient" would only follow from it.
	badNames := b.checkSelections(g, s)
	if s.RecipientsKnown && len(s.Recipients) == 0 && !badNames && !s.misspelled {
		d := b.errorAt(firstSpan(s.Keys), CodeNoRecipient, where()+": selects no recipient")
		for _, sp := range append(append([]Span(nil), s.Admins.Defs...), s.Targets.Defs...) {
			d.Related = append(d.Related, Related{Span: sp, Message: "the selection"})
		}
	}
	// A default file (directory/name.yaml) is valid when its directory and
	// name are; made from an invalid one, it would repeat E1 or E6.
	if s.File.Known && !s.File.Default && !validPath(s.File.S) {
		b.errorAt(s.File.Span, CodeInvalidFile, where()+": invalid file "+quoteName(s.File.S)+": "+pathDetail)
	}
}

// checkFiles reports two secrets with one file (E9), across groups. Only
// secrets that can collide are compared: default files of groups whose
// directory no other group has are distinct by construction.
func (b *builder) checkFiles(p *Policy) {
	type pos struct{ g, s int }
	dirs := map[string][]int{}
	for gi, g := range p.Groups {
		if g.Directory.Known {
			dirs[g.Directory.S] = append(dirs[g.Directory.S], gi)
		}
	}
	var cands []pos
	for gi, g := range p.Groups {
		shared := len(dirs[g.Directory.S]) > 1
		if !shared && !g.explicitFiles {
			continue
		}
		for si, s := range g.Secrets {
			if !s.File.Known || !shared && s.File.Default {
				continue
			}
			cands = append(cands, pos{gi, si})
			if s.File.Default {
				continue
			}
			// An explicit file may be another secret's default file.
			dir, base := path.Split(s.File.S)
			name, ok := strings.CutSuffix(base, ".yaml")
			if !ok {
				continue
			}
			for _, gj := range dirs[strings.TrimSuffix(dir, "/")] {
				secrets := p.Groups[gj].Secrets
				sj := sort.Search(len(secrets), func(i int) bool { return secrets[i].Name >= name })
				if sj < len(secrets) && secrets[sj].Name == name && secrets[sj].File.Default {
					cands = append(cands, pos{gj, sj})
				}
			}
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		return cands[i].g < cands[j].g || cands[i].g == cands[j].g && cands[i].s < cands[j].s
	})
	seen := make(map[string]*Secret, len(cands))
	for i, c := range cands {
		if i > 0 && cands[i-1] == c {
			continue
		}
		g := p.Groups[c.g]
		s := g.Secrets[c.s]
		first, ok := seen[s.File.S]
		if !ok {
			seen[s.File.S] = s
			continue
		}
		sp := s.File.Span
		if s.File.Default {
			sp = firstSpan(s.Keys)
		}
		d := b.errorAt(sp, CodeDuplicateFile, "flake.secrets: group "+quoteName(g.Name)+", secret "+quoteName(s.Name)+": file "+quoteName(s.File.S)+" is also the file of group "+quoteName(first.Group.Name)+", secret "+quoteName(first.Name))
		fs := first.File.Span
		if first.File.Default {
			fs = firstSpan(first.Keys)
		}
		d.Related = []Related{{Span: fs, Message: "the other secret with this file"}}
	}
}
