package policy

import (
	"bytes"
	"slices"
	"sort"
	"unsafe"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/nixparse/scanner"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// tokenList is the tokens of one version of a document, from its start to
// as far as a completion needed them. The next version reuses the tokens
// before its change, scans the change again, and takes the old tokens
// after it once the scan meets them at a place where the lexer is in its
// initial state in both versions: typing rescans a line, not the file.
//
// A list is used by one goroutine at a time (the Provider's mutex), and
// not at all once the next version's list is made from it: the next but
// one reuses its memory, so that following a keystroke allocates nothing
// (the tokens of a 10,000-line file take megabytes).
//
// A quote typed (or removed) turns the lexer's state around from there to
// the end of the file: no old token after the change is a new one. settle
// then stops scanning, and keeps the list the tail came from whole, for
// the version that closes the string (or deletes the quote) again.
type tokenList struct {
	src  []byte
	toks []tok
	// spare is the memory of the tokens of the version before, free once
	// tail is spliced in.
	spare []tok
	// The scanner runs on src[base:]; stack is the string nesting after
	// the last token (see push).
	sc    scanner.Scanner
	base  token.Pos
	stack []token.Kind
	eof   bool
	// tail are the tokens of the previous version after its change, in
	// its offsets: src[changeEnd:] is the text they were scanned from,
	// shifted by delta.
	tail      []tok
	changeEnd token.Pos
	delta     token.Pos
	tailEOF   bool       // tail ends with the end of the file
	tailOf    *tokenList // the list tail and spare belong to
	rescan    int        // the index of the first token scanned again
	// settleWithin is how far past the change settle scans for the old
	// tokens before it gives up.
	settleWithin token.Pos
	// whole is the list this one was made from when settle gave up: it
	// and its memory are left as they were, to be made new versions from
	// while the text differs from it in a small region only.
	whole *tokenList
	// walks are where contextAt's walks over toks stood every walkEvery
	// tokens, by index: a walk resumes from the last one before the
	// cursor instead of the file's start.
	walks     []walkState
	walkEvery int
	// view is the memory of contextIn's tokens, reused.
	view []tok
}

// defaultWalkEvery spaces the checkpoints of contextAt's walks: 2048
// tokens take some 20 µs to walk (all of a 10,000-line file, a
// millisecond).
const defaultWalkEvery = 2048

// defaultSettleWithin bounds settle's scan past a change: some 20 µs of
// scanning, where the rest of a 10,000-line file after an opened string
// takes milliseconds (a completion scans what it needs, when it comes).
const defaultSettleWithin = 4 << 10

type tok struct {
	kind     token.Kind
	pos, end token.Pos
	// restart: after this token the lexer is in its initial state (in no
	// string, interpolation or path), so scanning may start again at end.
	restart bool
}

// newTokenList prepares the tokens of src, reusing those of old (a previous
// version, or nil) around the one region where they differ. Old must not
// be used afterwards.
func newTokenList(src []byte, old *tokenList) *tokenList {
	t := &tokenList{src: src, walkEvery: defaultWalkEvery, settleWithin: defaultSettleWithin}
	if old != nil {
		t.walkEvery, t.settleWithin = old.walkEvery, old.settleWithin
		m := diffTexts(old.src, src)
		if m.Start == m.OldEnd && m.Start == m.NewEnd {
			return old
		}
		// Old's tokens after its own change may still be in the memory
		// reused below: take them in first (or give them up).
		old.settle()
		old.tail, old.tailOf = nil, nil
		if w := old.whole; w != nil {
			if mw := diffTexts(w.src, src); mw.OldEnd-mw.Start <= w.settleWithin && mw.NewEnd-mw.Start <= w.settleWithin {
				// Old is dropped: the string is closed again, or
				// still being typed.
				old, m = w, mw
				if m.Start == m.OldEnd && m.Start == m.NewEnd {
					return old
				}
			}
		}
		keep := old.kept(src, m, token.Pos(len(src)))
		buf := old.spare[:0]
		if cap(buf) < len(old.toks) {
			buf = make([]tok, 0, len(old.toks)+len(old.toks)/16)
		}
		t.toks = append(buf, old.toks[:keep]...)
		// Copied: new checkpoints must not overwrite old's, which may
		// serve again as whole.
		t.walks = slices.Clone(old.walks[:checkpointsWithin(old.walks, keep)])
		t.spare = old.toks[:0] // free once t.tail is spliced in
		// The old tokens that start after the change are the new ones,
		// shifted, wherever the lexer state agrees; the scan finds where.
		first := sort.Search(len(old.toks), func(i int) bool { return old.toks[i].pos > m.OldEnd })
		t.tail, t.changeEnd, t.delta, t.tailEOF = old.toks[first:], m.NewEnd, m.NewEnd-m.OldEnd, old.eof
		t.tailOf, t.rescan = old, keep
	}
	t.restartAt(len(t.toks))
	return t
}

// kept returns how many of t's first tokens are those of src, which
// differs from t's text by m, and end before limit; after the last of
// them the lexer is in its initial state.
func (t *tokenList) kept(src []byte, m editMap, limit token.Pos) int {
	// A token may have looked at the bytes after it: keep those that
	// end before the line of the change. One rule looks further: "/*"
	// is a comment only if a "*/" follows, anywhere; a change that
	// writes one may turn a "/" "*" before it into a comment.
	lineStart := token.Pos(bytes.LastIndexByte(src[:m.Start], '\n') + 1)
	if bytes.Contains(src[max(m.Start-1, 0):min(m.NewEnd+1, token.Pos(len(src)))], []byte("*/")) {
		lineStart = 0
	}
	limit = min(limit, lineStart)
	keep := sort.Search(len(t.toks), func(i int) bool { return t.toks[i].end >= limit })
	for keep > 0 && !t.toks[keep-1].restart {
		keep--
	}
	return keep
}

// restartAt keeps the first n tokens and scans on from the end of the
// last (which is a restart point).
func (t *tokenList) restartAt(n int) {
	t.toks = t.toks[:n]
	t.walks = t.walks[:checkpointsWithin(t.walks, n)]
	t.base = 0
	if n > 0 {
		t.base = t.toks[n-1].end
	}
	t.stack = t.stack[:0]
	t.eof = false
	t.sc.Init(unsafeString(t.src[t.base:]), 0)
}

// unsafeString returns the bytes as a string without copying them. A
// document's text is never modified (token.File.Source), and copying
// hundreds of kilobytes on each keystroke would tax every request with the
// garbage collector's work.
func unsafeString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// upTo scans until a token starts at or after pos (or the end), and
// returns the tokens.
func (t *tokenList) upTo(pos token.Pos) []tok {
	for !t.eof && (len(t.toks) == 0 || t.toks[len(t.toks)-1].pos < pos) {
		st := t.sc.Next()
		k := tok{kind: st.Kind, pos: st.Pos + t.base, end: st.End + t.base}
		if st.Kind == token.EOF {
			t.eof = true
		}
		t.push(k.kind)
		k.restart = len(t.stack) == 0
		t.toks = append(t.toks, k)
		if k.restart && !t.eof && len(t.tail) > 0 && k.end >= t.changeEnd {
			t.splice(k.end)
		}
	}
	return t.toks
}

// settle scans the changed region until the tokens after it are spliced
// in, so that the list is whole again and the next version can reuse it;
// or, when that takes more than settleWithin bytes past the change, stops
// and forgets the tail, keeping the list it came from (whole). The rest
// is scanned when a completion asks for it.
func (t *tokenList) settle() {
	for len(t.tail) > 0 && !t.eof {
		next := token.Pos(0)
		if n := len(t.toks); n > 0 {
			next = t.toks[n-1].pos + 1
			if t.toks[n-1].end > t.changeEnd+t.settleWithin {
				// The list before whole is no longer of use: only the
				// newest list's whole is made new versions from.
				t.whole, t.tailOf.whole = t.tailOf, nil
				t.tail, t.tailOf, t.spare = nil, nil, nil // spare is whole's memory
				return
			}
		}
		t.upTo(next) // one more token
	}
}

// splice appends the old tokens after end, when an old token ended there
// too (in the old offsets) with the lexer in its initial state: from
// there on, the same bytes give the same tokens.
func (t *tokenList) splice(end token.Pos) {
	old := end - t.delta
	j := sort.Search(len(t.tail), func(i int) bool { return t.tail[i].end >= old })
	if j == len(t.tail) {
		t.tail, t.tailOf = nil, nil // the scan went past what the old version had
		return
	}
	if t.tail[j].end != old || !t.tail[j].restart {
		return
	}
	rest := t.tail[j+1:]
	oldToks := t.tailOf.toks
	n := len(t.toks)
	t.toks = append(t.toks, rest...)
	for i := n; i < len(t.toks); i++ {
		t.toks[i].pos += t.delta
		t.toks[i].end += t.delta
	}
	if len(rest) > 0 && n == len(oldToks)-len(rest) {
		t.keepCheckpoints(oldToks, t.tailOf.walks, n)
	}
	t.tail, t.tailOf = nil, nil
	last := len(rest) - 1 // the last restart point among the spliced tokens
	for last >= 0 && !rest[last].restart {
		last--
	}
	switch {
	case len(rest) == 0:
	case t.tailEOF && rest[len(rest)-1].kind == token.EOF:
		t.eof = true
	default:
		t.restartAt(len(t.toks) - len(rest) + last + 1)
	}
}

// keepCheckpoints takes the old list's checkpoints after the change, at
// index n on, when the tokens scanned again are as many as the old ones
// there and of the same kinds (a name retyped, a literal changed): the
// walks then open and close the same constructs, at the places the
// tokens moved to. Otherwise a completion after the change would walk
// from the last checkpoint before it, each keystroke further back.
func (t *tokenList) keepCheckpoints(oldToks []tok, oldWalks []walkState, n int) {
	for i := t.rescan; i < n; i++ {
		if oldToks[i].kind != t.toks[i].kind {
			return
		}
	}
	// Walks keep the starts and ends of tokens: those before the tokens
	// scanned again are where they were, those after moved by delta,
	// those of the tokens scanned again are their counterparts'.
	var placed bool
	place := func(p token.Pos) token.Pos {
		switch {
		case t.rescan == 0 && p < oldToks[0].pos || t.rescan > 0 && p <= oldToks[t.rescan-1].end:
			return p
		case p >= oldToks[n].pos:
			return p + t.delta
		}
		for i := t.rescan; i < n; i++ {
			switch p {
			case oldToks[i].pos:
				return t.toks[i].pos
			case oldToks[i].end:
				return t.toks[i].end
			}
		}
		placed = false
		return p
	}
	for _, w := range oldWalks[checkpointsWithin(oldWalks, n-1):] {
		placed = true
		c := w.clone()
		for k := range c.stack {
			f := &c.stack[k]
			if f.kind != token.DOLLAR_CURLY || f.start != 0 {
				f.start = place(f.start)
			}
			for s := range f.binding {
				f.binding[s].pos, f.binding[s].end = place(f.binding[s].pos), place(f.binding[s].end)
			}
		}
		if !placed || len(t.walks) > 0 && c.i <= t.walks[len(t.walks)-1].i {
			return
		}
		t.walks = append(t.walks, c)
	}
}

// push tracks what the lexer is inside of: strings, indented strings,
// paths (until their PATH_END) and the interpolations and braces within
// them.
func (t *tokenList) push(k token.Kind) {
	top := token.ILLEGAL
	if n := len(t.stack); n > 0 {
		top = t.stack[n-1]
	}
	inString := top == token.QUOTE || top == token.IND_STRING_CLOSE
	switch {
	case len(t.stack) > 0 && k == top:
		t.stack = t.stack[:len(t.stack)-1]
	case k == token.DOLLAR_CURLY || k == token.LBRACE && len(t.stack) > 0 && !inString:
		t.stack = append(t.stack, token.RBRACE)
	case k == token.QUOTE && !inString:
		t.stack = append(t.stack, token.QUOTE)
	case k == token.IND_STRING_OPEN && !inString:
		t.stack = append(t.stack, token.IND_STRING_CLOSE)
	case k == token.PATH || k == token.HPATH:
		t.stack = append(t.stack, token.PATH_END)
	}
}

// cursorContext is where the cursor is in the option tree: the scope of
// the attribute set whose attribute name is being written, or the
// selection (admins or targets of a secret) whose list it is in, and the
// word being written.
type cursorContext struct {
	scope      scope
	list       *selectionList // nil outside a secret's admins or targets
	start, end token.Pos      // the word at the cursor (empty if none)
	set        token.Pos      // the { of the set whose attribute name is at the cursor
}

// selectionList is a secret's admins or targets list, written where the
// tokens tell it is one: flake.secrets.<group>.secret.<name>.targets = [ … ].
type selectionList struct {
	group string
	role  analysis.Role
}

// frame is one construct open at the cursor. Frames keep token positions,
// not strings: the walk allocates nothing per token, and the option paths
// are spelled out at the end for the frames still open (a frame's path is
// the value path of the frame below it when it was opened, and the frames
// below the top do not change while it is open).
type frame struct {
	kind token.Kind // LBRACE (a set, or a pattern), LET, LBRACK, LPAREN, a string's opener, DOLLAR_CURLY
	// In sets and lets: the attribute path of the binding being read,
	// whether its value is being read, and what delays the end of the
	// binding (with e; assert e;).
	binding  []segment
	assigned bool
	inherit  bool
	pending  int
	// In strings: where the text starts; otherwise where the construct
	// opens.
	start token.Pos
}

// segment is one name of an attribute path: an identifier, or the text of
// a quoted name.
type segment struct {
	pos, end token.Pos
	quoted   bool
}

func (sg segment) name(src []byte) string {
	text := src[sg.pos:sg.end]
	if sg.quoted && bytes.ContainsAny(text, "\\$") {
		return "\x00" // not a plain string: no option's name
	}
	return string(text)
}

// valuePath is the option path of a value that starts in f, whose own
// path is path (nil if unknown).
func (f *frame) valuePath(path []string, src []byte) []string {
	if path == nil {
		return nil
	}
	switch f.kind {
	case token.LBRACE:
		if !f.assigned || f.inherit {
			return nil
		}
		out := append([]string(nil), path...)
		for _, sg := range f.binding {
			out = append(out, sg.name(src))
		}
		return out
	case token.LBRACK:
		return append(append([]string(nil), path...), "[]")
	case token.LPAREN:
		return path
	}
	return nil // a let binds variables, not options
}

// walkState is contextAt's walk after the tokens before index i: the
// constructs open there. It does not depend on the cursor, as long as the
// cursor is after those tokens.
type walkState struct {
	i     int
	stack []frame
}

// startOfFile is the walk before the first token: in the file's value,
// the module.
func startOfFile() walkState { return walkState{stack: []frame{{kind: token.LPAREN}}} }

func (w walkState) clone() walkState {
	stack := make([]frame, len(w.stack))
	for i, f := range w.stack {
		stack[i] = f
		stack[i].binding = slices.Clone(f.binding)
	}
	return walkState{i: w.i, stack: stack}
}

// checkpointsWithin returns how many of walks stand within the first n
// tokens.
func checkpointsWithin(walks []walkState, n int) int {
	k := len(walks)
	for k > 0 && walks[k-1].i > n {
		k--
	}
	return k
}

// contextAt is contextAt of the tokens up to pos, resumed from the last
// checkpoint before pos and leaving new ones.
func (t *tokenList) contextAt(pos token.Pos) cursorContext {
	toks := t.upTo(pos)
	return walk(toks, t.src, pos, t.checkpoint(pos, len(toks)), t.record(0, len(toks)), t.walkEvery)
}

// checkpoint returns the walk state to resume a walk to pos from: the
// last checkpoint within the first n tokens whose tokens before it end
// before pos (none of them would have stopped the walk), else the start.
func (t *tokenList) checkpoint(pos token.Pos, n int) walkState {
	k := sort.Search(len(t.walks), func(k int) bool { i := t.walks[k].i; return i > n || t.toks[i-1].end >= pos })
	if k == 0 {
		return startOfFile()
	}
	return t.walks[k-1].clone()
}

// record returns the function that keeps the checkpoints of a walk over
// tokens from index offset on, those within the first n.
func (t *tokenList) record(offset, n int) func(walkState) {
	return func(w walkState) {
		w.i += offset
		if w.i <= n && (len(t.walks) == 0 || w.i > t.walks[len(t.walks)-1].i) {
			t.walks = append(t.walks, w.clone())
		}
	}
}

// Limits of contextIn's view: the tokens walked from the checkpoint
// (in walkEverys) and the bytes scanned from the change.
const (
	viewWalks = 4
	viewBytes = 16 << 10
)

// contextIn returns the context of pos in src, another version of t's
// text (the one a completion right after a keystroke is asked in), from
// t's tokens before the change and a scan of src from there to pos,
// without making src's token list: copying megabytes of tokens and
// scanning on to where they meet the old ones again would make the
// completion wait for what only a later request may need (the
// diagnostics follow the keystroke with the list afterwards). ok is false
// when that is more than viewWalks checkpoints to walk or viewBytes to
// scan.
func (t *tokenList) contextIn(src []byte, pos token.Pos) (cc cursorContext, ok bool) {
	m := diffTexts(t.src, src)
	if m.Start == m.OldEnd && m.Start == m.NewEnd {
		return t.contextAt(pos), true
	}
	n := t.kept(src, m, token.Pos(len(src))+1)
	from := t.checkpoint(pos, n)
	base := token.Pos(0)
	if n > 0 {
		base = t.toks[n-1].end
	}
	first := from.i
	if n-first > viewWalks*t.walkEvery || pos > base+viewBytes {
		return cursorContext{}, false
	}
	view := append(t.view[:0], t.toks[first:n]...)
	if n == 0 || t.toks[n-1].pos < pos {
		// After t's token n-1 the lexer is in its initial state.
		var sc scanner.Scanner
		sc.Init(unsafeString(src[base:]), 0)
		for {
			st := sc.Next()
			view = append(view, tok{kind: st.Kind, pos: st.Pos + base, end: st.End + base})
			if st.Kind == token.EOF || st.Pos+base >= pos {
				break
			}
		}
	}
	t.view = view
	from.i = 0
	return walk(view, src, pos, from, t.record(first, n), t.walkEvery), true
}

// contextAt walks the tokens before pos, keeping the stack of open
// constructs, and returns the context of pos: the option path each open
// construct stands for tells where an attribute name or a list is. It is
// a heuristic on tokens, not a parse, so that it works while the text is
// half typed.
func contextAt(toks []tok, src []byte, pos token.Pos) cursorContext {
	return walk(toks, src, pos, startOfFile(), nil, 0)
}

// walk is contextAt from the walk state from, calling record with the
// state before every index that is a multiple of every.
func walk(toks []tok, src []byte, pos token.Pos, from walkState, record func(walkState), every int) cursorContext {
	stack := from.stack
	push := func(kind token.Kind, start token.Pos) {
		if len(stack) < cap(stack) {
			stack = stack[:len(stack)+1]
			b := stack[len(stack)-1].binding[:0]
			stack[len(stack)-1] = frame{kind: kind, start: start, binding: b}
			return
		}
		stack = append(stack, frame{kind: kind, start: start})
	}
	ctx := cursorContext{start: pos, end: pos, set: token.NoPos}
	for i := from.i; i < len(toks); i++ {
		k := toks[i]
		if record != nil && i > from.i && i%every == 0 {
			record(walkState{i: i, stack: stack})
		}
		if k.pos <= pos && pos <= k.end && (k.kind == token.ID || token.IF <= k.kind && k.kind <= token.OR_KW) {
			ctx.start, ctx.end = k.pos, k.end // the word being written, maybe a keyword so far (rec…)
			break
		}
		if k.kind == token.EOF || k.pos >= pos {
			break
		}
		f := &stack[len(stack)-1]
		switch f.kind {
		case token.QUOTE, token.IND_STRING_OPEN:
			if k.kind == closer(f.kind) {
				start := f.start
				stack = stack[:len(stack)-1]
				if p := &stack[len(stack)-1]; (p.kind == token.LBRACE || p.kind == token.LET) && !p.assigned && !p.inherit {
					p.binding = append(p.binding, segment{start, k.pos, true})
				}
			} else if k.kind == token.DOLLAR_CURLY {
				push(token.DOLLAR_CURLY, 0)
			}
			continue
		}
		switch k.kind {
		case token.LBRACE, token.LBRACK, token.LPAREN, token.LET, token.DOLLAR_CURLY:
			push(k.kind, k.pos)
			continue
		case token.QUOTE, token.IND_STRING_OPEN:
			push(k.kind, k.end)
			continue
		case token.RBRACE, token.RBRACK, token.RPAREN:
			if len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
			continue
		case token.IN:
			if f.kind == token.LET && len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
			continue
		}
		if f.kind != token.LBRACE && f.kind != token.LET {
			continue
		}
		switch {
		case k.kind == token.SEMI && f.pending > 0:
			f.pending--
		case k.kind == token.SEMI:
			f.binding, f.assigned, f.inherit = f.binding[:0], false, false
		case f.assigned || f.inherit:
			if k.kind == token.WITH || k.kind == token.ASSERT {
				f.pending++
			}
		case k.kind == token.INHERIT:
			f.inherit = true
		case k.kind == token.ASSIGN:
			f.assigned = true
		case k.kind == token.ID || k.kind == token.OR_KW:
			f.binding = append(f.binding, segment{k.pos, k.end, false})
		}
	}
	// The paths of the open frames, from the bottom.
	paths := make([][]string, len(stack))
	paths[0] = []string{}
	for i := 1; i < len(stack); i++ {
		paths[i] = stack[i-1].valuePath(paths[i-1], src)
	}
	top := len(stack) - 1
	list := top
	if stack[top].kind == token.QUOTE && top > 0 {
		list = top - 1 // a name being written in quotes
	}
	if stack[list].kind == token.LBRACK {
		ctx.list = selectionOf(paths[list])
	}
	if f := &stack[top]; f.kind == token.LBRACE && !f.assigned && !f.inherit {
		ctx.set = f.start
		if path := paths[top]; path != nil {
			for _, sg := range f.binding {
				path = append(path, sg.name(src))
			}
			ctx.scope = scopeOf(path)
		}
	}
	return ctx
}

// selectionOf returns the selection a list written at path is, if it is
// one: the path ends in flake.secrets.<group>.secret.<name>.admins or
// .targets. A list before the end is one of definitions to merge
// (lib.mkMerge [ … ]): the path goes on in each, kept or discarded (mkIf
// false), since the user writes names in both.
func selectionOf(path []string) *selectionList {
	if n := len(path); n > 0 && slices.Contains(path[:n-1], "[]") {
		path = append(slices.DeleteFunc(slices.Clone(path[:n-1]), func(seg string) bool { return seg == "[]" }), path[n-1])
	}
	n := len(path)
	if n < 6 || path[n-6] != "flake" || path[n-5] != "secrets" || path[n-3] != "secret" {
		return nil
	}
	switch path[n-1] {
	case "admins":
		return &selectionList{group: path[n-4], role: analysis.Admin}
	case "targets":
		return &selectionList{group: path[n-4], role: analysis.Target}
	}
	return nil
}

func closer(open token.Kind) token.Kind {
	if open == token.IND_STRING_OPEN {
		return token.IND_STRING_CLOSE
	}
	return token.QUOTE
}
