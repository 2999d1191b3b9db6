package workspace

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"path"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

var _ feature.Snapshot = (*Snapshot)(nil)

// Snapshot is an immutable view of the workspace: the open documents of one
// moment laid over the disk, which is read lazily and memoized so that every
// read of a path gives the same answer. It implements io/fs.FS (with ReadFile,
// ReadDir and Stat) and feature.Snapshot, and is safe for concurrent use.
type Snapshot struct {
	id          uint64
	base        fs.FS
	root        Root
	maxFileSize int64
	docs        map[string]*Document
	folders     []string
	disk        uint64 // see DiskVersion
	// overlayDirs maps every ancestor directory of an open document to the
	// names of its children that open documents imply, so that a file that
	// exists only in the editor is listed in its directory.
	overlayDirs map[string][]string

	mu    sync.Mutex
	files map[string]fileResult
	stats map[string]statResult
	dirs  map[string]dirResult
}

type fileResult struct {
	file *token.File
	err  error
}

type statResult struct {
	info fs.FileInfo
	err  error
}

type dirResult struct {
	entries []fs.DirEntry
	err     error
}

func newSnapshot(id uint64, base fs.FS, root Root, maxFileSize int64, docs map[string]*Document, folders []string) *Snapshot {
	s := &Snapshot{
		id: id, base: base, root: root, maxFileSize: maxFileSize, docs: docs, folders: folders,
		overlayDirs: map[string][]string{},
		files:       map[string]fileResult{},
		stats:       map[string]statResult{},
		dirs:        map[string]dirResult{},
	}
	for p := range docs {
		for p != "." {
			dir := path.Dir(p)
			if !slices.Contains(s.overlayDirs[dir], path.Base(p)) {
				s.overlayDirs[dir] = append(s.overlayDirs[dir], path.Base(p))
			}
			p = dir
		}
	}
	return s
}

// inheritDisk starts s with what prev read from disk, when both have the
// same disk version and documents open (a keystroke): they read the same
// files (DiskVersion), and each keystroke's quick diagnosis, which checks
// every file the analysis read, would otherwise open and read them all
// again. Directories are not inherited: their entries hold the sizes of
// the open documents.
func (s *Snapshot) inheritDisk(prev *Snapshot) {
	prev.mu.Lock()
	defer prev.mu.Unlock()
	maps.Copy(s.files, prev.files)
	maps.Copy(s.stats, prev.stats)
}

// ID implements feature.Snapshot.
func (s *Snapshot) ID() uint64 { return s.id }

// FSRoot implements feature.Snapshot.
func (s *Snapshot) FSRoot() string { return s.root.Dir() }

// Folders implements feature.Snapshot.
func (s *Snapshot) Folders() []string { return slices.Clone(s.folders) }

// OpenFiles implements feature.Snapshot.
func (s *Snapshot) OpenFiles() []string {
	return slices.Sorted(func(yield func(string) bool) {
		for p := range s.docs {
			if !yield(p) {
				return
			}
		}
	})
}

// DiskVersion counts the changes on disk the session was told of: two
// snapshots with the same DiskVersion read the same files from disk (as
// far as the editor's notifications tell), and differ only in the open
// documents.
func (s *Snapshot) DiskVersion() uint64 { return s.disk }

// Document returns the open document at path, or nil.
func (s *Snapshot) Document(path string) *Document { return s.docs[path] }

// URI returns the URI of path: the client's spelling for an open document,
// the canonical file URI otherwise.
func (s *Snapshot) URI(path string) string {
	if d := s.docs[path]; d != nil {
		return d.URI
	}
	return s.root.URI(path)
}

// Root returns the mapping between URIs and the snapshot's paths.
func (s *Snapshot) Root() Root { return s.root }

// File implements feature.Snapshot.
func (s *Snapshot) File(name string) (*token.File, error) {
	if d := s.docs[name]; d != nil {
		return d.File, nil
	}
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "read", Path: name, Err: fs.ErrInvalid}
	}
	s.mu.Lock()
	r, ok := s.files[name]
	s.mu.Unlock()
	if ok {
		return r.file, r.err
	}
	f, err := s.readDisk(name)
	s.mu.Lock()
	defer s.mu.Unlock()
	if r, ok := s.files[name]; ok { // a concurrent read won: keep one answer
		return r.file, r.err
	}
	s.files[name] = fileResult{f, err}
	return f, err
}

// readDisk reads a regular file of at most maxFileSize bytes from the base.
func (s *Snapshot) readDisk(name string) (*token.File, error) {
	info, err := s.Stat(name)
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: name, Err: unwrapPathError(err)}
	}
	switch {
	case info.IsDir():
		return nil, &fs.PathError{Op: "read", Path: name, Err: errors.New("is a directory")}
	case !info.Mode().IsRegular():
		return nil, &fs.PathError{Op: "read", Path: name, Err: errors.New("not a regular file")}
	}
	f, err := s.base.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, s.maxFileSize+1))
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: name, Err: err}
	}
	if int64(len(data)) > s.maxFileSize {
		return nil, &fs.PathError{Op: "read", Path: name, Err: fmt.Errorf("file larger than %d bytes", s.maxFileSize)}
	}
	return token.NewFile(name, data), nil
}

// ReadFile implements fs.ReadFileFS. It returns a copy, as fs.ReadFileFS
// requires; File avoids the copy.
func (s *Snapshot) ReadFile(name string) ([]byte, error) {
	f, err := s.File(name)
	if err != nil {
		return nil, err
	}
	return bytes.Clone(f.Source()), nil
}

// Stat implements fs.StatFS.
func (s *Snapshot) Stat(name string) (fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrInvalid}
	}
	if d := s.docs[name]; d != nil {
		return &fileInfo{name: path.Base(name), size: int64(d.File.Size()), mode: 0o444}, nil
	}
	s.mu.Lock()
	r, ok := s.stats[name]
	s.mu.Unlock()
	if !ok {
		info, err := fs.Stat(s.base, name)
		s.mu.Lock()
		if r, ok = s.stats[name]; !ok {
			r = statResult{info, err}
			s.stats[name] = r
		}
		s.mu.Unlock()
	}
	if _, ok := s.overlayDirs[name]; ok && (r.err != nil || !r.info.IsDir()) {
		// A directory that exists only because a document in it is open.
		return &fileInfo{name: path.Base(name), mode: fs.ModeDir | 0o555}, nil
	}
	if r.err == nil && r.info.Mode().IsRegular() {
		s.mu.Lock()
		fr, read := s.files[name]
		s.mu.Unlock()
		if read && fr.err == nil {
			// Report the size of the bytes this snapshot serves.
			return &fileInfo{name: r.info.Name(), size: int64(fr.file.Size()), mode: r.info.Mode(), modTime: r.info.ModTime()}, nil
		}
	}
	return r.info, r.err
}

// ReadDir implements fs.ReadDirFS: the directory on disk merged with the open
// documents in it, sorted by name.
func (s *Snapshot) ReadDir(name string) ([]fs.DirEntry, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrInvalid}
	}
	s.mu.Lock()
	r, ok := s.dirs[name]
	s.mu.Unlock()
	if !ok {
		entries, err := s.mergeDir(name)
		s.mu.Lock()
		if r, ok = s.dirs[name]; !ok {
			r = dirResult{entries, err}
			s.dirs[name] = r
		}
		s.mu.Unlock()
	}
	return slices.Clone(r.entries), r.err
}

func (s *Snapshot) mergeDir(name string) ([]fs.DirEntry, error) {
	onDisk, err := fs.ReadDir(s.base, name)
	children, isOverlay := s.overlayDirs[name]
	if err != nil && !isOverlay {
		return nil, err
	}
	byName := map[string]fs.DirEntry{}
	for _, e := range onDisk {
		byName[e.Name()] = e
	}
	for _, c := range children {
		info, err := s.Stat(path.Join(name, c))
		if err != nil {
			return nil, err
		}
		if e, ok := byName[c]; ok && e.IsDir() && info.IsDir() {
			continue // a real directory that also holds open documents
		}
		byName[c] = fs.FileInfoToDirEntry(info)
	}
	entries := make([]fs.DirEntry, 0, len(byName))
	for _, e := range byName {
		entries = append(entries, e)
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	return entries, nil
}

// Open implements fs.FS.
func (s *Snapshot) Open(name string) (fs.File, error) {
	info, err := s.Stat(name)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: unwrapPathError(err)}
	}
	if info.IsDir() {
		entries, err := s.ReadDir(name)
		if err != nil {
			return nil, &fs.PathError{Op: "open", Path: name, Err: unwrapPathError(err)}
		}
		return &dirFile{info: info, entries: entries}, nil
	}
	f, err := s.File(name)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: unwrapPathError(err)}
	}
	info, err = s.Stat(name) // now with the size of the bytes read
	if err != nil {
		return nil, err
	}
	return &memFile{Reader: bytes.NewReader(f.Source()), info: info}, nil
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

type fileInfo struct {
	name    string
	size    int64
	mode    fs.FileMode
	modTime time.Time
}

func (fi *fileInfo) Name() string       { return fi.name }
func (fi *fileInfo) Size() int64        { return fi.size }
func (fi *fileInfo) Mode() fs.FileMode  { return fi.mode }
func (fi *fileInfo) ModTime() time.Time { return fi.modTime }
func (fi *fileInfo) IsDir() bool        { return fi.mode.IsDir() }
func (fi *fileInfo) Sys() any           { return nil }

// memFile is an open regular file served from memory.
type memFile struct {
	*bytes.Reader
	info fs.FileInfo
}

func (f *memFile) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *memFile) Close() error               { return nil }

// dirFile is an open directory with its merged listing.
type dirFile struct {
	info    fs.FileInfo
	entries []fs.DirEntry
	off     int
}

func (d *dirFile) Stat() (fs.FileInfo, error) { return d.info, nil }
func (d *dirFile) Close() error               { return nil }
func (d *dirFile) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.info.Name(), Err: errors.New("is a directory")}
}

func (d *dirFile) ReadDir(n int) ([]fs.DirEntry, error) {
	rest := d.entries[d.off:]
	if n <= 0 {
		d.off = len(d.entries)
		return slices.Clone(rest), nil
	}
	if len(rest) == 0 {
		return nil, io.EOF
	}
	n = min(n, len(rest))
	d.off += n
	return slices.Clone(rest[:n]), nil
}
