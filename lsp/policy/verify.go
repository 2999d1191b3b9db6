package policy

import (
	"bytes"
	"context"
	"io/fs"
	"slices"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// A rename rewrites the literals of a name; what else reads it (an
// attribute looked up by it, a comparison, a file path) does not change,
// and the renamed policy may then fail or, worse, let someone else
// decrypt a secret. So before a rename is offered, each flake that reads
// a file it edits is analysed again with the edits made, in memory, and
// the two analyses compared (analysis.VerifyRename). When the literals
// alone do not keep the policy, renaming the attributes the recipient's
// keys are written in too (analysis.Result.RenameKeyNames) may.

// verifiedRename returns the rename of rc to newName in res that keeps
// every policy of snap but the name: edits, the literals, or the edits
// that also rename the attributes its keys are written in, tried first
// when there are some (an attribute named like the recipient is most
// often looked up by its name); else a refusal that says what edits
// would change.
func (p *Provider) verifiedRename(ctx context.Context, snap feature.Snapshot, res *analysis.Result, rc *analysis.Recipient, newName string, edits []analysis.Edit) ([]analysis.Edit, error) {
	if newName == rc.Name {
		return edits, nil
	}
	results, err := p.analyse(ctx, snap)
	if err != nil {
		return nil, err
	}
	tries := [][]analysis.Edit{edits}
	if alt, err := res.RenameKeyNames(rc, newName); err == nil {
		if alt = append(alt, discardedEdits(res, rc, newName, alt)...); len(alt) > len(edits) {
			tries = [][]analysis.Edit{alt, edits}
		}
	}
	// The refusal says what each try would change: the literals alone
	// often only fail to find the attribute a key is looked up by, while
	// renaming it too meets the real obstacle (a name compared by value,
	// whose secret would gain a reader).
	conflicts := make([]*analysis.RenameConflict, len(tries))
	for i, try := range tries {
		c, err := verify(snap, results, rc, newName, try)
		if err != nil {
			return nil, err
		}
		if c == nil {
			return try, nil
		}
		conflicts[i] = c
	}
	if len(conflicts) == 1 {
		return nil, feature.Refuse("%v", conflicts[0])
	}
	withAttrs, literals := conflicts[0].Error(), conflicts[1].Error()
	head, alone, _ := strings.Cut(literals, ": it would ")
	_, also, _ := strings.Cut(withAttrs, ": it would ")
	return nil, feature.Refuse("%s: renaming the attributes its keys are written in too, it would %s; renaming its literals alone, it would %s", head, also, alone)
}

// verify analyses again, with the edits made, every flake of results that
// reads a file they change, and compares it with its analysis before:
// the first conflict, or nil.
func verify(snap feature.Snapshot, results map[string]*analysis.Result, rc *analysis.Recipient, newName string, edits []analysis.Edit) (*analysis.RenameConflict, error) {
	byFile := map[string][]analysis.Edit{}
	for _, e := range edits {
		byFile[e.File] = append(byFile[e.File], e)
	}
	edited := &editedFS{Snapshot: snap, files: map[string]*token.File{}}
	for file, es := range byFile {
		f, err := snap.File(file)
		if err != nil {
			return nil, err
		}
		src, err := analysis.ApplyEdits(f.Source(), es)
		if err != nil {
			return nil, err
		}
		edited.files[file] = token.NewFile(file, src)
	}
	dirs := make([]string, 0, len(results))
	for dir, r := range results {
		if slices.ContainsFunc(r.Files(), func(f string) bool { return byFile[f] != nil }) {
			dirs = append(dirs, dir)
		}
	}
	slices.Sort(dirs)
	files := flakeFiles(snap)
	for _, dir := range dirs {
		var extra []string
		for _, f := range files {
			if d, ok := analysis.FlakeDir(snap, f); ok && d == dir {
				extra = append(extra, f)
			}
		}
		after := analysis.Analyze(edited, analysis.Options{Dir: dir, FSRoot: snap.FSRoot(), Extra: extra})
		if c := analysis.VerifyRename(results[dir], after, rc, newName, edits); c != nil {
			return c, nil
		}
	}
	return nil, nil
}

// editedFS is a snapshot with the texts of some files replaced.
type editedFS struct {
	feature.Snapshot
	files map[string]*token.File
}

// File implements eval.FileReader, so that the files not edited are
// neither copied nor parsed again.
func (e *editedFS) File(name string) (*token.File, error) {
	if f := e.files[name]; f != nil {
		return f, nil
	}
	return e.Snapshot.File(name)
}

func (e *editedFS) ReadFile(name string) ([]byte, error) {
	if f := e.files[name]; f != nil {
		return bytes.Clone(f.Source()), nil
	}
	return e.Snapshot.ReadFile(name)
}

func (e *editedFS) Stat(name string) (fs.FileInfo, error) {
	info, err := e.Snapshot.Stat(name)
	if f := e.files[name]; f != nil && err == nil {
		return sizedInfo{info, int64(f.Size())}, nil
	}
	return info, err
}

func (e *editedFS) Open(name string) (fs.File, error) {
	f := e.files[name]
	if f == nil {
		return e.Snapshot.Open(name)
	}
	info, err := e.Stat(name)
	if err != nil {
		return nil, err
	}
	return &editedFile{bytes.NewReader(f.Source()), info}, nil
}

// sizedInfo is the FileInfo of an edited file.
type sizedInfo struct {
	fs.FileInfo
	size int64
}

func (i sizedInfo) Size() int64 { return i.size }

type editedFile struct {
	*bytes.Reader
	info fs.FileInfo
}

func (f *editedFile) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *editedFile) Close() error               { return nil }
