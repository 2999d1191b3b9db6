package sopsfile

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/secrets-lsp/secrets-lsp/keys"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Metadata is the sops section of an encrypted file, as SOPS 3.13 reads it
// (stores/stores.go): who can decrypt, and which values are left in clear.
type Metadata struct {
	Pos token.Pos // the sops key, [sops] section or first sops_ line

	// KeyGroups are the groups SOPS decrypts with: the flat key lists form
	// one group; key_groups count only when every flat list is empty.
	KeyGroups []KeyGroup
	// FromKeyGroups tells that KeyGroups came from key_groups.
	FromKeyGroups bool
	// ShamirThreshold is the number of groups needed; 0 in the file means
	// all of them (see Threshold).
	ShamirThreshold int

	LastModified time.Time // zero when missing or malformed (see Issues)
	MAC          string    // the encrypted MAC, ENC[…]; not a secret
	Version      string    // the SOPS version that wrote the file

	Settings // which values the file leaves in clear
}

// KeyGroup is one group of master keys: any one of them decrypts the
// group's share of the data key.
type KeyGroup struct {
	Pos        token.Pos // the group's list item (the sops key for flat keys)
	Recipients []Recipient
}

// Recipient is one master key of a file, in the form a rule would list it.
type Recipient struct {
	Type keys.Type
	// Key is the key as SOPS' ToString writes it: the age recipient, the
	// PGP fingerprint, arn+role, the GCP resource ID, the Azure key URL
	// with its version, the Vault URI. Compare it with keys.Same.
	Key string
	Pos token.Pos // of the field that names the key
	// Wrapped tells that the entry holds an encrypted data key (enc); an
	// entry without one cannot decrypt anything.
	Wrapped bool
}

// Threshold returns how many key groups are needed to decrypt: the
// shamir_threshold, or every group when it is 0, as SOPS does.
func (m *Metadata) Threshold() int {
	if m.ShamirThreshold == 0 || len(m.KeyGroups) <= 1 {
		return len(m.KeyGroups)
	}
	return m.ShamirThreshold
}

// Recipients returns every recipient of every group, in file order.
func (m *Metadata) Recipients() []Recipient {
	var all []Recipient
	for _, g := range m.KeyGroups {
		all = append(all, g.Recipients...)
	}
	return all
}

// field returns the value of the child of mapping n named name, matching
// case-insensitively as SOPS' decoder (mapstructure) does; the last of
// duplicates wins, as in SOPS.
func field(n *node, name string) *node {
	var found *node
	for _, c := range n.children {
		if c.kind != commentNode && strings.EqualFold(c.key, name) {
			found = c
		}
	}
	return found
}

func fieldText(n *node, name string) string {
	if f := field(n, name); f != nil && f.kind == scalarNode {
		return f.text
	}
	return ""
}

// recipientSpec says how one metadata list reads: the field that names the
// key (where the recipient is positioned) and how the key is rebuilt from
// the entry's fields.
type recipientSpec struct {
	typ       keys.Type
	nameField string
	build     func(entry *node) string
	createdAt bool // SOPS requires an RFC 3339 created_at
}

var recipientSpecs = []recipientSpec{
	// SOPS' internal group order (stores.go, internalGroupFrom).
	{keys.KMS, "arn", func(e *node) string { return keys.JoinKMS(fieldText(e, "arn"), fieldText(e, "role")) }, true},
	{keys.GCPKMS, "resource_id", func(e *node) string { return fieldText(e, "resource_id") }, true},
	{keys.HuaweiKMS, "key_id", func(e *node) string { return fieldText(e, "key_id") }, true},
	{keys.AzureKeyVault, "vault_url", func(e *node) string {
		return keys.JoinAzure(fieldText(e, "vault_url"), fieldText(e, "name"), fieldText(e, "version"))
	}, true},
	{keys.HCVaultTransit, "vault_address", func(e *node) string {
		return keys.JoinVault(fieldText(e, "vault_address"), fieldText(e, "engine_path"), fieldText(e, "key_name"))
	}, true},
	{keys.PGP, "fp", func(e *node) string { return fieldText(e, "fp") }, true},
	{keys.Age, "recipient", func(e *node) string { return fieldText(e, "recipient") }, false},
}

// metadataReader decodes a metadata tree and collects what SOPS would
// refuse in it.
type metadataReader struct {
	issues []Issue
}

func (r *metadataReader) errorf(pos token.Pos, format string, args ...any) {
	r.issues = append(r.issues, Issue{Pos: pos, Severity: SeverityError, Code: CodeMetadata, Message: fmt.Sprintf(format, args...)})
}

// decode reads the metadata mapping n, which sits at pos.
func (r *metadataReader) decode(n *node, pos token.Pos) *Metadata {
	m := &Metadata{Pos: pos}
	m.ShamirThreshold = r.integer(n, "shamir_threshold")
	m.MAC = fieldText(n, "mac")
	m.Version = fieldText(n, "version")
	m.read(func(name string) string { return fieldText(n, name) })
	m.MACOnlyEncrypted = r.boolean(n, "mac_only_encrypted")

	if m.MAC == "" {
		r.issues = append(r.issues, Issue{Pos: pos, Severity: SeverityWarning, Code: CodeMetadata,
			Message: "sops metadata has no mac: sops refuses to decrypt the file without --ignore-mac"})
	} else if !isCiphertext(m.MAC) {
		// SOPS cannot decrypt it to compare: as if there were none.
		r.issues = append(r.issues, Issue{Pos: field(n, "mac").pos, Severity: SeverityWarning, Code: CodeMetadata,
			Message: "sops metadata: the mac is not a value SOPS encrypted (ENC[AES256_GCM,…]; cut short?): sops refuses to decrypt the file without --ignore-mac"})
	}
	if f := field(n, "lastmodified"); f == nil {
		r.errorf(pos, "sops metadata has no lastmodified; SOPS cannot read the file")
	} else if t, err := time.Parse(time.RFC3339, f.text); err != nil {
		r.errorf(f.pos, "sops metadata: lastmodified %s is not an RFC 3339 time; SOPS cannot read the file", keys.Quote(f.text))
	} else {
		m.LastModified = t
	}

	if len(m.Active()) > 1 {
		r.errorf(pos, "sops metadata sets more than one of %s; SOPS cannot read the file", strings.Join(settingNames[:], ", "))
	}
	for _, name := range []string{"unencrypted_regex", "encrypted_regex", "unencrypted_comment_regex", "encrypted_comment_regex"} {
		if f := field(n, name); f != nil && f.text != "" && compileOptional(f.text).re == nil {
			r.issues = append(r.issues, Issue{Pos: f.pos, Severity: SeverityWarning, Code: CodeMetadata,
				Message: fmt.Sprintf("sops metadata: %s %s is not a valid regular expression; SOPS treats it as matching nothing", name, keys.Quote(f.text))})
		}
	}

	flat := r.group(n, pos)
	if len(flat.Recipients) > 0 {
		m.KeyGroups = []KeyGroup{flat}
		if g := field(n, "key_groups"); g != nil && len(g.children) > 0 {
			r.issues = append(r.issues, Issue{Pos: g.pos, Severity: SeverityWarning, Code: CodeMetadata,
				Message: "sops metadata has both flat key lists and key_groups; SOPS uses the flat lists and ignores key_groups"})
		}
	} else if g := field(n, "key_groups"); g != nil && g.kind == sequenceNode {
		m.FromKeyGroups = true
		for _, item := range g.children {
			if item.kind == mappingNode {
				m.KeyGroups = append(m.KeyGroups, r.group(item, item.pos))
			}
		}
	}
	if len(m.KeyGroups) == 0 {
		r.errorf(pos, "sops metadata lists no key; SOPS cannot decrypt the file")
	}
	if t := m.ShamirThreshold; len(m.KeyGroups) > 1 && t != 0 && (t < 2 || t > len(m.KeyGroups)) {
		r.errorf(pos, "sops metadata: shamir_threshold %d does not fit %d key groups", t, len(m.KeyGroups))
	}
	return m
}

// group reads the key lists of mapping n (the metadata itself, or one of
// its key_groups) in SOPS' order.
func (r *metadataReader) group(n *node, pos token.Pos) KeyGroup {
	g := KeyGroup{Pos: pos}
	for _, spec := range recipientSpecs {
		list := field(n, spec.typ.MetadataField())
		if list == nil || list.kind != sequenceNode {
			continue
		}
		for _, e := range list.children {
			if e.kind != mappingNode {
				continue
			}
			rec := Recipient{Type: spec.typ, Key: spec.build(e), Pos: e.pos, Wrapped: fieldText(e, "enc") != ""}
			if f := field(e, spec.nameField); f != nil {
				rec.Pos = f.pos
			}
			if spec.createdAt {
				if _, err := time.Parse(time.RFC3339, fieldText(e, "created_at")); err != nil {
					r.errorf(rec.Pos, "sops metadata: %s key %s has no valid created_at; SOPS cannot read the file", spec.typ, keys.Quote(rec.Key))
				}
			}
			g.Recipients = append(g.Recipients, rec)
		}
	}
	return g
}

// integer reads an int field the way SOPS' weakly typed decoder does: a
// number, or a string holding one.
func (r *metadataReader) integer(n *node, name string) int {
	f := field(n, name)
	if f == nil || f.kind != scalarNode || f.text == "" {
		return 0
	}
	v, err := strconv.Atoi(f.text)
	if err != nil {
		r.errorf(f.pos, "sops metadata: %s %s is not a number; SOPS cannot read the file", name, keys.Quote(f.text))
	}
	return v
}

func (r *metadataReader) boolean(n *node, name string) bool {
	f := field(n, name)
	if f == nil || f.kind != scalarNode || f.text == "" {
		return false
	}
	v, err := strconv.ParseBool(f.text)
	if err != nil {
		r.errorf(f.pos, "sops metadata: %s %s is not a boolean; SOPS cannot read the file", name, keys.Quote(f.text))
	}
	return v
}

// Flattened metadata (dotenv, INI): keys such as age__list_0__map_recipient
// spell a path of map keys and list indices (stores/flatten.go).
const (
	mapSeparator  = "__map_"
	listSeparator = "__list_"
)

// step is one token of a flattened key.
type step struct {
	key   string
	index int // -1 for a map key
}

func tokenizeFlat(key string) []step {
	var steps []step
	cur, rest := step{index: -1}, key
	start := 0
	for i := 0; i < len(rest); {
		sep, isList := "", false
		switch {
		case strings.HasPrefix(rest[i:], mapSeparator):
			sep = mapSeparator
		case strings.HasPrefix(rest[i:], listSeparator):
			sep, isList = listSeparator, true
		default:
			i++
			continue
		}
		cur = finishStep(cur, rest[start:i])
		steps = append(steps, cur)
		cur = step{index: -1}
		if isList {
			cur.index = 0
		}
		i += len(sep)
		start = i
	}
	return append(steps, finishStep(cur, rest[start:]))
}

func finishStep(s step, text string) step {
	if s.index >= 0 {
		s.index, _ = strconv.Atoi(text) // SOPS ignores the error too: 0
		return s
	}
	s.key = text
	return s
}

// flatNode is the intermediate tree of unflattening.
type flatNode struct {
	leaf    *node
	keys    map[string]*flatNode
	indices map[int]*flatNode
	pos     token.Pos
}

// unflatten rebuilds the metadata tree from flattened entries (comments
// skipped), as SOPS' unflattenTreeBranch does, with the same failures.
func unflatten(entries []*node) (*node, error) {
	root := &flatNode{}
	for _, e := range entries {
		if e.kind == commentNode {
			continue
		}
		cur := root
		for _, s := range tokenizeFlat(e.key) {
			var next *flatNode
			if s.index < 0 {
				if cur.keys == nil {
					cur.keys = map[string]*flatNode{}
				}
				if next = cur.keys[s.key]; next == nil {
					next = &flatNode{pos: e.pos}
					cur.keys[s.key] = next
				}
			} else {
				if cur.indices == nil {
					cur.indices = map[int]*flatNode{}
				}
				if next = cur.indices[s.index]; next == nil {
					next = &flatNode{pos: e.pos}
					cur.indices[s.index] = next
				}
			}
			cur = next
		}
		if cur.leaf != nil {
			return nil, &Error{Offset: e.pos, Msg: fmt.Sprintf("sops metadata: %s is set twice", keys.Quote(e.key))}
		}
		cur.leaf = e
	}
	return root.convert("")
}

func (f *flatNode) convert(key string) (*node, error) {
	kinds := 0
	for _, has := range []bool{f.leaf != nil, len(f.keys) > 0, len(f.indices) > 0} {
		if has {
			kinds++
		}
	}
	if kinds > 1 {
		return nil, &Error{Offset: f.pos, Msg: "sops metadata: a flattened key is both a value and a list or map"}
	}
	switch {
	case f.leaf != nil:
		n := *f.leaf
		n.key = key
		return &n, nil
	case len(f.indices) > 0:
		n := &node{kind: sequenceNode, key: key, pos: f.pos}
		for i := 0; i < len(f.indices); i++ {
			child, ok := f.indices[i]
			if !ok {
				return nil, &Error{Offset: f.pos, Msg: "sops metadata: a flattened list has a gap"}
			}
			c, err := child.convert("")
			if err != nil {
				return nil, err
			}
			n.children = append(n.children, c)
		}
		return n, nil
	}
	n := &node{kind: mappingNode, key: key, pos: f.pos}
	names := make([]string, 0, len(f.keys))
	for k := range f.keys {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		c, err := f.keys[k].convert(k)
		if err != nil {
			return nil, err
		}
		n.children = append(n.children, c)
	}
	return n, nil
}
