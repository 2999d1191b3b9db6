package analysis

import "strings"

// The run evaluates module files one after the other, on one goroutine
// (the module system's order depends on evaluation). This file takes what
// it can of that work ahead to the other cores: a pool reads and parses
// the files of the imports found.

// ahead is a module file handed to the pool.
type ahead struct {
	job *job
}

// prefetch hands the files of imports to the pool, which reads and parses
// them (with their sets' bindings merged) ahead, on the cores the run,
// which goes one file after the other, leaves idle; the run takes its
// share while it waits for one. The Loader and Sources are safe for
// concurrent use; the file system must be too (os.DirFS, fstest.MapFS and
// the language server's snapshots are).
func (r *run) prefetch(paths []string) {
	for _, p := range paths {
		if r.a.units[p] != nil || r.used[p] != nil || r.ahead[p] != nil {
			continue
		}
		if r.pool == nil {
			r.pool, r.ahead = newPool(), map[string]*ahead{}
		}
		r.ahead[p] = &ahead{job: r.pool.submit(func(int) {
			if src, err := r.a.loader.Load(r.fsys, p); err == nil && strings.HasSuffix(p, ".nix") {
				src.WarmScopes()
			}
		})}
	}
}
