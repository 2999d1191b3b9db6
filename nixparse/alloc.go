package nixparse

import "github.com/secrets-lsp/secrets-lsp/nixparse/ast"

// arena hands out values of one type from chunks: a tree costs a few large
// allocations instead of one per node, which halves parsing time. The
// chunks live as long as any node in them, that is, as long as the tree.
type arena[T any] struct {
	chunk []T
}

func (a *arena[T]) new() *T {
	if len(a.chunk) == cap(a.chunk) {
		a.chunk = make([]T, 0, min(max(2*cap(a.chunk), 8), 1024))
	}
	a.chunk = a.chunk[:len(a.chunk)+1]
	return &a.chunk[len(a.chunk)-1]
}

// sliceArena hands out slices of one element type from chunks. Lists are built
// on a scratch stack (they nest) and copied here once complete, at their
// exact length.
type sliceArena[T any] struct {
	chunk   []T
	scratch []T
}

// mark returns the scratch position where a new list begins.
func (s *sliceArena[T]) mark() int { return len(s.scratch) }

func (s *sliceArena[T]) push(x T) { s.scratch = append(s.scratch, x) }

// items returns the list begun at mark so far.
func (s *sliceArena[T]) items(mark int) []T { return s.scratch[mark:] }

// done copies out the list begun at mark and pops it off the scratch stack.
func (s *sliceArena[T]) done(mark int) []T {
	items := s.scratch[mark:]
	n := len(items)
	if n == 0 {
		return nil
	}
	if cap(s.chunk)-len(s.chunk) < n {
		s.chunk = make([]T, 0, max(n, min(2*cap(s.chunk), 1024), 16))
	}
	start := len(s.chunk)
	s.chunk = append(s.chunk, items...)
	clear(items)
	s.scratch = s.scratch[:mark]
	return s.chunk[start:len(s.chunk):len(s.chunk)]
}

// nodes holds the arenas of the frequent nodes.
type nodes struct {
	idents   arena[ast.Ident]
	texts    arena[ast.Text]
	strs     arena[ast.String]
	applies  arena[ast.Apply]
	selects  arena[ast.Select]
	attrs    arena[ast.Attr]
	binaries arena[ast.Binary]
	lists    arena[ast.List]
	sets     arena[ast.AttrSet]
	lambdas  arena[ast.Lambda]
	interps  arena[ast.Interp]
	ints     arena[ast.Int]
	parens   arena[ast.Paren]

	names    sliceArena[ast.AttrName]
	exprs    sliceArena[ast.Expr]
	bindings sliceArena[ast.Binding]
	parts    sliceArena[ast.StringPart]
}
