package check

import (
	"bytes"
	"io/fs"
	"path"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/sopsfile"
)

// Prefetch parses a flake's SOPS files in the background while its policy
// is being analysed: the analysis takes one core, and parsing thousands of
// SOPS files is most of a check's work, so the other core starts on it
// before the analysis says which files matter. Files are recognised by the
// metadata every store writes; the walk stops when Run starts, which
// parses whatever is left.
type Prefetch struct {
	fsys fs.FS
	stop chan struct{}
	done chan struct{}
	read map[string]*prefetched // by fsys path; the goroutine's until done
}

type prefetched struct {
	file *sopsfile.File
	err  error
}

// sopsMarkers are bytes that every SOPS store writes in its metadata.
var sopsMarkers = [][]byte{[]byte("sops:"), []byte(`"sops"`), []byte("sops_version="), []byte("[sops]")}

// StartPrefetch starts parsing the SOPS files under root, the flake's
// directory in fsys (hidden directories and symbolic links are skipped).
func StartPrefetch(fsys fs.FS, root string) *Prefetch {
	p := &Prefetch{fsys: fsys, stop: make(chan struct{}), done: make(chan struct{}), read: map[string]*prefetched{}}
	go func() {
		defer close(p.done)
		fs.WalkDir(fsys, root, func(name string, d fs.DirEntry, err error) error {
			select {
			case <-p.stop:
				return fs.SkipAll
			default:
			}
			switch {
			case err != nil:
				return nil // Run reports what it needs
			case d.IsDir() && name != root && (d.Name()[0] == '.' || d.Name() == "node_modules"):
				return fs.SkipDir
			case !d.Type().IsRegular():
				return nil
			}
			src, err := sopsfile.ReadSource(fsys, name)
			if err != nil || !hasMarker(src) {
				return nil // Run reads it again, and reports what it must
			}
			f, err := sopsfile.Read(name, src)
			p.read[name] = &prefetched{f, err}
			return nil
		})
	}()
	return p
}

func hasMarker(src []byte) bool {
	for _, m := range sopsMarkers {
		if bytes.Contains(src, m) {
			return true
		}
	}
	return false
}

// finish stops the walk and returns what it parsed.
func (p *Prefetch) finish() map[string]*prefetched {
	if p == nil {
		return nil
	}
	select {
	case <-p.stop:
	default:
		close(p.stop)
	}
	<-p.done
	return p.read
}

// Run is check.Run with the files parsed so far: res must be the analysis
// of the flake whose directory was given to StartPrefetch.
func (p *Prefetch) Run(res *analysis.Result) *Report { return run(p.fsys, res, p) }

// WhoCanDecrypt is check.WhoCanDecrypt with the files parsed so far.
func (p *Prefetch) WhoCanDecrypt(res *analysis.Result, query string) (*Access, error) {
	return whoCanDecrypt(p.fsys, res, query, p)
}

// readFile parses one file, or takes it from the prefetched ones, and
// lets go of it there: a file is read once, and ten thousand parsed files
// are a lot of memory. The workers of readAll share pre, but each entry
// is one worker's.
func readFile(fsys fs.FS, name string, pre map[string]*prefetched) (*sopsfile.File, error) {
	if r, ok := pre[path.Clean(name)]; ok && (r.file != nil || r.err != nil) {
		f, err := r.file, r.err
		*r = prefetched{}
		return f, err
	}
	return sopsfile.ReadFS(fsys, name)
}
