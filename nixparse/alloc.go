package nixparse

import (
	"sync"

	"github.com/secrets-lsp/secrets-lsp/nixparse/ast"
	"github.com/secrets-lsp/secrets-lsp/nixparse/scanner"
)

// arena hands out values of one type from chunks: a tree costs a few large
// allocations instead of one per node, which halves parsing time. The
// chunks live as long as any node in them, that is, as long as the tree,
// unless a Parser recycles them for its next tree.
type arena[T any] struct {
	chunk []T
	spare *chunks[T] // only a Parser's arenas recycle
	used  int        // values in the chunks before this one
	input *progress  // sizes new chunks; nil: they double
}

// progress is how far a parse has read its input. Node kinds are spread
// over a file about evenly, so a new chunk needs about as many values
// for the rest of the input as the part read so far took: sized so, the
// last chunk of a file is not half empty, as doubling left it (for the
// many small files of a policy, about 40% of the bytes).
type progress struct {
	sc   *scanner.Scanner
	size int
}

// chunkLen returns the length of an arena's next chunk, used values
// handed out so far and last the length of its last chunk: the values
// the rest of the input should need, with a margin, but never more than
// doubling gives, and within [least, most].
func (p *progress) chunkLen(used, last, least, most int) int {
	double := min(max(2*last, least), most)
	if p == nil || used == 0 {
		return double
	}
	off := p.sc.Offset()
	if off <= 0 || off >= p.size {
		return least
	}
	rest := int(int64(used) * int64(p.size-off) / int64(off))
	return min(max(rest+rest/4+least, least), double)
}

// chunks keeps the chunks of a Parser's arenas for reuse: used[:next] are
// in the current tree, used[next:] free.
type chunks[T any] struct {
	used [][]T
	next int
}

// take returns a free chunk of at least n elements, if there is one.
func (c *chunks[T]) take(n int) ([]T, bool) {
	for c != nil && c.next < len(c.used) {
		ch := c.used[c.next]
		c.next++
		if cap(ch) >= n {
			return ch[:0], true
		}
	}
	return nil, false
}

// keep records a new chunk, if chunks are recycled.
func (c *chunks[T]) keep(ch []T) {
	if c != nil {
		c.used = append(c.used, ch)
		c.next = len(c.used)
	}
}

// new returns room for a value. In a recycled chunk it holds a node of an
// earlier tree: callers assign the whole value (*x = ast.X{...}).
func (a *arena[T]) new() *T {
	if len(a.chunk) == cap(a.chunk) {
		a.grow()
	}
	a.chunk = a.chunk[:len(a.chunk)+1]
	return &a.chunk[len(a.chunk)-1]
}

func (a *arena[T]) grow() {
	a.used += len(a.chunk)
	if ch, ok := a.spare.take(1); ok {
		a.chunk = ch
	} else {
		a.chunk = make([]T, 0, a.input.chunkLen(a.used, cap(a.chunk), 8, 1024))
		a.spare.keep(a.chunk)
	}
}

// start prepares the arena for a new tree, whose input sizes its chunks
// (nil: they double). A Parser's arenas recycle the chunks of its last
// tree.
func (a *arena[T]) start(input *progress, recycle bool) {
	a.chunk, a.used, a.input = nil, 0, input
	if recycle {
		a.spare = a.spare.rewind()
	}
}

// clear zeroes the values of every chunk, so that recycled chunks keep
// nothing alive.
func (a *arena[T]) clear() {
	if a.spare != nil {
		for _, ch := range a.spare.used[:a.spare.next] {
			clear(ch[:cap(ch)])
		}
	}
}

// rewind makes every chunk free, and makes c if there is none yet.
func (c *chunks[T]) rewind() *chunks[T] {
	if c == nil {
		return new(chunks[T])
	}
	c.next = 0
	return c
}

// sliceArena hands out slices of one element type from chunks. Lists
// nest (a set's bindings hold sets), so a list is built where it costs
// least: the list that gets items first while no other is being built in
// the chunk grows in place at the chunk's end, written once, and most
// lists (the innermost) are built so. A list open around one that then
// gets items moves to a scratch stack, recycled between parses, and is
// copied back once complete, at its exact length: each copy of a pointer
// costs a write barrier while the collector runs.
type sliceArena[T any] struct {
	chunk   []T
	spare   *chunks[T] // only a Parser's arenas recycle
	used    int        // elements in the chunks before this one
	input   *progress
	scratch *listScratch[T]
	// top is where the items of the innermost open list are: listEmpty,
	// listInChunk (chunk[inChunk:]), or their start on the scratch stack.
	top int
	// inChunk is where the list built in place starts; holder is its depth
	// in scratch.below (len(below) when it is top), or -1 if none is.
	inChunk, holder int
}

// listScratch holds the lists a sliceArena moved aside, and the places
// (see sliceArena.top) of the open lists below the innermost.
type listScratch[T any] struct {
	items []T
	below []int
}

const (
	listEmpty   = -1 // no item yet
	listInChunk = -2 // built in place
)

// begin opens a list, nested in the open ones.
func (s *sliceArena[T]) begin() {
	s.scratch.below = append(s.scratch.below, s.top)
	s.top = listEmpty
}

// push appends x to the innermost open list.
func (s *sliceArena[T]) push(x T) {
	switch s.top {
	case listInChunk:
		if len(s.chunk) == cap(s.chunk) {
			s.move()
		}
		s.chunk = append(s.chunk, x)
	case listEmpty:
		if s.holder >= 0 {
			s.setAside()
		}
		s.top, s.holder, s.inChunk = listInChunk, len(s.scratch.below), len(s.chunk)
		s.push(x)
	default:
		s.scratch.items = append(s.scratch.items, x)
	}
}

// setAside moves the list built in place, open around the innermost, to
// the scratch stack.
func (s *sliceArena[T]) setAside() {
	s.scratch.below[s.holder] = len(s.scratch.items)
	s.scratch.items = append(s.scratch.items, s.chunk[s.inChunk:]...)
	s.chunk = s.chunk[:s.inChunk]
	s.holder = -1
}

// move continues the list built in place in a new chunk, leaving its items
// so far in the old one unused. The room doubles at least, so that a long
// list is copied a bounded number of times per item.
func (s *sliceArena[T]) move() {
	items := s.chunk[s.inChunk:]
	s.used += s.inChunk
	s.chunk = s.newChunk(2*len(items) + 1)
	s.chunk = append(s.chunk, items...)
	s.inChunk = 0
}

// newChunk returns an empty chunk with room for n items at least.
func (s *sliceArena[T]) newChunk(n int) []T {
	if ch, ok := s.spare.take(n); ok {
		return ch // every slice handed out is written in full
	}
	ch := make([]T, 0, max(n, s.input.chunkLen(s.used, cap(s.chunk), 16, 1024)))
	s.spare.keep(ch)
	return ch
}

// items returns the innermost open list so far.
func (s *sliceArena[T]) items() []T {
	switch s.top {
	case listEmpty:
		return nil
	case listInChunk:
		return s.chunk[s.inChunk:]
	}
	return s.scratch.items[s.top:]
}

// done closes the innermost open list and returns it.
func (s *sliceArena[T]) done() []T {
	var list []T
	switch s.top {
	case listInChunk:
		list = s.chunk[s.inChunk:len(s.chunk):len(s.chunk)]
		s.holder = -1
	case listEmpty:
	default:
		// No list is built in place now: the ones open around this one
		// have not had an item since it got its first.
		items := s.scratch.items[s.top:]
		n := len(items)
		if cap(s.chunk)-len(s.chunk) < n {
			s.used += len(s.chunk)
			s.chunk = s.newChunk(n)
		}
		start := len(s.chunk)
		s.chunk = append(s.chunk, items...)
		clear(items)
		s.scratch.items = s.scratch.items[:s.top]
		list = s.chunk[start:len(s.chunk):len(s.chunk)]
	}
	below := s.scratch.below
	s.top = below[len(below)-1]
	s.scratch.below = below[:len(below)-1]
	return list
}

// nodes holds the arenas of the frequent nodes.
type nodes struct {
	idents arena[ast.Ident]
	texts  arena[ast.Text]
	strs   arena[ast.String]
	// Most strings are plain text: their three nodes come from one arena.
	plainStrs arena[plainString]
	applies   arena[ast.Apply]
	selects   arena[ast.Select]
	attrs     arena[ast.Attr]
	binaries  arena[ast.Binary]
	lists     arena[ast.List]
	sets      arena[ast.AttrSet]
	lambdas   arena[ast.Lambda]
	interps   arena[ast.Interp]
	ints      arena[ast.Int]
	parens    arena[ast.Paren]
	formals   arena[ast.Formals]
	formal    arena[ast.Formal]
	inherits  arena[ast.Inherit]
	paths     arena[ast.Path]
	ifs       arena[ast.If]
	withs     arena[ast.With]
	lets      arena[ast.Let]
	unaries   arena[ast.Unary]

	formalLists sliceArena[*ast.Formal]
	cooked      textArena

	names    sliceArena[ast.AttrName]
	exprs    sliceArena[ast.Expr]
	bindings sliceArena[ast.Binding]
	parts    sliceArena[ast.StringPart]
}

func (s *sliceArena[T]) start(input *progress, recycle bool) {
	s.chunk, s.used, s.input = nil, 0, input
	s.top, s.holder = listEmpty, -1
	if recycle {
		s.spare = s.spare.rewind()
	}
}

// start prepares the arenas for a new tree (see arena.start).
func (n *nodes) start(input *progress, recycle bool) {
	n.idents.start(input, recycle)
	n.texts.start(input, recycle)
	n.strs.start(input, recycle)
	n.plainStrs.start(input, recycle)
	n.applies.start(input, recycle)
	n.selects.start(input, recycle)
	n.attrs.start(input, recycle)
	n.binaries.start(input, recycle)
	n.lists.start(input, recycle)
	n.sets.start(input, recycle)
	n.lambdas.start(input, recycle)
	n.interps.start(input, recycle)
	n.ints.start(input, recycle)
	n.parens.start(input, recycle)
	n.formals.start(input, recycle)
	n.formal.start(input, recycle)
	n.inherits.start(input, recycle)
	n.paths.start(input, recycle)
	n.ifs.start(input, recycle)
	n.withs.start(input, recycle)
	n.lets.start(input, recycle)
	n.unaries.start(input, recycle)
	n.formalLists.start(input, recycle)
	n.cooked.start(input, recycle)
	n.names.start(input, recycle)
	n.exprs.start(input, recycle)
	n.bindings.start(input, recycle)
	n.parts.start(input, recycle)
}

// plainString is a "string" of one piece of text, which most strings are:
// its node, its text and its list of parts allocated together cost one
// arena slot instead of three, and sit side by side. Parts and the part
// point into the same slot.
type plainString struct {
	str  ast.String
	text ast.Text
	part [1]ast.StringPart
}

// scratch holds the buffers a parse needs only while it runs.
type scratch struct {
	names    listScratch[ast.AttrName]
	exprs    listScratch[ast.Expr]
	bindings listScratch[ast.Binding]
	parts    listScratch[ast.StringPart]
	formals  listScratch[*ast.Formal]
	binds    bindScratch
}

// scratchPool recycles scratch buffers between parses, which matters when
// parsing many small files.
var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// useScratch attaches recycled buffers to p.
func (p *parser) useScratch() *scratch {
	s := scratchPool.Get().(*scratch)
	p.names.scratch, p.exprs.scratch, p.bindings.scratch, p.parts.scratch = &s.names, &s.exprs, &s.bindings, &s.parts
	p.formalLists.scratch = &s.formals
	p.binds = &s.binds
	return s
}

// release returns the buffers, emptied so that they keep no tree alive.
// Lists and names are cleared as they are popped (sliceArena.done,
// closeBindings), so only what a parse left on the stacks needs clearing,
// not the whole capacity, which a single large file may have made big.
func (s *scratch) release() {
	s.names.reset()
	s.exprs.reset()
	s.bindings.reset()
	s.parts.reset()
	s.formals.reset()
	clear(s.binds.names)
	s.binds.names = s.binds.names[:0]
	scratchPool.Put(s)
}

func (l *listScratch[T]) reset() {
	clear(l.items)
	l.items, l.below = l.items[:0], l.below[:0]
}

// textArena holds the cooked texts of strings with escapes, end to end in
// chunks: no allocation per text.
type textArena struct {
	chunk []byte
	spare *chunks[byte] // only a Parser's arenas recycle
	used  int           // bytes in the chunks before this one
	input *progress
}

// room returns the free end of the current chunk, with room for n bytes.
func (a *textArena) room(n int) []byte {
	if cap(a.chunk)-len(a.chunk) < n {
		a.used += len(a.chunk)
		if ch, ok := a.spare.take(n); ok {
			a.chunk = ch
		} else {
			a.chunk = make([]byte, 0, max(n, a.input.chunkLen(a.used, cap(a.chunk), 256, 64<<10)))
			a.spare.keep(a.chunk)
		}
	}
	return a.chunk[len(a.chunk):len(a.chunk)]
}

// string hands out the b appended to room as a string.
func (a *textArena) string(b []byte) string {
	a.chunk = a.chunk[:len(a.chunk)+len(b)]
	return bytesString(b)
}

func (a *textArena) start(input *progress, recycle bool) {
	a.chunk, a.used, a.input = nil, 0, input
	if recycle {
		a.spare = a.spare.rewind()
	}
}
