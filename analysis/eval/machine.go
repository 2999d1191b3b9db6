package eval

import (
	"fmt"
	"io/fs"
	"path"
	"sync"

	"github.com/secrets-lsp/secrets-lsp/nixparse"
	"github.com/secrets-lsp/secrets-lsp/nixparse/ast"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Default bounds of evaluation: steps (expressions evaluated plus builtin
// work) and nesting depth. Past them, values become unknown. The bound on
// steps holds for each evaluation Renew starts (each module) and grows with
// the input: every byte of every file the Machine reads adds
// DefaultStepsPerByte steps, so that a large inventory (a hosts.json of
// thousands of hosts filtered for every secret) is evaluated completely
// while a small file that loops is stopped soon.
const (
	DefaultMaxSteps     = 10_000_000
	DefaultStepsPerByte = 100
	DefaultMaxDepth     = 3000
)

// Config configures a Machine.
type Config struct {
	FS       fs.FS   // the workspace: every file the evaluator reads
	Loader   *Loader // shared between Machines to reuse parses; nil for a private one
	MaxSteps int     // the base bound on steps (see Renew); 0 for DefaultMaxSteps
	MaxDepth int     // 0 for DefaultMaxDepth
	// StepsPerByte is what each byte of a file read adds to the bound on
	// steps: 0 for DefaultStepsPerByte, negative for nothing.
	StepsPerByte int
	// MkFlake, when set, is what flake-parts' lib.mkFlake evaluates to:
	// the analysis sees the module a flake hands to flake-parts.
	MkFlake func(args, module *Thunk, call Origin) Value
	// Root is the absolute path the root of FS stands for ("/" when
	// empty): Nix paths are absolute, and those under Root are in FS.
	Root string
}

// Machine evaluates Nix expressions lazily, with an explicit unknown value.
// A Machine is not safe for concurrent use; its values are immutable once
// forced and may be read by other goroutines afterwards.
type Machine struct {
	cfg    Config
	loader *Loader
	steps  int
	// start is where the steps of the current evaluation (Renew) began,
	// grown what the files read add to every budget, maxSteps the current
	// bound: start + cfg.MaxSteps + grown.
	start, grown, maxSteps int
	// stops are where evaluation ran into a bound, one per evaluation at
	// most; renewals counts the evaluations.
	stops    []Stop
	renewals int
	depth    int
	imports  map[string]*Thunk
	loaded   map[string]*Source
	reads    map[string]int // imports and reads of each file, see Reads
	order    []*Source
	nix      []*Source
	cur      *[]Dep
	builtins *Attrs
	lib      *Attrs
	known    map[*Attrs][]string // see misspelt
	regexps  map[string]*regexpEntry
	names    map[*Attrs][]*Thunk // see setNames
	decoded  map[Origin]Value    // see FromJSON
}

// NewMachine returns a Machine over cfg.FS.
func NewMachine(cfg Config) *Machine {
	if cfg.MaxSteps <= 0 {
		cfg.MaxSteps = DefaultMaxSteps
	}
	if cfg.MaxDepth <= 0 {
		cfg.MaxDepth = DefaultMaxDepth
	}
	if cfg.StepsPerByte == 0 {
		cfg.StepsPerByte = DefaultStepsPerByte
	}
	m := &Machine{cfg: cfg, loader: cfg.Loader, maxSteps: cfg.MaxSteps, imports: make(map[string]*Thunk), loaded: make(map[string]*Source), reads: make(map[string]int)}
	if m.loader == nil {
		m.loader = NewLoader()
	}
	t := tables()
	m.builtins, m.lib, m.known = t.builtins, t.lib, t.known
	return m
}

// sharedTables are the builtins and lib sets, and every name the real
// sets (lib's namespaces too) have, modelled or not.
type sharedTables struct {
	builtins, lib *Attrs
	known         map[*Attrs][]string
}

// tables returns the sharedTables, made once: they are immutable (ready
// thunks of functions that receive the Machine when called), so every
// Machine shares them.
var tables = sync.OnceValue(func() sharedTables {
	t := sharedTables{builtins: makeBuiltins(), known: map[*Attrs][]string{}}
	t.lib = makeLib(t.known)
	t.known[t.builtins] = builtinNames
	return t
})

// Steps returns the number of evaluation steps taken so far.
func (m *Machine) Steps() int { return m.steps }

// Renew starts an evaluation with a budget of its own: the base bound on
// steps plus what the files read add. The analysis renews it for every
// module, so that one that loops does not starve the others.
func (m *Machine) Renew() {
	m.renewals++
	m.start = m.steps
	m.maxSteps = m.steps + m.cfg.MaxSteps + m.grown
}

// Stop is one time evaluation ran into a bound: which one (StepsBound,
// StringBound, DepthBound), where first if known, and the steps taken by
// the evaluation Renew started and its budget then. Values computed past a
// bound are unknown, and so are those of thunks they were forcing, for the
// rest of the Machine's life.
type Stop struct {
	Bound         string
	At            Origin
	Steps, Budget int
	renewal       int
}

// Stops returns every time evaluation ran into a bound, in order.
func (m *Machine) Stops() []Stop { return m.stops }

// Sources returns every file the Machine has read, in the order it first
// read them.
func (m *Machine) Sources() []*Source { return m.order }

// NixSources returns the files the Machine has evaluated as Nix (imported),
// in the order it first did.
func (m *Machine) NixSources() []*Source { return m.nix }

// Lib returns the Machine's model of nixpkgs' lib.
func (m *Machine) Lib() *Attrs { return m.lib }

// Builtins returns the builtins attribute set.
func (m *Machine) Builtins() *Attrs { return m.builtins }

// Thunk is a value not evaluated yet, evaluated at most once.
type Thunk struct {
	expr ast.Expr
	// set, instead of expr: a set merged from attribute paths, or a
	// written set merged with them (see nested).
	set   *ast.AttrDef
	env   *Env
	src   *Source
	fn    func() Value
	val   Value
	deps  []Dep
	state uint8
}

const (
	pending uint8 = iota
	running
	done
)

// Ready returns a thunk holding v.
func Ready(v Value) *Thunk { return &Thunk{val: v, state: done} }

// Lazy returns a thunk that computes fn when first forced.
func Lazy(fn func() Value) *Thunk { return &Thunk{fn: fn} }

// Forced returns the value of t if it was forced already, or nil.
func (t *Thunk) Forced() Value {
	if t.state == done {
		return t.val
	}
	return nil
}

// Deps returns what t's value depends on in the file system; valid once
// t is forced.
func (t *Thunk) Deps() []Dep { return t.deps }

// Force evaluates t (once) and returns its value. Every file the
// evaluation reads, directly or through other thunks, is recorded in t's
// dependencies and in those of the thunk being forced around it.
func (m *Machine) Force(t *Thunk) Value {
	switch t.state {
	case done:
		m.addDeps(t.deps)
		return t.val
	case running:
		return m.recursion(t)
	}
	t.state = running
	saved := m.cur
	m.cur = &t.deps
	var v Value
	switch {
	case t.fn != nil:
		v = t.fn()
	case t.set != nil:
		v = m.attrsFrom(t.set.Nested, t.env, t.src, nestedOrigin(t.src, t.set))
	default:
		v = m.eval(t.expr, t.env, t.src)
	}
	m.cur = saved
	t.val, t.state, t.expr, t.set, t.env, t.fn = v, done, nil, nil, nil, nil
	m.addDeps(t.deps)
	return v
}

// Track runs fn and returns its result with every dependency recorded
// while it ran.
func (m *Machine) Track(fn func()) []Dep {
	var deps []Dep
	saved := m.cur
	m.cur = &deps
	fn()
	m.cur = saved
	m.addDeps(deps)
	return deps
}

func (m *Machine) addDeps(ds []Dep) {
	if m.cur == nil {
		return
	}
	for _, d := range ds {
		m.addDep(d)
	}
}

func (m *Machine) addDep(d Dep) {
	if m.cur == nil {
		return
	}
	for i, x := range *m.cur {
		if x.Kind == d.Kind && x.Path == d.Path {
			(*m.cur)[i].Nix = x.Nix || d.Nix // read, then imported
			return
		}
	}
	*m.cur = append(*m.cur, d)
}

// Env is a scope: the variables of a let, a rec set or a function call, or
// the attribute set of a with.
type Env struct {
	parent *Env
	names  []string // not modified: often shared by every call of a function
	vals   []*Thunk
	index  map[string]int
	with   *Thunk
	// one holds the value of a scope of one variable (x: …), so that a
	// call of such a function allocates a single object.
	one [1]*Thunk
}

// NewEnv returns a scope binding names to thunks, inside parent.
func NewEnv(parent *Env, names []string, vals []*Thunk) *Env {
	e := &Env{parent: parent}
	e.bind(names, vals)
	return e
}

// bind sets the variables of e.
func (e *Env) bind(names []string, vals []*Thunk) {
	e.names, e.vals = names, vals
	if len(names) > 12 {
		e.index = make(map[string]int, len(names))
		for i, n := range names {
			e.index[n] = i
		}
	}
}

func (e *Env) local(name string) *Thunk {
	t, _ := e.slot(name)
	return t
}

// slot returns the variable name of the scope e, and whether e binds it:
// a scope being made (a let's, a rec set's) binds its names before their
// values exist (nil until then).
func (e *Env) slot(name string) (*Thunk, bool) {
	if e.index != nil {
		if i, ok := e.index[name]; ok {
			return e.vals[i], true
		}
		return nil, false
	}
	for i := len(e.names) - 1; i >= 0; i-- {
		if e.names[i] == name {
			return e.vals[i], true
		}
	}
	return nil, false
}

// lookup finds a variable the way Nix does: lexical scopes first, then the
// global builtins, then the enclosing withs from the innermost.
func (m *Machine) lookup(env *Env, name string, o Origin) *Thunk {
	for e := env; e != nil; e = e.parent {
		if e.with == nil {
			if t := e.local(name); t != nil {
				return t
			}
		}
	}
	if t := m.global(name); t != nil {
		return t
	}
	for e := env; e != nil; e = e.parent {
		if e.with == nil {
			continue
		}
		switch v := m.Force(e.with).(type) {
		case *Attrs:
			if t := v.Lookup(name); t != nil {
				return t
			}
			if v.Open && !m.misspelt(v, name) {
				return Ready(&Unknown{Reason: "variable " + name + " from an unknown with", O: o})
			}
		case *Unknown:
			return Ready(&Unknown{Reason: "variable " + name + " from an unknown with", Err: v.Err, O: o})
		default:
			return Ready(m.fail(o, "value is %s while a set was expected", v.Kind().Article()))
		}
	}
	// Every with's set is known to lack the name (as a select on a known
	// set fails): Nix's error, at the variable.
	return Ready(m.fail(o, "undefined variable '%s'", name))
}

func (m *Machine) global(name string) *Thunk {
	if name == "builtins" {
		return Ready(m.builtins)
	}
	if !nixparse.NixCurrent.Has(name) {
		return nil
	}
	if len(name) > 2 && name[:2] == "__" {
		name = name[2:]
	}
	if t := m.builtins.Lookup(name); t != nil {
		return t
	}
	return Ready(&Unknown{Reason: "builtin " + name})
}

// origin returns the origin of node n in src.
func origin(src *Source, n ast.Node, lit LitKind) Origin {
	return Origin{Src: src, Start: n.Pos(), End: n.End(), Lit: lit}
}

// fail returns a certain failure at o.
func (m *Machine) fail(o Origin, format string, args ...any) *Unknown {
	return &Unknown{Reason: "error", Err: &Error{Msg: sprintf(format, args...), O: o}, O: o}
}

// unknown returns an unknown value at o.
func unknown(o Origin, reason string) *Unknown { return &Unknown{Reason: reason, O: o} }

// propagate returns the unknown v, re-anchored at o but keeping its failure.
func propagate(v *Unknown, o Origin) *Unknown {
	if v.O.IsValid() {
		return v
	}
	err := v.Err
	if err != nil && !err.O.IsValid() {
		e := *err
		e.O = o
		err = &e
	}
	return &Unknown{Reason: v.Reason, Err: err, O: o}
}

// budget reports whether evaluation may go on; it counts one step.
func (m *Machine) budget() bool {
	m.steps++
	return m.steps <= m.maxSteps || m.stop(StepsBound)
}

// The bounds Stopped reports.
const (
	StepsBound  = "steps"
	StringBound = "string length"
	DepthBound  = "depth"
)

// stop records that evaluation ran into a bound, once per evaluation; it
// returns false.
func (m *Machine) stop(bound string) bool {
	if n := len(m.stops); n == 0 || m.stops[n-1].renewal != m.renewals {
		m.stops = append(m.stops, Stop{Bound: bound, Steps: m.steps - m.start, Budget: m.maxSteps - m.start, renewal: m.renewals})
	}
	return false
}

// exhausted is the unknown value of an evaluation at o stopped by a
// bound.
func (m *Machine) exhausted(o Origin, reason string) *Unknown {
	if n := len(m.stops); n > 0 && !m.stops[n-1].At.IsValid() {
		m.stops[n-1].At = o
	}
	return unknown(o, reason)
}

const budgetExhausted = "evaluation budget exhausted"

// maxString bounds the strings evaluation builds (Nix has no such bound,
// but no policy needs more, and doubling a string thirty times would).
const maxString = 16 << 20

// chargeBytes counts building a string of n bytes: a step per 256 bytes,
// and fails past maxString.
func (m *Machine) chargeBytes(n int) bool {
	return (n <= maxString || m.stop(StringBound)) && m.charge(n/256)
}

// charge counts n steps of builtin work.
func (m *Machine) charge(n int) bool {
	m.steps += n
	return m.steps <= m.maxSteps || m.stop(StepsBound)
}

// FilePath is the file import reads for the io/fs path name: name, or its
// default.nix when name is a directory.
func (m *Machine) FilePath(name string) string {
	if fi, err := fs.Stat(m.cfg.FS, name); err == nil && fi.IsDir() {
		return path.Join(name, "default.nix")
	}
	return name
}

// ImportFailure is Nix's error for importing the io/fs path name when the
// file is missing or cannot be read, "" when it can. It opens the file
// without reading it, so it counts as no read (Reads), and records its
// existence as a dependency.
func (m *Machine) ImportFailure(name string) string {
	file := m.FilePath(name)
	stamp := existsStamp(m.cfg.FS, file)
	m.addDep(Dep{Kind: DepExists, Path: file, Stamp: stamp})
	if stamp == "n" {
		if file != name {
			// A directory without default.nix: Nix opens that file.
			m.addDep(Dep{Kind: DepExists, Path: name, Stamp: "y"})
			return fmt.Sprintf("opening file '%s': No such file or directory", m.absPath(file))
		}
		return fmt.Sprintf("getting status of '%s': No such file or directory", m.absPath(name))
	}
	name = file
	err := regular(m.cfg.FS, name)
	if err == nil {
		var f fs.File
		if f, err = m.cfg.FS.Open(name); err == nil {
			f.Close()
		}
	}
	if err != nil {
		return fmt.Sprintf("opening file '%s': %s", m.absPath(name), readError(err))
	}
	return ""
}

// EvalFile evaluates the Nix file at the io/fs path name, as import does.
func (m *Machine) EvalFile(name string) *Thunk {
	return m.importPath(m.absPath(name), Origin{})
}

// Reads returns how often the Machine has imported or read the file at the
// io/fs path name: a value written in a file read once can only have gone
// where that one read took it.
func (m *Machine) Reads(name string) int { return m.reads[name] }

// Load reads a file of the workspace through the Machine, recording it.
func (m *Machine) Load(name string) (*Source, error) {
	m.reads[name]++
	if s, ok := m.loaded[name]; ok {
		m.addDep(Dep{Kind: DepRead, Path: name, Src: s})
		return s, nil
	}
	s, err := m.loader.Load(m.cfg.FS, name)
	if err != nil {
		return nil, err
	}
	m.record(name, s)
	m.addDep(Dep{Kind: DepRead, Path: name, Src: s})
	return s, nil
}

// record notes that the file name was read for the first time: what it
// adds to the budget of every evaluation.
func (m *Machine) record(name string, s *Source) {
	if m.cfg.StepsPerByte > 0 {
		n := m.cfg.StepsPerByte * len(s.File.Source())
		m.grown += n
		m.maxSteps += n
	}
	m.loaded[name] = s
	m.order = append(m.order, s)
}

// Budget returns the bound on the steps of the current evaluation (see
// Renew): the base bound and what the files read so far add.
func (m *Machine) Budget() int { return m.maxSteps - m.start }

// Handover takes the import of the file name (io/fs path, as importPath
// names it) out of m and returns it, for another Machine to Adopt: m
// imports it afresh if asked again. ok is false unless m imported it as a
// function of the file's top level (a module written { lib, ... }: …),
// whose value holds nothing of m's: no scope, no thunk another call
// made. Such a value can move to another Machine.
func (m *Machine) Handover(name string) (t *Thunk, src *Source, ok bool) {
	t, src = m.imports[name], m.loaded[name]
	if t == nil || src == nil {
		return nil, nil, false
	}
	f, isFunc := t.Forced().(*Func)
	if !isFunc || f.lambda == nil || f.lambda.env != nil || len(f.args) > 0 {
		return nil, nil, false
	}
	delete(m.imports, name)
	return t, src, true
}

// Adopt records that m imported the file name (not read before) as t,
// which another Machine evaluated and handed over (Handover), reading it
// reads times: afterwards m is as if it had done so itself.
func (m *Machine) Adopt(name string, src *Source, t *Thunk, reads int) {
	m.reads[name] += reads
	m.record(name, src)
	m.nix = append(m.nix, src)
	m.imports[name] = t
}

// importPath evaluates the file at the absolute path p (a directory means
// its default.nix), once per Machine.
func (m *Machine) importPath(p string, o Origin) *Thunk {
	name, ok := m.fsPath(p)
	if !ok {
		return Ready(unknown(o, "import of "+p+", outside the workspace"))
	}
	name = m.FilePath(name)
	if t, ok := m.imports[name]; ok {
		m.reads[name]++
		if s := m.loaded[name]; s != nil {
			m.addDep(Dep{Kind: DepRead, Path: name, Src: s, Nix: true})
		}
		return t
	}
	src, err := m.Load(name)
	if err != nil {
		m.addDep(Dep{Kind: DepExists, Path: name, Stamp: "n"})
		var v Value
		if errNotExist(err) {
			v = m.fail(o, "getting status of '%s': No such file or directory", p)
		} else {
			v = m.fail(o, "opening file '%s': %s", p, readError(err))
		}
		t := Ready(v)
		m.imports[name] = t
		return t
	}
	m.addDep(Dep{Kind: DepRead, Path: name, Src: src, Nix: true})
	m.nix = append(m.nix, src)
	var t *Thunk
	if len(src.Errors()) > 0 {
		// Nix parses a file before it evaluates it and stops at its first
		// syntax error: what the tree recovered from it holds (imports,
		// reads) is not evaluated.
		t = Ready(unknown(o, "a file with a syntax error"))
	} else if f, _ := src.Nix(); f.Expr != nil {
		t = &Thunk{expr: f.Expr, src: src}
	} else {
		t = Ready(unknown(o, "empty file"))
	}
	m.imports[name] = t
	return t
}

// Eval evaluates the expression x of src in env (nil for the top level).
func (m *Machine) Eval(x ast.Expr, env *Env, src *Source) Value { return m.eval(x, env, src) }

// NewThunk returns a thunk of expression x of src in env.
func NewThunk(x ast.Expr, env *Env, src *Source) *Thunk { return &Thunk{expr: x, env: env, src: src} }

// thunk returns a thunk for x in env, or the value right away when x is
// cheap and certain (a literal or a variable already bound).
func (m *Machine) thunk(x ast.Expr, env *Env, src *Source) *Thunk {
	switch x := x.(type) {
	case *ast.Ident:
	scopes:
		for e := env; e != nil; e = e.parent {
			if e.with != nil {
				continue
			}
			if t, bound := e.slot(x.Name); bound {
				if t != nil {
					return t
				}
				break scopes // a binding of a scope being made
			}
		}
	case *ast.String:
		if s, ok := x.Static(); ok {
			lit := NixString
			if x.Indented {
				lit = Computed
			}
			return readyStr(s, origin(src, x, lit))
		}
	case *ast.Int:
		return Ready(&Int{N: x.Value, O: origin(src, x, Literal)})
	}
	return &Thunk{expr: x, env: env, src: src}
}

// posOf returns token positions of the file for messages.
func posOf(o Origin) token.Position {
	if o.Src == nil {
		return token.Position{}
	}
	return o.Src.File.Position(o.Start)
}

// FSPath converts an absolute Nix path to an io/fs path of the analysed
// file system; ok is false for a path outside it.
func (m *Machine) FSPath(p string) (string, bool) { return m.fsPath(p) }

// AbsPath converts an io/fs path to the absolute Nix path it stands for.
func (m *Machine) AbsPath(fsPath string) string { return m.absPath(fsPath) }

// MkFlakeFunc returns flake-parts' lib.mkFlake: a function of two
// arguments that hands them to Config.MkFlake.
func (m *Machine) MkFlakeFunc(o Origin) Value {
	return &Func{prim: &prim{name: "mkFlake", arity: 2, fn: func(m *Machine, a []*Thunk, call Origin) Value {
		if m.cfg.MkFlake == nil {
			return unknown(call, "flake-parts mkFlake")
		}
		return m.cfg.MkFlake(a[0], a[1], call)
	}}, O: o}
}

// EvalFlakeModuleFunc returns flake-parts' lib.evalFlakeModule, mkFlake's
// core: a function of the same two arguments, handed to Config.MkFlake,
// whose lib.evalModules result has as config.flake what mkFlake returns.
func (m *Machine) EvalFlakeModuleFunc(o Origin) Value {
	mkFlake := m.MkFlakeFunc(o)
	return &Func{prim: &prim{name: "evalFlakeModule", arity: 2, fn: func(m *Machine, a []*Thunk, call Origin) Value {
		config := NewAttrs(map[string]Value{"flake": m.Call(mkFlake, call, a...)}, true, call)
		return NewAttrs(map[string]Value{"config": config}, true, call)
	}}, O: o}
}

// NewAttrs returns a set of the given values.
func NewAttrs(vals map[string]Value, open bool, o Origin) *Attrs {
	var b attrsBuilder
	for n, v := range vals {
		b.add(n, Ready(v), Origin{})
	}
	return b.build(o, open)
}

// NewAttrsOf returns a set of the given thunks.
func NewAttrsOf(vals map[string]*Thunk, open bool, o Origin) *Attrs {
	var b attrsBuilder
	for n, t := range vals {
		b.add(n, t, Origin{})
	}
	return b.build(o, open)
}

// NewList returns a list of the given values.
func NewList(vals []Value, o Origin) *List {
	elems := make([]*Thunk, len(vals))
	for i, v := range vals {
		elems[i] = Ready(v)
	}
	return &List{Elems: elems, O: o}
}

// With returns a copy of a with the attribute name set to t.
func (a *Attrs) With(name string, t *Thunk) *Attrs {
	var b attrsBuilder
	for i, n := range a.Names {
		b.add(n, a.Vals[i], a.Keys[i])
	}
	b.add(name, t, Origin{})
	return b.build(a.O, a.Open)
}

// Without returns a copy of a without the given attributes.
func Without(a *Attrs, names []string) *Attrs {
	out := &Attrs{Open: a.Open, O: a.O}
outer:
	for i, n := range a.Names {
		for _, drop := range names {
			if n == drop {
				continue outer
			}
		}
		out.Names = append(out.Names, n)
		out.Vals = append(out.Vals, a.Vals[i])
		out.Keys = append(out.Keys, a.Keys[i])
	}
	return out
}

// LibFunc returns the modelled lib function called name (flake-parts'
// importApply among them), or an unknown value.
func (m *Machine) LibFunc(name string) Value {
	if t := m.lib.Lookup(name); t != nil {
		return m.Force(t)
	}
	return &Unknown{Reason: "lib." + name}
}

// Formal is one named argument of a function's pattern.
type Formal struct {
	Name       string
	HasDefault bool
	O          Origin
}

// Formals returns the pattern of a lambda ({ a, b ? 1, ... }): its named
// arguments and whether it has an ellipsis; ok is false for other values.
// Pos is where the lambda starts.
func Formals(v Value) (formals []Formal, ellipsis bool, pos Origin, ok bool) {
	f, isFunc := v.(*Func)
	if !isFunc || f.lambda == nil || f.lambda.node.Formals == nil {
		return nil, false, Origin{}, false
	}
	node, src := f.lambda.node, f.lambda.src
	for _, fm := range node.Formals.List {
		formals = append(formals, Formal{Name: fm.Name.Name, HasDefault: fm.Default != nil, O: origin(src, fm.Name, NixIdent)})
	}
	return formals, node.Formals.Ellipsis.IsValid(), origin(src, node, Literal), true
}

// Afford charges the steps forcing a literal takes (see Lit.Steps) when
// the budget has room for them all and the depth for its parentheses;
// otherwise it charges nothing and reports false, and evaluation must take
// the literal's place, to stop where it would.
func (m *Machine) Afford(steps int) bool {
	if m.steps+steps > m.maxSteps || m.depth+maxLitParens+1 > m.cfg.MaxDepth {
		return false
	}
	m.steps += steps
	return true
}
