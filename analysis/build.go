package analysis

import (
	"slices"
	"strings"
	"unsafe"

	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
	"github.com/secrets-lsp/secrets-lsp/internal/editdist"
	"github.com/secrets-lsp/secrets-lsp/keys"
)

// builder turns the merged options into the Policy, validating as the
// module does (docs/policy.md, "Errors") and warning where docs/policy.md
// says so.
type builder struct {
	diags   []Diagnostic
	checker *keyChecker
	groups  *groupCache // reuses groups whose merge is unchanged; may be nil
	// openWorld: recipients may be declared by modules the analysis does
	// not see (Result.Unreached).
	openWorld bool
	// sels holds the selections the secrets of a group define; dflt are
	// the group's default admins and targets, shared by every secret that
	// does not define its own.
	sels  []Selection
	dflt  [2]*Selection
	rules ruleWriter
	// spans and refs hold the small slices of a group's secrets: the
	// places of their definitions and the names they select.
	spans slab[Span]
	refs  slab[NameRef]
	// unreached are the failures, met by the merge, of values Nix never
	// forces: the keys of a recipient whose name it rejects first
	// (checkRecipients: name, duplicate, then keys). dropUnreached
	// removes them from the merge's diagnostics.
	unreached []Diagnostic
}

// dropUnreached removes from diags, the merge's diagnostics of the group
// just built, the failures Nix does not reach.
func (b *builder) dropUnreached(diags []Diagnostic) []Diagnostic {
	if len(b.unreached) == 0 {
		return diags
	}
	return slices.DeleteFunc(diags, func(d Diagnostic) bool {
		return slices.ContainsFunc(b.unreached, func(u Diagnostic) bool { return sameDiagnostic(u, d) })
	})
}

// keysUnreached notes the failures in the key fields of sub, a recipient
// whose name Nix rejects before it reads them.
func (b *builder) keysUnreached(sub *merged) {
	note := func(d *Data) {
		if err := d.Err(); err != nil {
			b.unreached = append(b.unreached, failureDiagnostics(err)...)
		}
	}
	for _, f := range keyFieldOptions {
		for _, d := range sub.kids[f.kid].defs {
			note(d.val)
			for _, e := range d.val.Elems() {
				note(e)
			}
		}
	}
}

// slab hands out small slices from arrays shared by many, so that the
// tens of thousands of small slices of a large policy are a few hundred
// allocations. The slices it gives share arrays: appending to one never
// writes into another, but one keeps the whole array alive.
type slab[T any] struct {
	free  []T
	bytes int // the size of the last array
	// arrays are those the slab made, in order; next is how many of them
	// it handed out since it was last reused.
	arrays [][]T
	next   int
}

// The sizes of a slab's arrays, in bytes: doubling from the first, so that
// a small policy allocates little, up to the last. They are size classes
// of Go's allocator, which puts a header (mallocHeader) in front of an
// object with pointers larger than 512 bytes: an array is made to fit
// with it (an array of exactly 32 KB would take 40).
const (
	firstSlab    = 1 << 10
	lastSlab     = 32 << 10
	mallocHeader = 8
)

// take returns an empty slice of capacity n (nil for 0). When fewer than
// n elements are left, the slab moves on to its next array, or makes one
// (what was left is lost), but a slice of more than an eighth of a new
// array gets an array of its own.
func (s *slab[T]) take(n int) []T {
	if n == 0 {
		return nil
	}
	for len(s.free) < n {
		if s.next == len(s.arrays) {
			s.bytes = min(max(2*s.bytes, firstSlab), lastSlab)
			var elem T
			size := (s.bytes - mallocHeader) / max(1, int(unsafe.Sizeof(elem)))
			if 8*n > size {
				return make([]T, 0, n)
			}
			s.arrays = append(s.arrays, make([]T, size))
		}
		s.free = s.arrays[s.next]
		s.next++
	}
	out := s.free[:0:n]
	s.free = s.free[n:]
	return out
}

// reuse hands the slab's arrays out again from the first: what the slab
// handed out so far must be garbage. zero clears them, for callers that
// read what take gives before writing all of it; clearing memory that
// holds pointers while the collector marks costs a write barrier per
// word, so slabs whose slices are always written in full skip it.
func (s *slab[T]) reuse(zero bool) {
	if zero {
		for _, a := range s.arrays[:s.next] {
			clear(a)
		}
	}
	s.free, s.next = nil, 0
}

// fill gives the slab an array of exactly n elements, for slices of n
// elements in all.
func (s *slab[T]) fill(n int) { s.free = make([]T, n) }

// keyOrder is the order of a recipient's typed key fields; keyFields adds
// the untyped one.
var (
	keyOrder  = []string{"age", "pgp", "kms", "gcpKms", "azureKeyvault", "hcVaultTransit"}
	keyFields = append(keyOrder[:len(keyOrder):len(keyOrder)], "key")
)

// keyFieldOption is one of keyFields as the builder reads it: the index of
// its merge among a recipient's options and the type of its keys
// (Unknown for `key`, each of whose keys tells its own).
type keyFieldOption struct {
	name string
	kid  int
	t    keys.Type
}

// The indexes of the options of a secret and of a recipient the builder
// reads for each (in merged.kids), found once.
var (
	secretAdmins  = secretOption.childIndex("admins")
	secretTargets = secretOption.childIndex("targets")
	secretFile    = secretOption.childIndex("file")
	recipientName = recipientOption.childIndex("name")
)

var keyFieldOptions = func() []keyFieldOption {
	out := make([]keyFieldOption, len(keyFields))
	for i, f := range keyFields {
		t, _ := keys.ParseType(f)
		out[i] = keyFieldOption{f, slices.IndexFunc(recipientOption.children, func(o *option) bool { return o.name == f }), t}
	}
	return out
}()

func (b *builder) errorAt(s Span, code, msg string) *Diagnostic {
	b.diags = append(b.diags, Diagnostic{Span: s, Severity: SeverityError, Code: code, Message: msg})
	return &b.diags[len(b.diags)-1]
}

func (b *builder) warnAt(s Span, code, msg string) *Diagnostic {
	b.diags = append(b.diags, Diagnostic{Span: s, Severity: SeverityWarning, Code: code, Message: msg})
	return &b.diags[len(b.diags)-1]
}

// policy builds flake.secrets from the merged option `flake`: the groups
// apart, in parallel, except those built with their merge (mergeGroups).
func (b *builder) policy(fl *merged) *Policy {
	p := &Policy{}
	sm := fl.child("secrets")
	if sm == nil {
		return p
	}
	p.Open = sm.uncertain
	if len(sm.kids) > 0 {
		p.Groups = make([]*Group, len(sm.kids))
	}
	gdiags := make([][]Diagnostic, len(sm.kids))
	var todo []int
	for i, gm := range sm.kids {
		if b.groups != nil {
			if e := b.groups.next[gm.at.name]; e != nil && e.merged == gm && e.group != nil {
				p.Groups[i], gdiags[i] = e.group, e.gdiags
				continue
			}
		}
		todo = append(todo, i)
	}
	forks := make([]*builder, workers(len(todo)))
	for w := range forks {
		forks[w] = &builder{checker: b.checker, openWorld: b.openWorld}
	}
	forEach(len(todo), func(w, k int) {
		i, f := todo[k], forks[w]
		f.diags = f.diags[:0]
		p.Groups[i] = f.group(sm.elemName(i), sm.kids[i])
		gdiags[i] = append([]Diagnostic(nil), f.diags...)
	})
	for i := range sm.kids {
		b.diags = append(b.diags, gdiags[i]...)
	}
	return p
}

func firstSpan(ss []Span) Span {
	if len(ss) > 0 {
		return ss[0]
	}
	return Span{}
}

// defSpans appends where each definition's attribute is written.
func defSpans(spans []Span, ds []def) []Span {
	for _, d := range ds {
		spans = append(spans, spanOf(d.key))
	}
	return spans
}

// subSpans is spans[i:j], nil when empty, that appending to cannot change
// the rest.
func subSpans(spans []Span, i, j int) []Span {
	if i == j {
		return nil
	}
	return spans[i:j:j]
}

// valueSpans appends where each definition's value is written.
func valueSpans(spans []Span, ds []def) []Span {
	for _, d := range ds {
		spans = append(spans, spanOf(d.val.O))
	}
	return spans
}

func (b *builder) group(name string, gm *merged) *Group {
	b.unreached = b.unreached[:0]
	g := &Group{Name: name, Extra: gm.extra}
	g.Keys = defSpans(nil, gm.defs)
	g.Directory = strOption(gm.child("directory"), "secrets/"+name, firstSpan(g.Keys))
	rec := gm.child("recipients")
	g.Admins = b.recipients(g, Admin, rec.child("admins"))
	g.Targets = b.recipients(g, Target, rec.child("targets"))
	g.misspelled = gm.unknownOptions || rec.unknownOptions
	if b.openWorld {
		g.Admins.Open, g.Targets.Open = true, true
	}
	b.checkGroup(g)
	sm := gm.child("secret")
	g.SecretsOpen = sm.uncertain
	b.dflt = [2]*Selection{}
	// One allocation for the secrets of a group, one for the selections
	// they define, one for their rules, one for their spans, one for their
	// names, one for their default files, one for their _recipients.
	secrets := make([]Secret, len(sm.kids))
	rules := make([]lazyRule, len(sm.kids))
	g.Secrets = make([]*Secret, len(sm.kids))
	nsels, nspans, nrefs, npicked := 0, 0, 0, 0
	for _, m := range sm.kids {
		am, tm := m.kids[secretAdmins], m.kids[secretTargets]
		nspans += len(m.defs) + len(am.defs) + len(tm.defs)
		nrefs += len(am.items) + len(tm.items)
		npicked += pickBound(g.Admins, am) + pickBound(g.Targets, tm)
		for _, sm := range [2]*merged{am, tm} {
			if !defaultSelection(sm) {
				nsels++
			}
		}
	}
	b.sels = make([]Selection, 0, nsels)
	b.spans.fill(nspans)
	b.refs.fill(nrefs)
	b.rules.reserve(npicked)
	files, off := defaultFiles(g.Directory, sm), 0
	for i, m := range sm.kids {
		s := &secrets[i]
		s.rule = &rules[i]
		name, dflt := sm.elemName(i), ""
		if g.Directory.Known {
			end := off + len(g.Directory.S) + len(name) + len("/.yaml")
			dflt, off = files[off:end], end
		}
		b.secret(g, s, name, m, dflt)
		b.rules.computeRecipients(g, s)
		s.misspelled = g.misspelled || m.unknownOptions
		b.checkSecret(g, s)
		g.explicitFiles = g.explicitFiles || s.File.Known && !s.File.Default
		g.Secrets[i] = s
	}
	g.rulesKnown = rulesKnown(g)
	return g
}

// defaultFiles are the default files of the secrets sm holds
// (dir/name.yaml), one after the other in one string; "" when the
// directory is not known.
func defaultFiles(dir Str, sm *merged) string {
	if !dir.Known {
		return ""
	}
	n := 0
	for i := range sm.kids {
		n += len(dir.S) + len(sm.elemName(i)) + len("/.yaml")
	}
	var b strings.Builder
	b.Grow(n)
	for i := range sm.kids {
		b.WriteString(dir.S)
		b.WriteByte('/')
		b.WriteString(sm.elemName(i))
		b.WriteString(".yaml")
	}
	return b.String()
}

// strOption is the value of a string option, or its default.
func strOption(m *merged, dflt string, owner Span) Str {
	switch {
	case m.uncertain:
		return Str{Span: owner}
	case m.defined():
		v := m.value()
		if v == nil {
			return Str{Span: owner}
		}
		return Str{S: v.Str, Known: true, Span: spanOf(v.O), Lit: v.O.Lit, val: v}
	}
	return Str{S: dflt, Known: true, Default: true, Span: owner}
}

func (b *builder) recipients(g *Group, role Role, lm *merged) *RecipientList {
	l := &RecipientList{Group: g, Role: role, Open: lm.uncertain}
	l.Defs = valueSpans(nil, lm.defs)
	rs := make([]Recipient, len(lm.items))
	l.Items = make([]*Recipient, 0, len(lm.items))
	nkeys := 0
	for _, it := range lm.items {
		for _, f := range keyFieldOptions {
			for range it.sub.kids[f.kid].keyStrings {
				nkeys++
			}
		}
	}
	ks := make([]Key, 0, nkeys)
	for i, it := range lm.items {
		r := &rs[i]
		*r = Recipient{Group: g, Role: role, Index: i, Span: spanOf(it.val.O), at: it.sub.at, file: it.file, val: it.val}
		sub := it.sub
		r.Extra = sub.extra
		if sub.uncertain {
			l.Open = true
		}
		nm := sub.kids[recipientName]
		name := nm.value()
		switch {
		case nm.defined() && name != nil && !nm.uncertain:
			r.Name, r.NameKnown = name.Str, true
			r.NameSpan, r.NameLit, r.nameVal = spanOf(name.O), name.O.Lit, name
			r.ownerText = r.Name + " (" + role.String() + ")"
		// A recipient defining an option it does not have is that error
		// whenever it is read (lib.modules' checkUnmatched), never this one.
		case !nm.defined() && !nm.uncertain && !sub.typeErrors && !sub.unknownOptions:
			b.errorAt(r.Span, CodeMissingName, "The option `"+showOption(appendLoc(r.at.loc(), "name"))+"' was accessed but has no value defined. Try setting the option.")
		default:
			// A name the analysis cannot compute may be any name: the
			// enum of names is not known, and no selection is wrong.
			l.Open = true
		}
		r.misspelled = sub.unknownOptions
		first := len(ks)
		for _, f := range keyFieldOptions {
			km := sub.kids[f.kid]
			if km.uncertain {
				r.KeysOpen = true
			}
			r.misspelled = r.misspelled || km.typeErrors
			for s := range km.keyStrings {
				kt := f.t
				if f.name == "key" {
					kt = keys.Infer(s.Str)
				}
				ks = append(ks, Key{Field: f.name, Type: kt, Value: s.Str, Span: spanOf(s.O), val: s})
			}
		}
		if len(ks) > first {
			r.Keys = ks[first:len(ks):len(ks)]
		}
		r.ruleKeys = !r.KeysOpen && !slices.ContainsFunc(r.Keys, func(k Key) bool { return k.Type == keys.Unknown })
		// A misspelled key field (an unknown option) or a key of the wrong
		// type is reported already; "no key" would only repeat it.
		l.Items = append(l.Items, r)
	}
	l.index()
	for i, r := range l.Items {
		if r.NameKnown && (!validName(r.Name) || l.Lookup(r.Name) != r) {
			b.keysUnreached(lm.items[i].sub)
		}
	}
	b.checkRecipients(l)
	return l
}

// where is the prefix of the module's messages about a recipient.
func (r *Recipient) where() string {
	return "flake.secrets: group " + quoteName(r.Group.Name) + ", " + r.Role.String() + " " + quoteName(r.Name)
}

func (b *builder) checkRecipients(l *RecipientList) {
	for _, r := range l.Items {
		if !r.NameKnown {
			continue
		}
		if !validName(r.Name) {
			b.errorAt(r.NameSpan, CodeInvalidName, r.where()+": invalid name: must match ^[A-Za-z0-9_][A-Za-z0-9_.-]*$")
		}
		if first := l.Lookup(r.Name); first != r {
			d := b.errorAt(r.NameSpan, CodeDuplicateName, r.where()+": duplicate name in recipients."+l.Role.list())
			d.Related = []Related{{Span: first.NameSpan, Message: "the first " + l.Role.String() + " called " + quoteName(r.Name)}}
		}
		if len(r.Keys) == 0 && !r.KeysOpen && !r.misspelled {
			d := b.errorAt(r.NameSpan, CodeNoKey, r.where()+": no key (set age, pgp, kms, gcpKms, azureKeyvault, hcVaultTransit or key)")
			d.Related = []Related{{Span: r.Span, Message: "the recipient"}}
		}
		for _, k := range r.Keys {
			t := k.Type
			if k.Field == "key" {
				t = keys.Unknown
			}
			if err, nix := b.checker.check(t, k.Value); err != nil {
				msg := r.where() + ": " + err.Error()
				if nix {
					b.errorAt(k.Span, keyCode(err), msg)
				} else {
					d := b.warnAt(k.Span, CodeInvalidKey, msg)
					d.Hint = "Nix accepts this key, but " + err.Detail
				}
			}
		}
	}
}

func keyCode(err *keys.Error) string {
	if err.Reason == keys.UnknownType {
		return CodeUnknownKeyType
	}
	return CodeInvalidKey
}

// secret builds the secret called name, whose default file is dflt, into
// s.
func (b *builder) secret(g *Group, s *Secret, name string, sm *merged, dflt string) {
	s.Group, s.Name, s.Extra = g, name, sm.extra
	am, tm := sm.kids[secretAdmins], sm.kids[secretTargets]
	// The secret's spans and its selections' in one slice.
	spans := b.spans.take(len(sm.defs) + len(am.defs) + len(tm.defs))
	spans = defSpans(spans, sm.defs)
	n0 := len(spans)
	spans = valueSpans(spans, am.defs)
	n1 := len(spans)
	spans = valueSpans(spans, tm.defs)
	s.Keys = subSpans(spans, 0, n0)
	owner := firstSpan(s.Keys)
	s.Admins = b.selection(g, Admin, am, subSpans(spans, n0, n1))
	s.Targets = b.selection(g, Target, tm, subSpans(spans, n1, len(spans)))
	s.File = strOption(sm.kids[secretFile], dflt, owner)
	if s.File.Default && !g.Directory.Known {
		s.File.Known = false
	}
}

// defaultSelection reports whether the merged admins or targets m of a
// secret are the default: not defined, and certainly so.
func defaultSelection(m *merged) bool { return !m.defined() && !m.uncertain }

// selection builds a secret's admins or targets, with defs the places of
// its definitions; a default one is the group's, shared.
func (b *builder) selection(g *Group, role Role, m *merged, defs []Span) *Selection {
	if defaultSelection(m) {
		if b.dflt[role] == nil {
			b.dflt[role] = defaultOf(g, role)
		}
		return b.dflt[role]
	}
	b.sels = append(b.sels, Selection{Role: role, Open: m.uncertain, Defs: defs})
	sel := &b.sels[len(b.sels)-1]
	sel.Names = b.refs.take(len(m.items))
	if m.withDefault {
		// At the default's priority: every admin, then these.
		dflt := defaultOf(g, role)
		sel.Names = append(dflt.Names, sel.Names...)
		sel.Open = sel.Open || dflt.Open
	}
	for _, it := range m.items {
		ref := NameRef{Span: spanOf(it.val.O), Lit: it.val.O.Lit, n: it.n, m: it.m, file: it.file, val: it.val}
		switch it.val.Kind {
		case eval.KString:
			ref.Name, ref.Known = it.val.Str, true
		case eval.KUnknown:
			sel.Open = true
		}
		sel.Names = append(sel.Names, ref)
	}
	if invalid := m.notLists(); len(invalid) > 0 && !g.List(role).Open {
		sel.Open = true
		values := enumValues(g, role)
		msg := "A definition for option `" + showOption(m.loc()) + "' is not of type `list of " + parenthesize(enumDesc(values), len(values)) + "'. TypeError: Definition values:"
		for _, d := range invalid {
			msg += showDef(d.file, d.val)
		}
		b.errorAt(spanOf(invalid[0].val.O), CodeWrongType, msg)
	}
	return sel
}

// defaultOf is the default admins or targets of the secrets of g: every
// admin, or no target.
func defaultOf(g *Group, role Role) *Selection {
	sel := &Selection{Role: role, Default: true}
	if role == Admin {
		names := g.Admins.Names()
		if len(names) > 0 {
			sel.Names = make([]NameRef, len(names))
		}
		for i, n := range names {
			sel.Names[i] = NameRef{Name: n, Known: true, val: g.Admins.Lookup(n).nameVal}
		}
		sel.Open = g.Admins.Open
	}
	return sel
}

// enumValues are the names a secret's admins or targets may hold.
func enumValues(g *Group, role Role) []string {
	values := g.List(role).Names()
	if role == Target {
		values = append(values[:len(values):len(values)], "*")
	}
	return values
}

// inEnum reports whether name is among enumValues(g, role).
func inEnum(g *Group, role Role, name string) bool {
	return g.List(role).Lookup(name) != nil || role == Target && name == "*"
}

// enumDesc is types.enum's description.
func enumDesc(values []string) string {
	switch len(values) {
	case 0:
		return "impossible (empty enum)"
	case 1:
		return `value "` + values[0] + `" (singular enum)`
	}
	quoted := make([]string, len(values))
	for i, v := range values {
		quoted[i] = `"` + v + `"`
	}
	return "one of " + strings.Join(quoted, ", ")
}

// parenthesize wraps an enum's description as listOf does when the enum
// reads as a conjunction (two values or more).
func parenthesize(desc string, n int) string {
	if n >= 2 {
		return "(" + desc + ")"
	}
	return desc
}

// checkSelections reports names that are not in the enum, and the
// warnings about selections; it returns whether it reported an error.
func (b *builder) checkSelections(g *Group, s *Secret) bool {
	errs := false
	unknownNames(g, s, func(role Role, ref NameRef, msg string, values []string) {
		errs = true
		d := b.errorAt(ref.Span, CodeUnknownRecipient, msg)
		list := g.List(role)
		for _, def := range list.Defs {
			d.Related = append(d.Related, Related{Span: def, Message: "recipients." + role.list() + " of group " + quoteName(g.Name)})
		}
		if ref.Known {
			b.suggest(d, g, role, ref, values)
		}
	})
	if s.Targets.Has("*") && len(s.Targets.Names) > 1 {
		for _, ref := range s.Targets.Names {
			if ref.Name == "*" {
				b.warnAt(ref.Span, CodeStarBesideNames, `"*" already selects every target of group `+quoteName(g.Name)+"; the names beside it are redundant")
				break
			}
		}
	}
	return errs
}

// unknownNames calls f with each name of s's admins and targets that is
// not in the enum of group g (values), and Nix's message for it.
func unknownNames(g *Group, s *Secret, f func(role Role, ref NameRef, msg string, values []string)) {
	for _, role := range []Role{Admin, Target} {
		sel := s.Selection(role)
		if sel.Default {
			continue
		}
		list := g.List(role)
		for _, ref := range sel.Names {
			if ref.val == nil || ref.val.Kind == eval.KUnknown {
				continue
			}
			if ref.Known && inEnum(g, role, ref.Name) {
				continue
			}
			if list.Open || g.misspelled {
				// The name may be among the recipients the analysis
				// cannot see, or those a misspelled option held (Nix
				// fails on that option first).
				continue
			}
			values := enumValues(g, role)
			loc := appendLoc([]string{"flake", "secrets", g.Name, "secret", s.Name, role.list()}, entryName(int(ref.n), int(ref.m)))
			f(role, ref, "A definition for option `"+showOption(loc)+"' is not of type `"+enumDesc(values)+"'. Definition values:"+showDef(ref.file, ref.val), values)
		}
	}
}

// SelectionErrors returns Nix's messages for the names of the secret's
// admins and targets that are not recipients of its group. Nix evaluates
// neither _recipients nor _creationRule while there is one: Recipients
// then only say whom the valid names select.
func (s *Secret) SelectionErrors() []string {
	var msgs []string
	unknownNames(s.Group, s, func(_ Role, _ NameRef, msg string, _ []string) { msgs = append(msgs, msg) })
	return msgs
}

// suggest adds the name a typo most likely meant, as a hint and a fix.
func (b *builder) suggest(d *Diagnostic, g *Group, role Role, ref NameRef, values []string) {
	other := Admin
	if role == Admin {
		other = Target
	}
	if r := g.List(other).Lookup(ref.Name); r != nil {
		d.Hint = quoteName(ref.Name) + " is " + article(other) + " of group " + quoteName(g.Name) + "; list it in " + other.list()
		d.Related = append(d.Related, Related{Span: r.NameSpan, Message: quoteName(ref.Name) + " is declared here, in recipients." + other.list()})
		return
	}
	best, _ := editdist.Closest(ref.Name, values, maxTypoDistance(ref.Name))
	if best == "" {
		return
	}
	d.Hint = "did you mean " + quoteName(best) + "?"
	if edit, ok := replaceLiteral(ref.Span, ref.Lit, best); ok {
		d.Fixes = []Fix{{Title: "Change to " + quoteName(best), Edits: []Edit{edit}}}
	}
}

func article(r Role) string {
	if r == Admin {
		return "an admin"
	}
	return "a target"
}

// replaceLiteral is the edit that makes the literal at s read name.
func replaceLiteral(s Span, lit eval.LitKind, name string) (Edit, bool) {
	switch lit {
	case eval.NixString:
		return Edit{Span: s, NewText: eval.EscapeNixString(name)}, true
	case eval.JSONString:
		return Edit{Span: s, NewText: keys.Quote(name)}, true
	case eval.NixIdent:
		return Edit{Span: s, NewText: eval.EscapeNixIdentifier(name)}, true
	case eval.TOMLString:
		return Edit{Span: s, NewText: keys.Quote(name)}, true
	}
	return Edit{}, false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
