package analysis

import (
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
)

// Workspace analyses the flakes of an editor's workspace: one Analyzer per
// flake directory, kept between snapshots. It is safe for concurrent use.
type Workspace struct {
	mu        sync.Mutex
	analyzers map[string]*Analyzer
}

// NewWorkspace returns an empty Workspace.
func NewWorkspace() *Workspace { return &Workspace{analyzers: make(map[string]*Analyzer)} }

// FlakeDir returns the directory of the flake a file belongs to: the
// nearest directory at or above it holding a flake.nix.
func FlakeDir(fsys fs.FS, file string) (string, bool) {
	dir := path.Dir(file)
	for {
		if _, err := fs.Stat(fsys, path.Join(dir, "flake.nix")); err == nil {
			return dir, true
		}
		if dir == "." || dir == "/" {
			return "", false
		}
		dir = path.Dir(dir)
	}
}

// Analyze analyses every flake that one of files belongs to (open buffers,
// the flake.nix of each workspace folder) in fsys, whose root stands for
// the absolute path fsRoot. The files of a flake are also its Extra
// files, so an open module no flake imports is still checked. It returns
// the results by flake directory. Flakes no file belongs to any more are
// forgotten.
func (w *Workspace) Analyze(fsys fs.FS, fsRoot string, files []string) map[string]*Result {
	byDir := map[string][]string{}
	for _, f := range files {
		if dir, ok := FlakeDir(fsys, f); ok {
			byDir[dir] = append(byDir[dir], f)
		}
	}
	dirs := make([]string, 0, len(byDir))
	for d := range byDir {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	w.mu.Lock()
	for d := range w.analyzers {
		if _, ok := byDir[d]; !ok {
			delete(w.analyzers, d)
		}
	}
	analyzers := make([]*Analyzer, len(dirs))
	for i, d := range dirs {
		if w.analyzers[d] == nil {
			w.analyzers[d] = NewAnalyzer()
		}
		analyzers[i] = w.analyzers[d]
	}
	w.mu.Unlock()
	out := make(map[string]*Result, len(dirs))
	for i, d := range dirs {
		out[d] = analyzers[i].Analyze(fsys, Options{Dir: d, FSRoot: fsRoot, Extra: byDir[d]})
	}
	return out
}

// ResultFor returns the result among results whose flake file belongs to.
func ResultFor(results map[string]*Result, file string) *Result {
	best := ""
	var res *Result
	for dir, r := range results {
		prefix := dir + "/"
		if dir == "." {
			prefix = ""
		}
		if strings.HasPrefix(file, prefix) && len(dir) >= len(best) {
			best, res = dir, r
		}
	}
	return res
}
