package sopsfile

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/keys"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Leaf is a value or comment that SOPS would have encrypted but that is in
// clear. It names where it is, never what it holds.
type Leaf struct {
	Path    string    // db.password, list[2], servers[0].token, "a.b".c; a comment's is its container's ("" at the top)
	Pos     token.Pos // of its key, or of the item or comment
	Comment bool      // a comment in clear: SOPS has encrypted comments since 3.0, so one was added by hand
}

// isCiphertext reports whether s has the shape of a value SOPS encrypted:
// SOPS' pattern `^ENC\[AES256_GCM,data:(.+),iv:(.+),tag:(.+),type:(.+)\]`
// (aes/cipher.go, anchored at the start only), matched by hand because it
// runs on every value of every file and the backtracking regexp engine is
// slow on it. Taking the earliest occurrence of each separator leaves the
// most room for the rest, so it decides the same language.
func isCiphertext(s string) bool {
	const prefix = "ENC[AES256_GCM,data:"
	if !strings.HasPrefix(s, prefix) {
		return false
	}
	rest := s[len(prefix):]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i] // '.' does not match a line feed
	}
	for _, sep := range []string{",iv:", ",tag:", ",type:", "]"} {
		i := strings.Index(rest[min(1, len(rest)):], sep)
		if i < 0 {
			return false
		}
		rest = rest[1+i+len(sep):]
	}
	return true
}

// optionalRegexp is one of the metadata's *_regex settings: set or not, and
// compiled when valid. SOPS ignores compilation errors, so an invalid
// expression never matches.
type optionalRegexp struct {
	set bool
	re  *regexp.Regexp
}

func compileOptional(s string) optionalRegexp {
	if s == "" {
		return optionalRegexp{}
	}
	re, _ := regexp.Compile(s)
	return optionalRegexp{set: true, re: re}
}

func (o optionalRegexp) match(s string) bool { return o.re != nil && o.re.MatchString(s) }

// Settings decide which values SOPS encrypts, as a creation rule or a
// file's metadata holds them. SOPS refuses more than one of the six
// string settings; with none, it uses UnencryptedSuffix "_unencrypted".
type Settings struct {
	UnencryptedSuffix       string
	EncryptedSuffix         string
	UnencryptedRegex        string
	EncryptedRegex          string
	UnencryptedCommentRegex string
	EncryptedCommentRegex   string
	MACOnlyEncrypted        bool
}

// settingNames are the fields' names in .sops.yaml and in metadata, in
// the order of Settings.strings.
var settingNames = [...]string{"unencrypted_suffix", "encrypted_suffix", "unencrypted_regex", "encrypted_regex", "unencrypted_comment_regex", "encrypted_comment_regex"}

func (s *Settings) strings() [6]*string {
	return [6]*string{&s.UnencryptedSuffix, &s.EncryptedSuffix, &s.UnencryptedRegex, &s.EncryptedRegex, &s.UnencryptedCommentRegex, &s.EncryptedCommentRegex}
}

// read sets the six string settings from get, which looks a name up.
func (s *Settings) read(get func(name string) string) {
	for i, p := range s.strings() {
		*p = get(settingNames[i])
	}
}

// Active returns the names of the string settings that are set.
func (s Settings) Active() []string {
	var names []string
	for i, p := range s.strings() {
		if *p != "" {
			names = append(names, settingNames[i])
		}
	}
	return names
}

// encryptionRules decide which leaves SOPS encrypts: the file's
// unencrypted_*/encrypted_* settings, with SOPS' default of
// unencrypted_suffix "_unencrypted" when none is set.
type encryptionRules struct {
	unencryptedSuffix, encryptedSuffix string
	unencryptedRegex, encryptedRegex   optionalRegexp
	unencryptedComment                 optionalRegexp
	encryptedComment                   optionalRegexp
}

func rulesOf(s Settings) *encryptionRules {
	r := &encryptionRules{
		unencryptedSuffix:  s.UnencryptedSuffix,
		encryptedSuffix:    s.EncryptedSuffix,
		unencryptedRegex:   compileOptional(s.UnencryptedRegex),
		encryptedRegex:     compileOptional(s.EncryptedRegex),
		unencryptedComment: compileOptional(s.UnencryptedCommentRegex),
		encryptedComment:   compileOptional(s.EncryptedCommentRegex),
	}
	if len(s.Active()) == 0 {
		r.unencryptedSuffix = "_unencrypted"
	}
	return r
}

// shouldBeEncrypted is SOPS' decision (sops.go, Tree.shouldBeEncrypted),
// step for step: each setting in turn may override the previous ones.
// path holds the mapping keys above the leaf (sequence indices do not
// count); comments holds, per level, the comments just before the leaf's
// ancestors.
func (r *encryptionRules) shouldBeEncrypted(path []string, comments [][]string, isComment bool) bool {
	encrypted := true
	anyKey := func(pred func(string) bool) bool {
		for _, k := range path {
			if pred(k) {
				return true
			}
		}
		return false
	}
	if r.unencryptedSuffix != "" && anyKey(func(k string) bool { return strings.HasSuffix(k, r.unencryptedSuffix) }) {
		encrypted = false
	}
	if r.encryptedSuffix != "" {
		encrypted = anyKey(func(k string) bool { return strings.HasSuffix(k, r.encryptedSuffix) })
	}
	if r.unencryptedRegex.set && anyKey(r.unencryptedRegex.match) {
		encrypted = false
	}
	if r.encryptedRegex.set {
		encrypted = anyKey(r.encryptedRegex.match)
	}
	if r.unencryptedComment.set {
		for _, level := range comments {
			for _, c := range level {
				if r.unencryptedComment.match(c) {
					encrypted = false
				}
			}
		}
	}
	if r.encryptedComment.set {
		encrypted = false
		last := len(comments) - 1
		for i, level := range comments {
			for j, c := range level {
				// The comment that carries the marker is not itself
				// encrypted: skip the leaf's own line.
				if isComment && i == last && j == len(level)-1 {
					continue
				}
				if r.encryptedComment.match(c) {
					encrypted = true
				}
			}
		}
	}
	return encrypted
}

// segment is one step of a leaf's path: a mapping key or a sequence index.
type segment struct {
	key   string
	index int // -1 for a key
}

// plainKey matches a mapping key that a path shows unquoted; compiled on
// first use, as the Unicode classes cost a tenth of a millisecond.
var plainKey = lazyRegexp(`^[\pL_][\pL\pN_-]*$`)

func formatPath(segs []segment) string {
	var b strings.Builder
	for i, s := range segs {
		switch {
		case s.index >= 0:
			b.WriteString("[" + strconv.Itoa(s.index) + "]")
		case plainKey().MatchString(s.key):
			if i > 0 {
				b.WriteByte('.')
			}
			b.WriteString(s.key)
		default:
			if i > 0 {
				b.WriteByte('.')
			}
			b.WriteString(keys.Quote(s.key))
		}
	}
	return b.String()
}

// plaintextWalker walks a document the way SOPS' Tree.Encrypt does and
// collects the leaves left in clear. With rules == nil (a file without
// metadata) every non-empty value is in clear and comments are not
// reported.
type plaintextWalker struct {
	rules      *encryptionRules
	out        []Leaf
	ciphertext token.Pos // the first ENC[…] value met, or NoPos
}

func (w *plaintextWalker) value(n *node, path []string, segs []segment, comments [][]string) {
	switch n.kind {
	case mappingNode:
		w.container(n, path, segs, comments, true)
	case sequenceNode:
		w.container(n, path, segs, comments, false)
	case scalarNode, commentNode:
		w.leaf(n, path, segs, comments)
	}
}

// container walks a mapping or a sequence. Each opens a level of comments:
// the comments met since the last value, cleared after each value, as in
// SOPS' walkBranch and walkSlice.
func (w *plaintextWalker) container(n *node, path []string, segs []segment, comments [][]string, mapping bool) {
	comments = append(comments[:len(comments):len(comments)], nil)
	top := len(comments) - 1
	index := 0
	for _, c := range n.children {
		if c.kind == commentNode {
			comments[top] = append(comments[top], c.text)
			w.leaf(c, path, segs, comments)
			continue
		}
		childPath, childSegs := path, append(segs[:len(segs):len(segs)], segment{index: index})
		if mapping {
			childPath = append(path[:len(path):len(path)], c.key)
			childSegs[len(childSegs)-1] = segment{key: c.key, index: -1}
		}
		index++
		w.value(c, childPath, childSegs, comments)
		comments[top] = nil
	}
}

func (w *plaintextWalker) leaf(n *node, path []string, segs []segment, comments [][]string) {
	isComment := n.kind == commentNode
	if (n.isString || isComment) && n.text == "" {
		return // SOPS leaves empty strings and comments as they are
	}
	if (n.isString || isComment) && isCiphertext(n.text) {
		if !w.ciphertext.IsValid() {
			w.ciphertext = n.pos
		}
		return
	}
	if w.rules == nil && isComment {
		return
	}
	if w.rules != nil && !w.rules.shouldBeEncrypted(path, comments, isComment) {
		return
	}
	w.out = append(w.out, Leaf{Path: formatPath(segs), Pos: n.pos, Comment: isComment})
}

// plaintextLeaves returns the leaves of doc that should be ciphertext and
// are not, in document order, and the position of the first ciphertext
// value (NoPos if none).
func plaintextLeaves(doc *document, m *Metadata) ([]Leaf, token.Pos) {
	w := &plaintextWalker{ciphertext: token.NoPos}
	if m != nil {
		w.rules = rulesOf(m.Settings)
	}
	for _, b := range doc.branches {
		w.value(b, nil, nil, nil)
	}
	return w.out, w.ciphertext
}
