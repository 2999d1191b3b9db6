package sopsfile

import (
	"regexp"
	"regexp/syntax"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/secrets-lsp/secrets-lsp/keys"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// flatOrder is the order in which SOPS reads a rule's flat key fields
// (getKeyGroupsFromCreationRule).
var flatOrder = []keys.Type{keys.Age, keys.PGP, keys.KMS, keys.GCPKMS, keys.HuaweiKMS, keys.AzureKeyVault, keys.HCVaultTransit}

// scalar returns the text of the string scalar named name in mapping m.
func scalar(m *yaml.Node, name string) (string, *yaml.Node) {
	v := mappingValue(m, name)
	if v == nil || v.Kind != yaml.ScalarNode || v.ShortTag() == "!!null" {
		return "", nil
	}
	return v.Value, v
}

// rule reads creation rule number i and lints it on its own.
func (l *linter) rule(i int, item *yaml.Node) *Rule {
	r := &Rule{Index: i, Pos: l.conv.pos(item), PathRegexPos: token.NoPos}
	if item.Kind != yaml.MappingNode {
		l.add(r.Pos, SeverityError, CodeFieldType, "creation rule %d is not a mapping", i+1)
		return r
	}
	var pr *yaml.Node
	if r.PathRegex, pr = scalar(item, "path_regex"); pr != nil {
		r.PathRegexPos = l.conv.pos(pr)
	}
	if r.PathRegex != "" {
		r.re, r.reErr = regexp.Compile(r.PathRegex)
		if r.reErr != nil {
			l.add(r.PathRegexPos, SeverityError, CodeBadRegex, "path_regex %s is not a valid Go regular expression (SOPS fails on it): %v", keys.Quote(r.PathRegex), r.reErr)
		} else {
			r.shape = analyzeRegex(r.re)
			l.anchoring(r)
		}
	}

	r.read(func(name string) string { v, _ := scalar(item, name); return v })
	if set := r.Active(); len(set) > 1 {
		l.add(r.Pos, SeverityError, CodeSettings, "creation rule %d sets %s: SOPS refuses more than one of %s", i+1, strings.Join(set, " and "), strings.Join(settingNames[:], ", "))
	}
	if s, _ := scalar(item, "mac_only_encrypted"); s != "" {
		r.MACOnlyEncrypted, _ = strconv.ParseBool(s)
	}
	var threshold *yaml.Node
	if s, n := scalar(item, "shamir_threshold"); n != nil {
		r.ShamirThreshold, _ = strconv.Atoi(s)
		threshold = n
	}

	flat := l.flatKeys(item)
	if groups := mappingValue(item, "key_groups"); groups != nil && groups.Kind == yaml.SequenceNode && len(groups.Content) > 0 {
		r.FromKeyGroups = true
		for _, g := range groups.Content {
			r.KeyGroups = append(r.KeyGroups, dedupe(l.group(g)))
		}
		if len(flat) > 0 {
			l.add(flat[0].Pos, SeverityWarning, CodeFlatKeys, "creation rule %d has key_groups, so SOPS ignores its flat key fields", i+1)
		}
	} else {
		r.KeyGroups = [][]RuleKey{flat}
	}
	if len(r.Keys()) == 0 {
		l.add(r.Pos, SeverityWarning, CodeNoKeys, "creation rule %d has no keys: SOPS cannot encrypt the files it matches", i+1)
	}
	if threshold != nil {
		switch n := len(r.KeyGroups); {
		case n == 1 && r.ShamirThreshold > 1:
			l.add(l.conv.pos(threshold), SeverityWarning, CodeShamir, "shamir_threshold %d with a single key group: SOPS ignores it", r.ShamirThreshold)
		case n > 1 && r.ShamirThreshold != 0 && (r.ShamirThreshold < 2 || r.ShamirThreshold > n):
			l.add(l.conv.pos(threshold), SeverityError, CodeShamir, "shamir_threshold %d does not fit %d key groups: SOPS needs 2 to %d", r.ShamirThreshold, n, n)
		}
	}
	for _, k := range r.Keys() {
		if err := keys.SopsCheck(k.Type, k.Key); err != nil {
			l.add(k.Pos, SeverityError, CodeBadKey, "%v", err)
		}
	}
	return r
}

// flatKeys reads the flat key fields of a rule: each a comma-separated
// string or a list, which SOPS joins with commas and splits again.
func (l *linter) flatKeys(rule *yaml.Node) []RuleKey {
	var out []RuleKey
	for _, t := range flatOrder {
		v := mappingValue(rule, t.RuleField())
		if v == nil || v.ShortTag() == "!!null" {
			continue
		}
		switch {
		case v.Kind == yaml.ScalarNode && v.ShortTag() == "!!str" && t != keys.HuaweiKMS:
			out = append(out, l.split(t, v, true)...)
		case v.Kind == yaml.SequenceNode:
			for _, item := range v.Content {
				if item.Kind != yaml.ScalarNode || item.ShortTag() != "!!str" {
					l.add(l.conv.pos(item), SeverityError, CodeFieldType, "%s: expected a string in the list (SOPS fails on this rule)", t.RuleField())
					continue
				}
				out = append(out, l.split(t, item, false)...)
			}
		default:
			l.add(l.conv.pos(v), SeverityError, CodeFieldType, "%s: expected a string or a list of strings (SOPS fails on this rule)", t.RuleField())
		}
	}
	return out
}

// split cuts a scalar at its commas, positioning each key in the source
// when the scalar is written on one line as it is.
func (l *linter) split(t keys.Type, v *yaml.Node, trim bool) []RuleKey {
	var out []RuleKey
	start := l.conv.pos(v)
	src := l.c.Source.Source()
	from := int(start)
	for _, piece := range strings.Split(v.Value, ",") {
		if trim {
			piece = strings.TrimSpace(piece)
		}
		if strings.TrimSpace(piece) == "" {
			continue
		}
		p := start
		if end := min(len(src), int(start)+len(v.Value)+8); from <= end {
			if i := strings.Index(string(src[from:end]), piece); i >= 0 {
				p = token.Pos(from + i)
				from += i + len(piece)
			}
		}
		key := piece
		if t != keys.HCVaultTransit { // SOPS trims every type but Vault URIs
			key = strings.TrimSpace(piece)
		}
		out = append(out, RuleKey{Type: t, Key: key, Pos: p})
	}
	return out
}

// group reads one item of key_groups as SOPS' extractMasterKeys does:
// merged groups first, then age (comma-separated), pgp, kms, gcp_kms,
// hckms, azure_keyvault and hc_vault entries.
func (l *linter) group(g *yaml.Node) []RuleKey {
	if g.Kind != yaml.MappingNode {
		return nil
	}
	var out []RuleKey
	if merge := mappingValue(g, "merge"); merge != nil && merge.Kind == yaml.SequenceNode {
		for _, m := range merge.Content {
			out = append(out, l.group(m)...)
		}
	}
	strs := func(t keys.Type, split bool) {
		list := mappingValue(g, t.GroupField())
		if list == nil || list.Kind != yaml.SequenceNode {
			return
		}
		for _, item := range list.Content {
			if item.Kind != yaml.ScalarNode {
				continue // SOPS' decoder refuses it; reported already
			}
			if split {
				out = append(out, l.split(t, item, false)...)
			} else {
				out = append(out, RuleKey{Type: t, Key: item.Value, Pos: l.conv.pos(item)})
			}
		}
	}
	objects := func(t keys.Type, build func(*yaml.Node) string) {
		list := mappingValue(g, t.GroupField())
		if list == nil || list.Kind != yaml.SequenceNode {
			return
		}
		for _, item := range list.Content {
			if item.Kind == yaml.MappingNode {
				out = append(out, RuleKey{Type: t, Key: build(item), Pos: l.conv.pos(item)})
			}
		}
	}
	text := func(n *yaml.Node, name string) string { s, _ := scalar(n, name); return s }
	strs(keys.Age, true)
	strs(keys.PGP, false)
	objects(keys.KMS, func(n *yaml.Node) string { return keys.JoinKMS(text(n, "arn"), text(n, "role")) })
	objects(keys.GCPKMS, func(n *yaml.Node) string { return text(n, "resource_id") })
	objects(keys.HuaweiKMS, func(n *yaml.Node) string { return text(n, "key_id") })
	objects(keys.AzureKeyVault, func(n *yaml.Node) string {
		return keys.JoinAzure(text(n, "vaultUrl"), text(n, "key"), text(n, "version"))
	})
	strs(keys.HCVaultTransit, false)
	return out
}

// dedupe drops repeated keys of a group, as SOPS does for key_groups.
func dedupe(group []RuleKey) []RuleKey {
	seen := map[string]bool{}
	var out []RuleKey
	for _, k := range group {
		id := k.Type.String() + "/" + k.Key
		if !seen[id] {
			seen[id] = true
			out = append(out, k)
		}
	}
	return out
}

// regexShape is what can be said for certain about a path_regex.
type regexShape struct {
	matchesAll bool   // matches every path
	exact      string // the one path it matches (^L$), if isExact
	isExact    bool
	prefix     string // ^P or ^P.*: every path starting with P
	isPrefix   bool
	substr     string // L alone: every path containing L
	isSubstr   bool
	startsFree bool // begins with .* : deliberately unanchored
	anchoredAt struct{ start, end bool }
}

func analyzeRegex(re *regexp.Regexp) regexShape {
	var s regexShape
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return s
	}
	tree = tree.Simplify()
	s.matchesAll = !hasAssertion(tree) && re.MatchString("")
	s.anchoredAt.start, s.anchoredAt.end = anchored(tree, true), anchored(tree, false)
	subs := []*syntax.Regexp{tree}
	if tree.Op == syntax.OpConcat {
		subs = tree.Sub
	}
	if first := subs[0]; first.Op == syntax.OpStar && isAny(first.Sub[0]) {
		s.startsFree = true
	}
	lit := func(r *syntax.Regexp) (string, bool) {
		if r.Op == syntax.OpLiteral && r.Flags&syntax.FoldCase == 0 {
			return string(r.Rune), true
		}
		return "", false
	}
	switch {
	case len(subs) == 3 && subs[0].Op == syntax.OpBeginText && subs[2].Op == syntax.OpEndText:
		s.exact, s.isExact = lit(subs[1])
	case len(subs) == 2 && subs[0].Op == syntax.OpBeginText,
		len(subs) == 3 && subs[0].Op == syntax.OpBeginText && subs[2].Op == syntax.OpStar && isAny(subs[2].Sub[0]):
		s.prefix, s.isPrefix = lit(subs[1])
	case len(subs) == 1:
		s.substr, s.isSubstr = lit(subs[0])
	}
	return s
}

func isAny(r *syntax.Regexp) bool { return r.Op == syntax.OpAnyChar || r.Op == syntax.OpAnyCharNotNL }

// hasAssertion reports an end-of-text, end-of-line or word-boundary
// assertion: with none, a regex that matches "" matches every string.
func hasAssertion(r *syntax.Regexp) bool {
	switch r.Op {
	case syntax.OpEndText, syntax.OpEndLine, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	}
	for _, sub := range r.Sub {
		if hasAssertion(sub) {
			return true
		}
	}
	return false
}

// anchored reports whether every match of r must touch the start (or end)
// of the path.
func anchored(r *syntax.Regexp, start bool) bool {
	switch r.Op {
	case syntax.OpBeginText, syntax.OpBeginLine:
		return start
	case syntax.OpEndText, syntax.OpEndLine:
		return !start
	case syntax.OpCapture:
		return anchored(r.Sub[0], start)
	case syntax.OpConcat:
		if start {
			return anchored(r.Sub[0], true)
		}
		return anchored(r.Sub[len(r.Sub)-1], false)
	case syntax.OpAlternate:
		for _, sub := range r.Sub {
			// (^|/) anchors at a path component: deliberate.
			slash := start && sub.Op == syntax.OpLiteral && len(sub.Rune) > 0 && sub.Rune[0] == '/'
			if !anchored(sub, start) && !slash {
				return false
			}
		}
		return true
	}
	return false
}

// anchoring notes a path_regex that SOPS would match in the middle of a
// path, or that names one file but also matches longer names. These are
// infos, not warnings: SOPS' own documentation writes rules that way, and
// generated .sops.yaml files of real repositories have dozens of them, all
// working as meant; a rule that catches another rule's files is reported
// as shadowed, and a file encrypted for the wrong keys by its recipients.
func (l *linter) anchoring(r *Rule) {
	s := r.shape
	if s.matchesAll {
		return // reported as a catch-all
	}
	if !s.anchoredAt.start && !s.startsFree {
		l.add(r.PathRegexPos, SeverityInfo, CodeUnanchored, "path_regex %s is not anchored at the start: SOPS searches for it anywhere in the path, so it also matches files in other directories; start it with ^", keys.Quote(r.PathRegex))
		return
	}
	if s.isPrefix && !strings.HasSuffix(s.prefix, "/") {
		l.add(r.PathRegexPos, SeverityInfo, CodeUnanchored, "path_regex %s is not anchored at the end: it also matches %s; end it with $", keys.Quote(r.PathRegex), keys.Quote(s.prefix+".bak"))
	}
}

// shadowIndex remembers the earlier rules by what is certain about them,
// so that each later rule is compared only with the ones that could
// shadow it: generated files have thousands of literal rules.
type shadowIndex struct {
	catchAll *Rule
	byRegex  map[string]*Rule // by path_regex text, first occurrence
	exact    map[string]*Rule // ^L$ rules by L
	prefixes []*Rule
	substrs  []*Rule
	others   []*Rule // valid regexes of no simpler shape
}

// shadower returns an earlier rule that certainly matches every path that
// b matches, so that b never applies, or nil.
func (x *shadowIndex) shadower(b *Rule) *Rule {
	if x.catchAll != nil {
		return x.catchAll
	}
	if b.PathRegex == "" || b.re == nil {
		return nil
	}
	if a := x.byRegex[b.PathRegex]; a != nil {
		return a
	}
	sb := b.shape
	switch {
	case sb.isExact:
		if a := x.exact[sb.exact]; a != nil {
			return a
		}
		for _, list := range [][]*Rule{x.prefixes, x.substrs, x.others} {
			for _, a := range list {
				if a.re.MatchString(sb.exact) {
					return a
				}
			}
		}
	case sb.isPrefix:
		for _, a := range x.prefixes {
			if strings.HasPrefix(sb.prefix, a.shape.prefix) {
				return a
			}
		}
		for _, a := range x.substrs {
			if strings.Contains(sb.prefix, a.shape.substr) {
				return a
			}
		}
	case sb.isSubstr:
		for _, a := range x.substrs {
			if strings.Contains(sb.substr, a.shape.substr) {
				return a
			}
		}
	}
	return nil
}

// add files rule a; an invalid regex stops SOPS, so nothing after it is
// certain.
func (x *shadowIndex) add(a *Rule) bool {
	switch {
	case a.PathRegex != "" && a.re == nil:
		return false
	case a.CatchAll():
		if x.catchAll == nil {
			x.catchAll = a
		}
		return true
	}
	if _, ok := x.byRegex[a.PathRegex]; !ok {
		x.byRegex[a.PathRegex] = a
	}
	switch s := a.shape; {
	case s.isExact:
		if _, ok := x.exact[s.exact]; !ok {
			x.exact[s.exact] = a
		}
	case s.isPrefix:
		x.prefixes = append(x.prefixes, a)
	case s.isSubstr:
		x.substrs = append(x.substrs, a)
	default:
		x.others = append(x.others, a)
	}
	return true
}

// shadowing reports rules that can never apply and catch-alls before the
// end.
func (l *linter) shadowing() {
	rules := l.c.Rules
	x := &shadowIndex{byRegex: map[string]*Rule{}, exact: map[string]*Rule{}}
	for j, b := range rules {
		if a := x.shadower(b); a != nil {
			at := b.PathRegexPos
			if !at.IsValid() {
				at = b.Pos
			}
			line := l.c.Source.Position(a.Pos).Line
			l.add(at, SeverityWarning, CodeShadowed, "creation rule %d never applies: rule %d (line %d) matches every path it matches, and SOPS uses the first match", j+1, a.Index+1, line)
		}
		if !x.add(b) {
			break
		}
	}
	for i, r := range rules[:max(len(rules)-1, 0)] {
		if r.CatchAll() {
			why := "has no path_regex"
			if r.PathRegex != "" {
				why = "has path_regex " + keys.Quote(r.PathRegex) + ", which matches every path"
			}
			l.add(r.Pos, SeverityWarning, CodeCatchAll, "creation rule %d %s, so the %d rules after it never apply", i+1, why, len(rules)-1-i)
		}
	}
}
