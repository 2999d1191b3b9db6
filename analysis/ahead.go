package analysis

import (
	"bytes"
	"cmp"
	"maps"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
)

// The module system collects modules in an order that evaluation decides
// (imports are found by evaluating the modules that import them; module
// arguments are collected from the modules before): the run evaluates
// module files one after the other, on one goroutine. This file takes
// that work ahead to the other cores: a pool parses the files of the
// imports found, and evaluates each as a module of the flake with an
// extractor of its own (one per goroutine of the pool). The run takes such
// a module (adopt) only when the two evaluations cannot differ: in the
// first round (config unknown to both), for a module written as a
// function of the file's top level, whose evaluation read no other file,
// no specialArgs (thunks of flake.nix the first module to force pays
// for) and no text of its own file (which the Machine keeps decoded),
// gave nothing other modules read (module arguments, flake outputs,
// options) and ran into no bound; when the run's extractor, had it
// evaluated the file itself, would have done so from a state that makes
// no difference: no module arguments collected, the file not read yet,
// budgets of steps and nodes not less than the module had or took, no
// value snapshotted before that the module snapshots. Then the run's
// extractor is left as if it had evaluated the file, and every result is
// the same (TestAheadMatchesSequential).

// ahead is a module file handed to the pool.
type ahead struct {
	job *job
	// What evaluating the file ahead gave, when the run may take it
	// (unit nil otherwise): its import, read reads times (name, src, t),
	// the bound on steps it was evaluated within, the snapshot nodes it
	// took and the Data it shares by thunk.
	unit   *unit
	name   string
	src    *eval.Source
	t      *eval.Thunk
	reads  int
	budget int
	nodes  int
	memo   map[*eval.Thunk]*Data
}

// aheadSteps bounds the steps of a module evaluated ahead: a module of
// literals takes a few hundred.
const aheadSteps = 50_000

// maxUnclean is how many files evaluated ahead the run may fail to take
// before it stops evaluating ahead: a flake whose modules read other
// files (a keys.nix) or each other's arguments has many.
const maxUnclean = 4

// prefetch hands the files of imports to the pool, which reads, parses
// (with their sets' bindings merged) and evaluates them ahead, on the
// cores the run, which goes one file after the other, leaves idle. The
// Loader and Sources are safe for concurrent use; the file system must be
// too (os.DirFS, fstest.MapFS and the language server's snapshots are).
func (r *run) prefetch(paths []string) {
	var todo []string
	for _, p := range paths {
		if r.a.units[p] == nil && r.used[p] == nil && r.ahead[p] == nil {
			todo = append(todo, p)
		}
	}
	if len(todo) == 0 {
		return
	}
	if r.pool == nil {
		r.pool, r.ahead = newPool(), map[string]*ahead{}
		r.spec = make([]*extractor, r.pool.maxHelpers+1)
	}
	// Evaluating ahead pays when another goroutine can take a share, and
	// only in the first round (later ones evaluate with config).
	evaluate := (r.aheadAll || r.pool.maxHelpers > 0 && len(todo) > 1) && (r.x == nil || r.x.config == nil)
	for _, p := range todo {
		a := &ahead{}
		a.job = r.pool.submit(func(slot int) {
			src, err := r.a.loader.Load(r.fsys, p)
			if err != nil || !strings.HasSuffix(p, ".nix") {
				return
			}
			if len(src.Errors()) > 0 {
				return // nothing to evaluate: Nix stops at the error (see broken.go)
			}
			src.WarmScopes()
			// The run evaluates the file it waits for itself.
			if evaluate && (slot >= 0 || r.aheadAll) && r.unclean.Load() < maxUnclean && (r.aheadAll || !readsFiles(src.File.Source())) {
				r.evaluateAhead(a, p, max(slot, 0))
			}
		})
		r.ahead[p] = a
	}
}

// fileReaders name the ways a module reads another file.
var fileReaders = [][]byte{[]byte("readFile"), []byte("readDir"), []byte("pathExists"), []byte("importJSON"), []byte("importTOML")}

// readsFiles reports whether the text of a module file names a way to
// read another file (import, readFile, …): the run would not take the
// module evaluated ahead, whose evaluation (of a keys.nix, a large
// inventory) would be spent twice. It only guesses (imports = [ … ] is
// not one, a string may name one): the run checks what was read.
func readsFiles(text []byte) bool {
	for rest := text; ; {
		i := bytes.Index(rest, []byte("import"))
		if i < 0 {
			break
		}
		rest = rest[i+len("import"):]
		if len(rest) == 0 || rest[0] != 's' {
			return true
		}
	}
	for _, w := range fileReaders {
		if bytes.Contains(text, w) {
			return true
		}
	}
	return false
}

// evaluateAhead evaluates the module file p with the extractor of the
// pool's goroutine slot, and keeps the result in a if the run may take
// it. The extractor is dropped once it evaluated a file the run may not
// take: its state may then differ from the run's in ways that matter.
func (r *run) evaluateAhead(a *ahead, p string, slot int) {
	x := r.spec[slot]
	if x == nil {
		// A bound on steps no larger than the run's, which does not grow
		// with the files read: a module that computes much (or reads
		// another file that does) is the run's to evaluate, and would
		// cost its evaluation twice.
		cfg := r.config()
		cfg.MaxSteps, cfg.StepsPerByte = min(aheadSteps, cmp.Or(cfg.MaxSteps, eval.DefaultMaxSteps)), -1
		x = newExtractor(cfg, r.dir)
		x.loadInputs(r.flakePath())
		r.spec[slot] = x
	}
	// specialArgs are thunks of flake.nix the first module to force them
	// pays for; a bound hit in flake.nix differs from the run's.
	if len(x.special) > 0 || x.stopped() {
		r.unclean.Store(maxUnclean)
		return
	}
	x.m.Renew()
	budget := x.m.Budget()
	// What the module snapshots alone, from the snapshotter's whole
	// budget of nodes: the run checks that it shares no Data with modules
	// it evaluated (it would have taken those without counting their
	// nodes), and that its budget is not less than what the module took.
	x.snap.memo, x.snap.budget = map[*eval.Thunk]*Data{}, snapshotBudget
	u := x.moduleUnit(p)
	name := x.m.FilePath(p)
	t, src, ok := x.m.Handover(name)
	if !ok || !ownFileOnly(x, u, name, src) {
		r.spec[slot] = nil
		r.unclean.Add(1)
		return
	}
	a.unit, a.name, a.src, a.t, a.reads = u, name, src, t, x.m.Reads(name)
	a.budget, a.nodes, a.memo = budget, snapshotBudget-x.snap.budget, x.snap.memo
	if r.aheadAll {
		r.spec[slot] = nil
	}
}

// ownFileOnly reports whether the module file name, evaluated as u by x,
// depended on nothing but its own file and the flake's inputs and gave
// nothing other modules read.
func ownFileOnly(x *extractor, u *unit, name string, src *eval.Source) bool {
	// readFile of its own file: the text's decoding is kept by the Machine.
	if u.provides || x.stopped() || src.TextUsed() {
		return false
	}
	for _, d := range u.deps {
		if d.Kind == eval.DepRead && d.Path != name {
			return false
		}
	}
	return true
}

// adopt returns the unit of the module file evaluated ahead as a, leaving
// x as if it had evaluated the file itself, or nil when x may not take it
// and must evaluate the file (see the top of this file).
func (r *run) adopt(x *extractor, a *ahead) *unit {
	if a.unit == nil {
		return nil
	}
	// Files are evaluated ahead in the first round only: x has no config.
	if len(x.argDefs) > 0 && len(collected(x.argDefs)) > 0 || x.m.Reads(a.name) > 0 || x.snap.budget < a.nodes || sharesData(x.snap.memo, a.memo) {
		r.unclean.Store(maxUnclean)
		return nil
	}
	x.startUnit(a.unit)
	if x.m.Budget() < a.budget {
		r.unclean.Store(maxUnclean)
		return nil
	}
	x.m.Adopt(a.name, a.src, a.t, a.reads)
	x.snap.budget -= a.nodes
	maps.Copy(x.snap.memo, a.memo)
	r.adopted++
	return a.unit
}

// sharesData reports whether a module evaluated ahead snapshotted a value
// the run's extractor has snapshotted before (a set of lib): evaluated by
// the run, it would have shared that Data without counting its nodes.
func sharesData(run, ahead map[*eval.Thunk]*Data) bool {
	for t := range ahead {
		if _, ok := run[t]; ok {
			return true
		}
	}
	return false
}
