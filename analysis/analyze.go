package analysis

import (
	"cmp"
	"io/fs"
	"maps"
	"path"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Options says what to analyse.
type Options struct {
	// Dir is the flake's directory, an io/fs path ("." for the root of the
	// file system): the directory of flake.nix and .sops.yaml.
	Dir string
	// FSRoot is the absolute path the root of the file system stands for
	// ("/" when empty), so that absolute Nix paths can be found in it.
	FSRoot string
	// Extra are files to analyse even when the flake does not import them
	// (the editor's open buffers): each Nix file among them that defines
	// flake.secrets but that no module imports is analysed on its own
	// (see Result.Unreached).
	Extra []string
	// MaxSteps bounds the evaluation (0 for eval.DefaultMaxSteps).
	MaxSteps int
}

// Analyzer analyses one flake again and again, reusing what did not change:
// parsed files, the definitions of every module whose files are unchanged,
// and verdicts on keys. It is safe for concurrent use; analyses are
// serialised.
type Analyzer struct {
	mu     sync.Mutex
	loader *eval.Loader
	keys   *keyChecker
	units  map[string]*unit
	groups map[string]*groupEntry
	stamp  string // the flake's inputs, as module units saw them
}

// NewAnalyzer returns an Analyzer with empty caches.
func NewAnalyzer() *Analyzer {
	return &Analyzer{loader: eval.NewLoader(), keys: newKeyChecker(), units: make(map[string]*unit)}
}

// Analyze evaluates the flake in fsys at opts.Dir and returns its policy,
// the generated .sops.yaml and every diagnostic.
func Analyze(fsys fs.FS, opts Options) *Result { return NewAnalyzer().Analyze(fsys, opts) }

// Analyze analyses the flake again in fsys, a new version of the file
// system: only modules that depend on a changed file are evaluated again.
func (a *Analyzer) Analyze(fsys fs.FS, opts Options) *Result {
	a.mu.Lock()
	defer a.mu.Unlock()
	run := &run{a: a, fsys: eval.ReadOnce(fsys), opts: opts, dir: cleanDir(opts.Dir)}
	return run.analyze()
}

func cleanDir(d string) string {
	if d == "" {
		return "."
	}
	return path.Clean(d)
}

// run is one analysis.
type run struct {
	a      *Analyzer
	fsys   fs.FS
	opts   Options
	dir    string
	x      *extractor // created when some file must be evaluated
	used   map[string]*unit
	groups *groupCache
	res    *Result
	// pool parses and evaluates module files ahead of the run (see
	// ahead.go).
	pool  *pool
	ahead map[string]*ahead
	// spec are the extractors evaluating ahead, by pool slot; unclean
	// counts the files they evaluated that the run could not take.
	spec    []*extractor
	unclean atomic.Int32
	// adopted counts the module files evaluated ahead that the run took;
	// aheadAll: every module file is evaluated ahead, those the run waits
	// for too, each by a new extractor (tests: the run then takes all it
	// can, whatever the timing, from extractors that know the least).
	adopted  int
	aheadAll bool
	// broken: a Nix file the units read has a syntax error (see
	// broken.go).
	broken bool
}

func (r *run) flakePath() string { return path.Join(r.dir, "flake.nix") }

// extractor returns the run's evaluator, creating it (with the flake's
// inputs) on first use.
func (r *run) extractor() *extractor {
	if r.x == nil {
		r.x = newExtractor(r.config(), r.dir)
	}
	return r.x
}

// config is the configuration of the run's evaluators.
func (r *run) config() eval.Config {
	return eval.Config{FS: r.fsys, Loader: r.a.loader, MaxSteps: r.opts.MaxSteps, Root: r.opts.FSRoot}
}

// valid reports whether a cached unit may be reused.
func (r *run) valid(u *unit) bool {
	if u.usesConfig || u.provides || u.stopped {
		return false
	}
	for _, d := range u.deps {
		if !d.Valid(r.a.loader, r.fsys) {
			return false
		}
	}
	return true
}

// flake returns the unit of flake.nix.
func (r *run) flake() *unit {
	p := r.flakePath()
	if u := r.a.units[p]; u != nil && r.valid(u) {
		return u
	}
	u := r.extractor().flakeUnit(p)
	r.res.Evaluated = append(r.res.Evaluated, p)
	u.stopped = r.x.stopped()
	u.stamp = r.x.inputsStamp()
	if u.stamp != r.a.stamp {
		// Module functions receive the inputs: new inputs, new modules.
		for k := range r.a.units {
			delete(r.a.units, k)
		}
		r.a.stamp = u.stamp
	}
	r.a.units[p] = u
	return u
}

// module returns the module of the file p.
func (r *run) module(p string) *module {
	if u := r.used[p]; u != nil {
		return u.root
	}
	if u := r.a.units[p]; u != nil && r.valid(u) {
		r.used[p] = u
		return u.root
	}
	x := r.extractor()
	if x.inputs == nil {
		x.loadInputs(r.flakePath())
	}
	var u *unit
	if a := r.ahead[p]; a != nil {
		r.pool.await(a.job)
		u = r.adopt(x, a)
	}
	if u == nil {
		u = x.moduleUnit(p)
	}
	r.res.Evaluated = append(r.res.Evaluated, p)
	u.stopped = x.stopped()
	r.a.units[p] = u
	r.used[p] = u
	return u.root
}

func (r *run) analyze() *Result {
	defer func() {
		if r.pool != nil {
			r.pool.close()
		}
	}()
	r.res = &Result{Dir: r.dir, files: map[string]*eval.Source{}, loader: r.a.loader, root: cmp.Or(r.opts.FSRoot, "/")}
	r.used = map[string]*unit{}
	if _, err := fs.Stat(r.fsys, r.flakePath()); err != nil {
		r.res.Policy = &Policy{}
		r.unreached(nil)
		r.finish(nil)
		return r.res
	}
	fu := r.flake()
	r.used[fu.path] = fu
	r.res.HasFlakeParts = fu.mkFlake
	r.groups = newGroupCache(r.a.groups, r.a.keys)
	defer func() { r.a.groups = r.groups.next }()
	order, diags := r.evaluate(fu)
	// A policy that reads itself through config: evaluate the modules that
	// read it again, with config bound to the policy computed so far, until
	// it stops changing.
	for round := 0; round < maxConfigRounds && !r.broken && r.usesConfig(); round++ {
		before := r.res.SecretsJSON()
		x := r.extractor()
		if r.evaluatePerSystem(x, &fu) {
			order, _ = r.evaluate(fu)
		}
		x.order = order
		x.roundArgs = collected(x.argDefs)
		x.roundOutputs = x.flakeOutputs()
		x.perSystem = x.flakePartsConfig(order)
		options := r.userOptions(x, order, false)
		maps.Copy(options, x.perSystem.options())
		x.config = configView(r.res.Policy, x.roundOutputs, x.roundArgs, options, func() bool { return x.snap.deciding > 0 })
		x.roundOptions, x.options = r.userOptions(x, order, true), nil
		x.argsClosed = !unseen(order)
		x.policy = r.res.Policy
		x.outputsSeen = outputsSeen(order)
		if x.inputs != nil {
			x.inputs = x.withSelf(x.inputs)
		}
		for p, u := range r.used {
			if !u.usesConfig {
				continue
			}
			r.reevaluate(x, p, &fu)
		}
		order, diags = r.evaluate(fu)
		if r.res.SecretsJSON() == before && (round > 0 || !r.argsReadConfig(x)) {
			break
		}
	}
	r.res.modules = order
	r.res.broken, r.res.flakeFiles = r.broken, r.readFiles()
	if !r.broken {
		r.unreached(order)
	}
	r.finish(diags)
	return r.res
}

// reevaluate evaluates the unit of the file p again (fu: flake.nix's).
func (r *run) reevaluate(x *extractor, p string, fu **unit) {
	var nu *unit
	if p == (*fu).path {
		nu = x.flakeUnit(p)
		*fu = nu
	} else {
		nu = x.moduleUnit(p)
	}
	r.a.units[p], r.used[p] = nu, nu
}

// evaluatePerSystem evaluates again, before a config round, the units
// defining perSystem, systems or allSystems that this run took from the
// cache (their definitions are kept for the run that evaluates them), so
// that config and withSystem see them all; it reports whether it did.
func (r *run) evaluatePerSystem(x *extractor, fu **unit) bool {
	again := false
	for p, u := range r.used {
		if u.perSystem && x.fpDefs[p] == nil {
			r.reevaluate(x, p, fu)
			again = true
		}
	}
	return again
}

// userOptions merges the options the flake's own modules declare, from
// the modules in order: their values, or with view what the module
// argument options holds for them.
func (r *run) userOptions(x *extractor, order []*module, view bool) map[string]*eval.Thunk {
	decls := map[string][]*eval.Thunk{}
	var defs []eval.Named
	for i := len(order) - 1; i >= 0; i-- {
		m := order[i]
		for _, d := range m.optionDecls {
			decls[d.Name] = append(decls[d.Name], d.T)
		}
		defs = append(defs, m.optionDefs...)
	}
	checks := x.optionChecks(definitionsSeen(order))
	if view {
		return x.m.OptionsView(decls, defs, checks)
	}
	return x.m.MergeOptions(decls, defs, checks)
}

// unseen reports whether some module imports what the analysis cannot
// follow.
func unseen(order []*module) bool {
	for _, m := range order {
		if m.unseen {
			return true
		}
	}
	return false
}

// rejected reports whether the module system rejects some module itself.
func rejected(order []*module) bool {
	for _, m := range order {
		if len(m.errors) > 0 {
			return true
		}
	}
	return false
}

// maxConfigRounds bounds how often modules reading config are evaluated
// again; references to the policy rarely chain deeper.
const maxConfigRounds = 4

// argsReadConfig reports whether a module argument some unit gives reads
// config (_module.args.hosts = f config.machines): the modules taking it
// see its value of the round before, a round late. The arguments are
// forced to know it.
func (r *run) argsReadConfig(x *extractor) bool {
	for p, defs := range x.argDefs {
		u := r.used[p]
		if u == nil {
			continue
		}
		for _, t := range defs {
			x.m.Force(t)
		}
		if u.usesConfig {
			return true
		}
	}
	return false
}

func (r *run) usesConfig() bool {
	for _, u := range r.used {
		if u.usesConfig {
			return true
		}
	}
	return false
}

// evaluate collects the modules from the flake's unit, merges their
// definitions and builds and checks the policy.
func (r *run) evaluate(fu *unit) ([]*module, []Diagnostic) {
	var order []*module
	var partitionDiags []Diagnostic
	prefix := ""
	if fu.root != nil {
		order = collect(fu.root, r.module, r.prefetch)
		order, prefix, partitionDiags = r.partitionedPolicy(fu.root, order)
	}
	ctx := &mergeCtx{groups: r.groups}
	r.res.HasModule = false
	for _, m := range order {
		r.res.HasModule = r.res.HasModule || m.policy
	}
	if r.broken = r.readsBroken(); r.broken {
		// Nix stops at the syntax error: the policy is unknown, and the
		// syntax errors are all there is to report (finish).
		r.res.Policy, r.res.SopsYAMLKnown, r.res.options = &Policy{Open: true, SyntaxError: true}, false, nil
		return order, nil
	}
	fl := ctx.mergeModules(order)
	ctx.diags = append(ctx.diags, partitionDiags...)
	r.res.options = ctx.allOptions()
	b := &builder{checker: r.a.keys, groups: r.groups}
	r.res.Policy = b.policy(fl)
	if len(r.res.Policy.Groups) == 0 && (unseen(order) || fu.foreign) {
		// No group in sight, and a module the analysis cannot follow, or
		// outputs it does not recognise: the policy may well be there (a
		// team's shared module from another flake), so it is unknown,
		// not empty.
		r.res.Policy.Open = true
	}
	b.checkFiles(r.res.Policy)
	r.res.SopsYAMLKnown = !hasError(ctx.diags) && !hasError(b.diags) && sopsYAMLKnown(r.res.Policy)
	// A module the module system rejects (imports that fail) hides which
	// modules are imported: Nix reports that error alone.
	if r.res.Policy.Groups != nil && !r.res.HasModule && !rejected(order) {
		b.warnAt(firstSpan(r.res.Policy.Groups[0].Keys), CodeModuleNotImported,
			"flake.secrets is defined, but no module imports the secrets-lsp flake module (inputs.secrets-lsp.flakeModules.default): Nix will neither check it nor generate .sops.yaml")
	}
	diags := append(ctx.diags, b.diags...)
	diags = append(diags, r.readOnly(ctx, r.res.Policy)...)
	if prefix != "" {
		inPartition(diags, prefix)
	}
	return order, diags
}

// readsBroken reports whether a Nix file the units read has a syntax
// error.
func (r *run) readsBroken() bool {
	for _, u := range r.used {
		for _, d := range u.deps {
			if d.Kind != eval.DepRead || d.Src == nil || !d.Nix {
				continue
			}
			if len(d.Src.Errors()) > 0 {
				return true
			}
		}
	}
	return false
}

// readFiles returns the files the units read.
func (r *run) readFiles() map[string]bool {
	out := map[string]bool{}
	for _, u := range r.used {
		for _, d := range u.deps {
			if d.Kind == eval.DepRead {
				out[d.Path] = true
			}
		}
	}
	return out
}

func hasError(ds []Diagnostic) bool {
	for _, d := range ds {
		if d.Severity == SeverityError {
			return true
		}
	}
	return false
}

// finish adds syntax errors, sorts and deduplicates the diagnostics, and
// records the files read.
func (r *run) finish(diags []Diagnostic) {
	diags = append(diags, r.res.extra...)
	diags = append(diags, r.stopped()...)
	var nix []*eval.Source
	for _, u := range r.used {
		for _, d := range u.deps {
			if d.Kind != eval.DepRead || d.Src == nil {
				continue
			}
			r.res.files[d.Path] = d.Src
			if d.Nix {
				nix = append(nix, d.Src)
			}
		}
	}
	for _, u := range r.res.Unreached {
		for _, d := range u.deps {
			if d.Kind == eval.DepRead && d.Src != nil {
				r.res.files[d.Path] = d.Src
				if d.Nix {
					nix = append(nix, d.Src)
				}
			}
		}
	}
	seenSrc := map[*eval.Source]bool{}
	var syntax []Diagnostic
	for _, src := range nix {
		if !seenSrc[src] {
			seenSrc[src] = true
			syntax = append(syntax, syntaxErrors(src, r.res.root)...)
		}
	}
	if r.broken {
		// Nix reports the syntax error alone (see broken.go).
		diags = nil
	}
	r.res.Diagnostics = sortedUnique(append(diags, syntax...))
	r.res.quick = r.facts()
	r.res.index = &index{cands: map[*RecipientList][]Candidate{}, extents: map[string]*extents{}}
}

// stopped returns a warning for every time evaluation ran into one of its
// bounds, so that what it could not compute is not taken for all there is.
func (r *run) stopped() []Diagnostic {
	if r.x == nil {
		return nil
	}
	var out []Diagnostic
	for _, st := range r.x.m.Stops() {
		sp := spanOf(st.At)
		if !sp.IsValid() {
			sp = Span{File: r.flakePath()}
		}
		var why string
		switch st.Bound {
		case eval.StepsBound:
			why = "after " + itoa(st.Steps) + " steps (its budget for a module: " + itoa(st.Budget) + ", which grows with the size of the files read)"
		case eval.DepthBound:
			why = "at a nesting depth of " + itoa(eval.DefaultMaxDepth)
		default:
			why = "at a string longer than its bound"
		}
		out = append(out, Diagnostic{Span: sp, Severity: SeverityWarning, Code: CodeStopped,
			Message: "the analysis stopped evaluating here " + why + ": what depends on the values it could not compute is unknown, and neither checked nor shown (Nix has no such bound)"})
	}
	return out
}

func sameDiagnostic(a, b Diagnostic) bool {
	return a.Span == b.Span && a.Code == b.Code && a.Message == b.Message
}

// readOnly reports the computed options also set by hand, with every
// definition's value as the module system shows them.
func (r *run) readOnly(ctx *mergeCtx, p *Policy) []Diagnostic {
	var out []Diagnostic
	for _, m := range ctx.readOnly {
		var computed *Data
		loc := m.at.loc()
		switch last := loc[len(loc)-1]; {
		case last == "sopsYaml":
			if r.res.SopsYAMLKnown {
				// Not r.res.SopsYAML(): the policy may change in a later
				// round of reading config, and that text is kept.
				computed = strData(sopsYAML(p))
			}
		case len(loc) == 6:
			if g := p.Group(loc[2]); g != nil {
				if s := g.Secret(loc[4]); s != nil {
					if last == "_recipients" {
						computed = recipientsData(s)
					} else if s.RuleKnown {
						computed = strData(s.Rule())
					}
				}
			}
		}
		separate := make([]def, len(m.raw))
		for i, d := range m.raw {
			separate[i] = def{file: d.file, val: computed}
			if d.val == computedValue {
				continue
			}
			var c mergeCtx
			final, _ := c.mergeDefinitions([]def{d})
			separate[i].val = nil
			if len(final) > 0 {
				separate[i].val = final[0].val
			}
		}
		msg := readOnlyMessage(loc, separate)
		for _, d := range m.raw {
			if d.val != computedValue {
				out = append(out, Diagnostic{Span: spanOf(d.key), Severity: SeverityError, Code: CodeReadOnly, Message: msg})
			}
		}
	}
	return out
}

// Result is one analysis of a flake.
type Result struct {
	// Dir is the flake's directory (an io/fs path).
	Dir string
	// Policy is flake.secrets.
	Policy *Policy
	// SopsYAMLKnown: the policy has no error and every rule is known, so
	// SopsYAML gives the generated .sops.yaml.
	SopsYAMLKnown bool
	// Diagnostics are every problem found, sorted by file and position.
	Diagnostics []Diagnostic
	// HasFlakeParts: flake.nix calls flake-parts' mkFlake.
	HasFlakeParts bool
	// HasModule: a module imports the secrets-lsp flake module.
	HasModule bool
	// Evaluated are the files evaluated by this analysis (flake.nix and
	// module files); the others were unchanged and their definitions
	// reused.
	Evaluated []string
	// Unreached are the extra files (Options.Extra) that define
	// flake.secrets although no module imports them, each analysed on its
	// own.
	Unreached []*Unreached

	files map[string]*eval.Source
	// broken: a Nix file the flake read has a syntax error; flakeFiles
	// are the files it read, without the extra files analysed on their
	// own (Unreached), for Broken.
	broken     bool
	flakeFiles map[string]bool
	loader     *eval.Loader // the Analyzer's, for Broken
	root       string       // the absolute path of the file system's root
	options    [][]OptionRef
	modules    []*module
	extra      []Diagnostic // of the unreached files
	index      *index
	quick      quickFacts
	deps       depIndexes // see depgroup.go
	// sopsYAML is the generated .sops.yaml, written on first use (it is
	// large: a policy's every rule).
	sopsYAML     string
	sopsYAMLOnce sync.Once
}

// File returns the source of a file the analysis read, for converting
// offsets; nil if it did not read it.
func (r *Result) File(p string) *token.File {
	if s := r.files[p]; s != nil {
		return s.File
	}
	return nil
}

// Files returns the io/fs paths of every file the analysis read, sorted.
func (r *Result) Files() []string {
	out := make([]string, 0, len(r.files))
	for p := range r.files {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// Modules returns the files of the flake's modules, in the order the module
// system collects them.
func (r *Result) Modules() []string {
	var out []string
	for _, m := range r.modules {
		if m.path != "" {
			out = append(out, m.path)
		}
	}
	return out
}

// SopsYAML returns the generated .sops.yaml (flake.sopsYaml) when
// SopsYAMLKnown, else "". The text is written on the first call; it is
// safe for concurrent use.
func (r *Result) SopsYAML() string {
	if !r.SopsYAMLKnown {
		return ""
	}
	r.sopsYAMLOnce.Do(func() { r.sopsYAML = sopsYAML(r.Policy) })
	return r.sopsYAML
}

// HasErrors reports whether some diagnostic is an error.
func (r *Result) HasErrors() bool {
	for _, d := range r.Diagnostics {
		if d.Severity == SeverityError {
			return true
		}
	}
	return false
}

// Unreached is a module file that defines flake.secrets but that no module
// of the flake imports (a new file, open in the editor before it is
// imported). It is analysed on its own, in an open world: recipients may
// come from modules it will be merged with, so only what is wrong whatever
// those hold is reported (unknown options, wrong types, names, keys,
// duplicates within the file, paths), never an unknown recipient name or a
// secret without recipients.
type Unreached struct {
	File   string
	Policy *Policy
	deps   []eval.Dep
}

// unreached analyses the extra files no module imports.
func (r *run) unreached(order []*module) {
	reached := map[string]bool{r.flakePath(): true}
	for _, m := range order {
		reached[m.path] = true
	}
	// A module the flake imports as a value (import ./modules/a.nix in a
	// set of modules) is a file some unit read.
	for _, u := range r.used {
		for _, d := range u.deps {
			if d.Kind == eval.DepRead {
				reached[d.Path] = true
			}
		}
	}
	for _, p := range r.opts.Extra {
		if reached[p] || !strings.HasSuffix(p, ".nix") || !strings.HasPrefix(p, r.dirPrefix()) {
			continue
		}
		mod := r.module(p)
		if mod == nil {
			continue
		}
		at, ok := definesSecrets(mod)
		if !ok {
			continue
		}
		u := &Unreached{File: p, deps: r.a.units[p].deps}
		ctx := &mergeCtx{}
		fl := ctx.mergeModules(collect(mod, r.module, nil))
		r.res.options = append(r.res.options, ctx.allOptions()...)
		b := &builder{checker: r.a.keys, openWorld: true}
		u.Policy = b.policy(fl)
		b.checkFiles(u.Policy)
		// On the definition, or the file's start when it is not known.
		where := Span{File: p}
		if at.Src != nil && at.Src.Path == p {
			where = spanOf(at)
		}
		info := Diagnostic{Span: where, Severity: SeverityInfo, Code: CodeNotReached,
			Message: "no module of the flake in " + path.Join(cmp.Or(r.opts.FSRoot, "/"), r.dir) + " imports this file: it is checked on its own, without the recipients other modules declare"}
		for _, d := range append(append(ctx.diags, b.diags...), info) {
			if d.File == p {
				r.res.extra = append(r.res.extra, d)
			}
		}
		r.res.Unreached = append(r.res.Unreached, u)
	}
}

func (r *run) dirPrefix() string {
	if r.dir == "." {
		return ""
	}
	return r.dir + "/"
}

// definesSecrets reports whether a module (or one written inside it)
// defines flake.secrets, and where, as far as known.
func definesSecrets(m *module) (eval.Origin, bool) {
	for _, d := range m.config {
		fl := d.val.Lookup("flake")
		if fl != nil && fl.Lookup("secrets") != nil {
			return fl.KeyOf("secrets"), true
		}
		if fl != nil && fl.propType() != "" || d.val.propType() != "" {
			return d.key, true
		}
	}
	for _, imp := range m.imports {
		if imp.inline != nil {
			if at, ok := definesSecrets(imp.inline); ok {
				return at, true
			}
		}
	}
	return eval.Origin{}, false
}
