package workspace

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"sync"

	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Document is one version of a file open in the editor. It is immutable.
type Document struct {
	// URI is the client's spelling of the document's URI, echoed back in
	// everything the server sends about it.
	URI     string
	Path    string
	Version int32
	File    *token.File
}

// Change is one edit of a didChange notification: Text replaces the range
// Start..End (LSP positions in the negotiated encoding), or the whole
// document when Range is nil.
type Change struct {
	Range *Range
	Text  string
}

// Range is a pair of LSP positions.
type Range struct {
	StartLine, StartChar, EndLine, EndChar int
}

// Session is the mutable state of one editor connection. Its methods are safe
// for concurrent use; each change returns the new Snapshot.
type Session struct {
	mu          sync.Mutex
	root        Root
	base        fs.FS
	maxFileSize int64
	docs        map[string]*Document
	folders     []string
	disk        uint64 // how often files changed on disk
	snap        *Snapshot
}

// NewSession returns a session reading unopened files from base, a file
// system representing root. Files on disk larger than maxFileSize bytes are
// not read (ReadFile fails), so a stray huge file cannot exhaust memory.
func NewSession(base fs.FS, root Root, maxFileSize int64) *Session {
	s := &Session{root: root, base: base, maxFileSize: maxFileSize, docs: map[string]*Document{}}
	s.snap = s.newSnapshotLocked(0)
	return s
}

// Root returns the mapping between URIs and paths.
func (s *Session) Root() Root { return s.root }

// Snapshot returns the current snapshot.
func (s *Session) Snapshot() *Snapshot {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.snap
}

// newSnapshotLocked freezes the current state into the next snapshot.
func (s *Session) newSnapshotLocked(id uint64) *Snapshot {
	snap := newSnapshot(id, s.base, s.root, s.maxFileSize, maps.Clone(s.docs), slices.Clone(s.folders))
	snap.disk = s.disk
	if prev := s.snap; prev != nil && prev.disk == snap.disk && sameKeys(prev.docs, snap.docs) {
		snap.inheritDisk(prev)
	}
	return snap
}

func sameKeys[V any](a, b map[string]V) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if _, ok := b[k]; !ok {
			return false
		}
	}
	return true
}

// update applies fn to the state under the lock and, if it succeeds, makes
// and returns the next snapshot.
func (s *Session) update(fn func() error) (*Snapshot, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := fn(); err != nil {
		return s.snap, err
	}
	s.snap = s.newSnapshotLocked(s.snap.id + 1)
	return s.snap, nil
}

// Open records a document opened in the editor with its full text.
func (s *Session) Open(uri string, version int32, text string) (*Snapshot, error) {
	p, err := s.root.Path(uri)
	if err != nil {
		return s.Snapshot(), err
	}
	return s.update(func() error {
		s.docs[p] = &Document{URI: uri, Path: p, Version: version, File: token.NewFile(p, []byte(text))}
		return nil
	})
}

// ErrNotOpen is returned for edits of a document the editor has not opened.
var ErrNotOpen = errors.New("document is not open")

// ErrOldVersion is returned for edits older than the document: versions
// only increase (LSP), so they were made to a text it no longer has.
var ErrOldVersion = errors.New("version older than the document's")

// Change applies the edits of one didChange notification, in order, with
// positions counted in enc. If any edit does not fit the document, none is
// applied and the document keeps its previous version: the editor and the
// server disagree on its text and the client must reopen it. Edits of a
// version lower than the document's are not applied (ErrOldVersion).
func (s *Session) Change(uri string, version int32, changes []Change, enc token.Encoding) (*Snapshot, error) {
	p, err := s.root.Path(uri)
	if err != nil {
		return s.Snapshot(), err
	}
	return s.update(func() error {
		doc := s.docs[p]
		if doc == nil {
			return fmt.Errorf("%s: %w", uri, ErrNotOpen)
		}
		if version < doc.Version {
			return fmt.Errorf("%s: edit of version %d, the document is at version %d: %w", uri, version, doc.Version, ErrOldVersion)
		}
		f := doc.File
		for i, c := range changes {
			text, err := applyChange(f, c, enc)
			if err != nil {
				return fmt.Errorf("%s: change %d of version %d: %w", uri, i, version, err)
			}
			f = token.NewFile(p, text)
		}
		s.docs[p] = &Document{URI: doc.URI, Path: p, Version: version, File: f}
		return nil
	})
}

// applyChange returns the text of f after c.
func applyChange(f *token.File, c Change, enc token.Encoding) ([]byte, error) {
	if c.Range == nil {
		return []byte(c.Text), nil
	}
	r := c.Range
	start, err := f.LSPOffset(r.StartLine, r.StartChar, enc)
	if err != nil {
		return nil, err
	}
	end, err := f.LSPOffset(r.EndLine, r.EndChar, enc)
	if err != nil {
		return nil, err
	}
	if end < start {
		return nil, fmt.Errorf("range end %d:%d is before its start %d:%d", r.EndLine, r.EndChar, r.StartLine, r.StartChar)
	}
	src := f.Source()
	out := make([]byte, 0, len(src)-int(end-start)+len(c.Text))
	out = append(out, src[:start]...)
	out = append(out, c.Text...)
	return append(out, src[end:]...), nil
}

// Close forgets an open document; its file on disk, if any, shows through.
func (s *Session) Close(uri string) (*Snapshot, error) {
	p, err := s.root.Path(uri)
	if err != nil {
		return s.Snapshot(), err
	}
	return s.update(func() error {
		if s.docs[p] == nil {
			return fmt.Errorf("%s: %w", uri, ErrNotOpen)
		}
		delete(s.docs, p)
		return nil
	})
}

// DiskChanged makes a new snapshot after files changed on disk, so that the
// next reads see them.
func (s *Session) DiskChanged() *Snapshot {
	snap, _ := s.update(func() error {
		s.disk++
		return nil
	})
	return snap
}

// ChangeFolders adds and removes workspace folders (file URIs). Folders
// outside the root are skipped and reported in the error; the others are
// still applied.
func (s *Session) ChangeFolders(added, removed []string) (*Snapshot, error) {
	var errs []error
	paths := func(uris []string) []string {
		var ps []string
		for _, u := range uris {
			p, err := s.root.Path(u)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			ps = append(ps, p)
		}
		return ps
	}
	add, remove := paths(added), paths(removed)
	snap, _ := s.update(func() error {
		s.folders = slices.DeleteFunc(s.folders, func(f string) bool { return slices.Contains(remove, f) })
		for _, p := range add {
			if !slices.Contains(s.folders, p) {
				s.folders = append(s.folders, p)
			}
		}
		return nil
	})
	return snap, errors.Join(errs...)
}
