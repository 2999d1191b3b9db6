package eval

import (
	"bytes"
	"errors"
	"io/fs"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/secrets-lsp/secrets-lsp/nixparse"
	"github.com/secrets-lsp/secrets-lsp/nixparse/ast"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Source is one file of the analysed file system, as the evaluator read it.
// A Source is immutable and safe for concurrent use; the Loader hands out
// the same *Source for as long as the file's bytes do not change, so
// pointer equality means "unchanged".
type Source struct {
	Path string // io/fs path
	File *token.File

	parseOnce sync.Once
	ast       *ast.File
	parseErrs nixparse.ErrorList
	parsed    atomic.Bool // ast and parseErrs are set
	// first are the first firstN errors of a parse that stopped there
	// (FirstErrors).
	firstMu sync.Mutex
	first   nixparse.ErrorList
	firstN  int
	parser  *sharedParser // the Loader's, nil for a Source made alone
	once    sync.Once
	errs    nixparse.ErrorList
	// used are the arguments of lambdas (x: …) that their body reads.
	used map[*ast.Ident]bool
	// text is the file as a string, made once (readFile of a large
	// inventory may be evaluated by every module).
	textOnce sync.Once
	text     string
	textUsed atomic.Bool
	// lambdaNames are the functions bound to a name (LambdaName).
	lambdaOnce  sync.Once
	lambdaNames map[*ast.Lambda]string
	// scopes are the merged bindings of the sets and lets evaluated so
	// far, made when first needed (a set that is an attribute's value is
	// merged with its parent's, and most are).
	mu     sync.Mutex
	scopes map[ast.Node]*ast.Attrs
}

// NewSource wraps src as the file at path. Most callers use a Loader.
func NewSource(path string, src []byte) *Source {
	return &Source{Path: path, File: token.NewFile(path, src)}
}

// Text returns the file's bytes as a string.
func (s *Source) Text() string {
	s.textOnce.Do(func() {
		s.text = string(s.File.Source())
		s.textUsed.Store(true)
	})
	return s.text
}

// LambdaName is the name Nix 2.8 gives a function in messages: that of the
// attribute or let binding whose value it is (through parentheses); ok is
// false for an anonymous function. Names are found once, when a message
// first asks.
func (s *Source) LambdaName(l *ast.Lambda) (name string, ok bool) {
	s.lambdaOnce.Do(func() {
		f, _ := s.Nix()
		s.lambdaNames = map[*ast.Lambda]string{}
		ast.Inspect(f, func(n ast.Node) bool {
			if a, ok := n.(*ast.Attr); ok && len(a.Path) > 0 {
				if l, ok := ast.Unparen(a.Value).(*ast.Lambda); ok {
					if name, ok := ast.StaticName(a.Path[len(a.Path)-1]); ok {
						s.lambdaNames[l] = name
					}
				}
			}
			return true
		})
	})
	name, ok = s.lambdaNames[l]
	return name, ok
}

// TextUsed reports whether Text was called: whether some value may hold
// the file's bytes as they are (readFile), not only its tokens.
func (s *Source) TextUsed() bool { return s.textUsed.Load() }

// Errors returns the errors Nix reports before it evaluates the file: its
// syntax errors, else its undefined variables. A file with a syntax error
// is not resolved: nothing of it is evaluated.
func (s *Source) Errors() nixparse.ErrorList {
	if _, errs := s.Syntax(); len(errs) > 0 {
		return errs
	}
	_, errs := s.Nix()
	return errs
}

// Nix parses the source as Nix (once) and returns its tree and syntax
// errors, undefined variables included: those only when the file parses,
// as Nix looks for them after a successful parse (in a tree recovered
// from an error, names are often bits of a broken string).
func (s *Source) Nix() (*ast.File, nixparse.ErrorList) {
	s.once.Do(func() {
		f, errs := s.Syntax()
		s.used = map[*ast.Ident]bool{}
		if f.Expr != nil {
			res, rerrs := nixparse.Resolve(f, nixparse.NixCurrent)
			if len(errs) == 0 {
				errs = rerrs
				errs.Sort()
			}
			for _, r := range res.Refs {
				if r.Param != nil {
					s.used[r.Param] = true
				}
			}
			for _, r := range res.Inherits {
				if r.Param != nil {
					s.used[r.Param] = true
				}
			}
		}
		s.errs = errs
	})
	return s.ast, s.errs
}

// Syntax parses the source (once, for Nix too) and returns its tree and
// syntax errors, sorted, without looking for undefined variables: when it
// finds errors, they are those of Nix, for less than half the work on a
// broken file.
func (s *Source) Syntax() (*ast.File, nixparse.ErrorList) {
	s.parseOnce.Do(func() { s.keepParse(nixparse.Parse(s.File, 0)) })
	return s.ast, s.parseErrs
}

func (s *Source) keepParse(f *ast.File, errs nixparse.ErrorList) {
	s.ast, s.parseErrs = f, errs
	s.parseErrs.Sort()
	s.parsed.Store(true)
}

// FirstErrors returns the first n of Errors. A file with syntax errors is
// parsed only as far as they are known (nixparse.ParseFirst): a quote
// typed into a large file breaks all of it after the quote, and the
// errors of a broken file are all the analysis reports of it. A parse
// that reads the whole file is kept for Syntax.
func (s *Source) FirstErrors(n int) nixparse.ErrorList {
	s.firstMu.Lock()
	defer s.firstMu.Unlock()
	if s.first != nil && s.firstN == n {
		return s.first
	}
	if !s.parsed.Load() {
		f, errs := s.parseFirst(n)
		if f == nil {
			s.first, s.firstN = errs, n
			return errs
		}
		s.parseOnce.Do(func() { s.keepParse(f, errs) })
	}
	errs := s.Errors()
	return errs[:min(n, len(errs))]
}

// sharedParser is a Loader's parser for FirstErrors: the memory of a
// parse that stopped serves the next, as a string left open is parsed on
// each keystroke; megabytes each in a large file.
type sharedParser struct {
	mu sync.Mutex
	p  nixparse.Parser
}

// parseFirst is nixparse.ParseFirst, in the Loader's parser's memory when
// it is free.
func (s *Source) parseFirst(n int) (*ast.File, nixparse.ErrorList) {
	if sp := s.parser; sp != nil && sp.mu.TryLock() {
		defer sp.mu.Unlock()
		return sp.p.ParseFirst(s.File, 0, n)
	}
	return nixparse.ParseFirst(s.File, 0, n)
}

// buildScope merges a binding list and resolves every nested set now, so
// that the result is never mutated once published (ast.AttrDef.Set caches
// lazily).
func buildScope(rec bool, bs []ast.Binding) *ast.Attrs {
	a := ast.BuildAttrs(rec, bs, nil)
	var settle func(a *ast.Attrs)
	settle = func(a *ast.Attrs) {
		for _, d := range a.Defs {
			if n := d.Set(); n != nil {
				settle(n)
			}
		}
		for _, d := range a.Dynamic {
			if d.Nested != nil {
				settle(d.Nested)
			}
		}
	}
	settle(a)
	return a
}

// scope returns the merged bindings of a set or let of the file.
func (s *Source) scope(n ast.Node) *ast.Attrs {
	s.mu.Lock()
	defer s.mu.Unlock()
	if a, ok := s.scopes[n]; ok {
		return a
	}
	var a *ast.Attrs
	switch n := n.(type) {
	case *ast.AttrSet:
		a = buildScope(n.Rec.IsValid(), n.Bindings)
	case *ast.Let:
		a = buildScope(true, n.Bindings)
	case *ast.LegacyLet:
		a = buildScope(true, n.Bindings)
	}
	if s.scopes == nil {
		s.scopes = map[ast.Node]*ast.Attrs{}
	}
	s.scopes[n] = a
	return a
}

// WarmScopes parses the file and merges the bindings of every set and let
// that evaluation asks a scope for (those not merged into an enclosing
// set's), so that a goroutine with nothing else to do takes that work off
// the evaluation's path.
func (s *Source) WarmScopes() {
	if f, _ := s.Nix(); f != nil {
		s.warm(f.Expr)
	}
}

// warm merges the scopes of the sets and lets in x. It walks only the
// nodes that can hold one (a policy is mostly strings and names), and a
// set through its merged bindings: the sets merged into it are not
// evaluated on their own.
func (s *Source) warm(x ast.Expr) {
	switch x := x.(type) {
	case *ast.AttrSet:
		s.warmAttrs(s.scope(x))
	case *ast.Let:
		s.warmAttrs(s.scope(x))
		s.warm(x.Body)
	case *ast.LegacyLet:
		s.warmAttrs(s.scope(x))
	case *ast.List:
		for _, e := range x.Elems {
			s.warm(e)
		}
	case *ast.String:
		s.warmParts(x.Parts)
	case *ast.Path:
		s.warmParts(x.Parts)
	case *ast.Paren:
		s.warm(x.X)
	case *ast.Lambda:
		if x.Formals != nil {
			for _, f := range x.Formals.List {
				s.warm(f.Default)
			}
		}
		s.warm(x.Body)
	case *ast.Apply:
		s.warm(x.Fun)
		s.warm(x.Arg)
	case *ast.Select:
		s.warm(x.X)
		s.warmNames(x.Path)
		s.warm(x.Default)
	case *ast.HasAttr:
		s.warm(x.X)
		s.warmNames(x.Path)
	case *ast.Unary:
		s.warm(x.X)
	case *ast.Binary:
		s.warm(x.X)
		s.warm(x.Y)
	case *ast.If:
		s.warm(x.Cond)
		s.warm(x.Then)
		s.warm(x.Else)
	case *ast.With:
		s.warm(x.Env)
		s.warm(x.Body)
	case *ast.Assert:
		s.warm(x.Cond)
		s.warm(x.Body)
	}
}

// warmAttrs warms the values of a merged set: the sets merged into it
// through theirs, inherit (e) sources, computed names.
func (s *Source) warmAttrs(a *ast.Attrs) {
	var from *ast.Inherit // the names of an inherit (e) are mostly together
	for _, d := range a.Defs {
		switch {
		case d.Nested != nil:
			s.warmAttrs(d.Nested)
		case d.Inherit != nil:
			if d.Inherit != from {
				from = d.Inherit
				s.warm(from.From)
			}
		default:
			s.warm(d.Value)
		}
	}
	for _, d := range a.Dynamic {
		s.warmName(d.Name)
		if d.Nested != nil {
			s.warmAttrs(d.Nested)
		} else {
			s.warm(d.Value)
		}
	}
}

func (s *Source) warmParts(parts []ast.StringPart) {
	for _, p := range parts {
		if in, ok := p.(*ast.Interp); ok {
			s.warm(in.X)
		}
	}
}

func (s *Source) warmNames(names []ast.AttrName) {
	for _, n := range names {
		s.warmName(n)
	}
}

func (s *Source) warmName(n ast.AttrName) {
	switch n := n.(type) {
	case *ast.Interp:
		s.warm(n.X)
	case *ast.String:
		s.warmParts(n.Parts)
	}
}

// unusedParam reports whether param, the argument of a lambda x: …, is
// never read by its body (so that a call need not bind it).
func (s *Source) unusedParam(param *ast.Ident) bool {
	s.Nix()
	return !s.used[param]
}

// FileReader is implemented by file systems that keep an indexed
// token.File per path (the language server's snapshots): the Loader then
// recognises an unchanged file by pointer instead of comparing bytes.
type FileReader interface {
	File(path string) (*token.File, error)
}

// Loader reads files through an io/fs.FS and keeps their Sources between
// analyses, so that an unchanged file is neither copied nor parsed again.
// It is safe for concurrent use.
type Loader struct {
	mu     sync.Mutex
	files  map[string]*Source
	parser sharedParser
}

// NewLoader returns an empty Loader.
func NewLoader() *Loader { return &Loader{files: make(map[string]*Source)} }

// Load returns the Source of name in fsys: the one loaded before when the
// bytes are the same, a new one otherwise.
func (l *Loader) Load(fsys fs.FS, name string) (*Source, error) {
	var tf *token.File
	var data []byte
	var err error
	if fr, ok := fsys.(FileReader); ok {
		tf, err = fr.File(name)
	} else if err = regular(fsys, name); err == nil {
		data, err = fs.ReadFile(fsys, name)
	}
	if err != nil {
		return nil, err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if old := l.files[name]; old != nil {
		if tf != nil && old.File == tf {
			return old, nil
		}
		if tf != nil {
			data = tf.Source()
		}
		if bytes.Equal(old.File.Source(), data) {
			return old, nil
		}
	}
	var s *Source
	if tf != nil {
		s = &Source{Path: name, File: tf}
	} else {
		s = NewSource(name, data)
	}
	s.parser = &l.parser
	l.files[name] = s
	return s, nil
}

// ReadOnce returns fsys as one analysis sees it: each file read once and
// indexed once (a FileReader), however many goroutines and evaluations
// load it (the pool that parses ahead, the extractors evaluating modules
// ahead, the run). The Loader then recognises the file by pointer instead
// of reading and comparing its bytes again. A file system that is already
// a FileReader (the language server's snapshots) is returned as it is.
func ReadOnce(fsys fs.FS) fs.FS {
	if _, ok := fsys.(FileReader); ok {
		return fsys
	}
	return &onceFS{fsys: fsys, files: make(map[string]*token.File)}
}

// onceFS is ReadOnce's file system; it forwards what it does not keep,
// so that stating a file never opens it (a named pipe would block).
type onceFS struct {
	fsys  fs.FS
	mu    sync.Mutex
	files map[string]*token.File
}

func (o *onceFS) Open(name string) (fs.File, error)          { return o.fsys.Open(name) }
func (o *onceFS) Stat(name string) (fs.FileInfo, error)      { return fs.Stat(o.fsys, name) }
func (o *onceFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(o.fsys, name) }
func (o *onceFS) ReadFile(name string) ([]byte, error)       { return fs.ReadFile(o.fsys, name) }

// File reads a regular file once; errors are not kept.
func (o *onceFS) File(name string) (*token.File, error) {
	o.mu.Lock()
	tf := o.files[name]
	o.mu.Unlock()
	if tf != nil {
		return tf, nil
	}
	if err := regular(o.fsys, name); err != nil {
		return nil, err
	}
	data, err := fs.ReadFile(o.fsys, name)
	if err != nil {
		return nil, err
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if tf = o.files[name]; tf == nil { // another goroutine may have read it meanwhile
		tf = token.NewFile(name, data)
		o.files[name] = tf
	}
	return tf, nil
}

// Forget drops the Sources of files that no longer exist, keeping only
// those whose paths keep reports true.
func (l *Loader) Forget(keep func(path string) bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for p := range l.files {
		if !keep(p) {
			delete(l.files, p)
		}
	}
}

// DepKind is what a dependency recorded about a file.
type DepKind uint8

const (
	DepRead   DepKind = iota // the file's contents (import, readFile)
	DepExists                // whether the path exists (pathExists)
	DepDir                   // a directory's listing (readDir)
)

// Dep is one fact about the file system a result depends on.
type Dep struct {
	Kind  DepKind
	Path  string
	Src   *Source // DepRead: the version read
	Stamp string  // DepExists: "y" or "n"; DepDir: the listing
	// Nix (DepRead): the file was imported, so parsed as Nix whatever its
	// name (import ./keys.json reports JSON's colons as syntax errors).
	Nix bool
}

// Valid reports whether the fact still holds in fsys.
func (d Dep) Valid(l *Loader, fsys fs.FS) bool {
	switch d.Kind {
	case DepRead:
		s, err := l.Load(fsys, d.Path)
		return err == nil && s == d.Src
	case DepExists:
		return existsStamp(fsys, d.Path) == d.Stamp
	case DepDir:
		return dirStamp(fsys, d.Path) == d.Stamp
	}
	return false
}

func existsStamp(fsys fs.FS, name string) string {
	if _, err := fs.Stat(fsys, name); err == nil {
		return "y"
	}
	return "n"
}

func dirStamp(fsys fs.FS, name string) string {
	ents, err := fs.ReadDir(fsys, name)
	if err != nil {
		return "!"
	}
	var b strings.Builder
	for _, e := range ents {
		b.WriteString(e.Name())
		b.WriteByte(byte('0' + fileType(e.Type())))
		b.WriteByte(0)
	}
	return b.String()
}

// fileType numbers the kinds builtins.readDir reports.
func fileType(m fs.FileMode) int {
	switch {
	case m.IsDir():
		return 1
	case m&fs.ModeSymlink != 0:
		return 2
	case m.IsRegular():
		return 0
	}
	return 3
}

var fileTypeNames = [...]string{"regular", "directory", "symlink", "unknown"}

// errNotExist reports whether err means the file does not exist.
func errNotExist(err error) bool { return errors.Is(err, fs.ErrNotExist) }

// errNotRegular: reading a named pipe or a device would wait forever or
// never end.
var errNotRegular = errors.New("not a regular file")

// errIsDir: Nix opens a directory, then fails to read it.
var errIsDir = errors.New("is a directory")

// regular returns an error unless name is a regular file (a symbolic link
// to one included): a directory, pipe or device is not read.
func regular(fsys fs.FS, name string) error {
	fi, err := fs.Stat(fsys, name)
	if err != nil {
		return err
	}
	if !fi.Mode().IsRegular() {
		if fi.IsDir() {
			return &fs.PathError{Op: "read", Path: name, Err: errIsDir}
		}
		return &fs.PathError{Op: "open", Path: name, Err: errNotRegular}
	}
	return nil
}

// readError is the reason Nix gives when a file exists but cannot be read.
func readError(err error) string {
	if errors.Is(err, fs.ErrPermission) {
		return "Permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// sortedDir lists a directory sorted by name.
func sortedDir(fsys fs.FS, name string) ([]fs.DirEntry, error) {
	ents, err := fs.ReadDir(fsys, name)
	if err != nil {
		return nil, err
	}
	sort.Slice(ents, func(i, j int) bool { return ents[i].Name() < ents[j].Name() })
	return ents, nil
}
