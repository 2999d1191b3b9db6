package analysis

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
	"github.com/secrets-lsp/secrets-lsp/internal/editdist"
)

// This file follows a flake the way `nix eval .#secrets` does: flake.nix's
// outputs called with its inputs, flake-parts' mkFlake, the module it is
// given, and every module that imports (breadth first, as the module system
// collects them). Each module is reduced to its definitions of the option
// `flake` (restricted to flake.secrets and flake.sopsYaml) and its imports,
// as Data, so that an unchanged module file needs no evaluation next time.

// module is one module of the flake's module tree.
type module struct {
	key    string // its identity: the absolute path of its file, its key attribute, or parent:anon-N
	path   string // the io/fs path of its file, for a module file
	file   string // as messages name it: relative to the flake root
	config []def  // its config (mkMerge and mkIf pushed down), as far as the analysis follows it
	// declares are the top-level options the module declares.
	declares map[string]*declTree
	imports  []importRef
	// unseen: an import the analysis cannot follow (inputs.foo.flakeModule),
	// which may declare options.
	unseen bool
	// disables are the keys of the modules its disabledModules removes.
	disables []string
	// optionDecls and optionDefs are the module's declarations and
	// definitions of top-level options of its own (evaluator values:
	// modules with some are evaluated on every analysis).
	optionDecls []eval.Named
	optionDefs  []eval.Named
	// groupTypeDefs and secretTypeDefs are what the module adds to every
	// group and every secret by extending their types.
	// ext are what the module adds to the types of groups, secrets and
	// recipients.
	ext map[*option]*extension
	// aliases are the options whose definitions the module forwards
	// (lib.mkAliasOptionModule): from a top-level name to an option path.
	aliases []alias
	// partitions are the modules it gives flake-parts' partitions, by
	// name ("": any partition, a definition not followed).
	partitions map[string]*partition
	// errors are the module system's errors about the module itself.
	errors []Diagnostic
	policy bool        // the flake-parts module of secrets-lsp itself
	origin eval.Origin // where it was written
}

// extension is what modules add to a submodule type of the policy.
type extension struct {
	defs    []def    // definitions in every group, secret or recipient
	options []string // options declared beside the module's
	// defaults are the declared defaults of those options (nil: none).
	defaults map[string]*Data
	// opaque: the definitions depend on each one's own config; perItem
	// then makes them for one group, secret or recipient from its config.
	opaque  bool
	perItem []func(name string, cfg eval.Value) []def
}

// alias forwards the definitions of a top-level option to another option.
type alias struct {
	from string
	to   []string
}

// importRef is one element of a module's imports.
type importRef struct {
	path   string  // a module file (io/fs path), or ""
	inline *module // a module written in place
	policy bool    // inputs.secrets-lsp.flakeModules.default
	origin eval.Origin
}

// unit is what evaluating one file yields: for flake.nix, the module given
// to mkFlake; for a module file, that module. It is reused while its
// dependencies hold.
type unit struct {
	path    string
	deps    []eval.Dep
	root    *module
	mkFlake bool // flake.nix: mkFlake was found
	// foreign: flake.nix calls no mkFlake, and its outputs may still
	// have secrets (they are not a set known in full without them).
	foreign  bool
	stamp    string // flake.nix: its inputs (names and URLs)
	notFlake bool   // flake.nix does not evaluate to a flake
	// usesConfig: a module of the unit reads the module argument config
	// (or self's outputs, or a module argument only another module
	// gives), so its definitions depend on the policy itself.
	usesConfig bool
	// perSystem: the unit defines flake-parts' perSystem, systems or
	// allSystems (perSystemOptions), which the analysis evaluates only
	// when some module reads them.
	perSystem bool
	// provides: the unit defines what config may read beside the policy
	// (other flake outputs, _module.args), which lives in the evaluator.
	provides bool
	// stopped: evaluation ran into a bound while (or before) the unit was
	// evaluated, so that its definitions may miss what a fresh analysis
	// would find: it is not reused.
	stopped bool
	// ownReads is how often evaluating the unit imported or read its own
	// file: once, unless the file imports or reads itself.
	ownReads int
	// steps is how many evaluation steps the unit took.
	steps int
}

// policyModule stands for the secrets-lsp flake-parts module. It defines
// flake.sopsYaml (read-only).
var policyModule = &module{
	key: "secrets-lsp:flakeModules.default", file: policyModuleFile, policy: true,
	config: []def{{val: attrsData("flake", attrsData("sopsYaml", computedValue)), file: policyModuleFile}},
}

// policyMarker is the attribute that marks the value standing for the
// secrets-lsp module among a flake's inputs.
const policyMarker = "__secrets-lsp-flake-module"

// extractor evaluates the files of one flake within one Machine.
type extractor struct {
	m        *eval.Machine
	snap     *snapshotter
	root     string // the flake's directory (io/fs path)
	args     *eval.Attrs
	inputs   *eval.Attrs
	stamp    []string
	mkFlakes []*eval.Thunk
	mkArgs   []*eval.Thunk // the first arguments of mkFlake ({ inherit inputs; specialArgs …; })
	// noSecrets: the outputs are a set known in full without secrets.
	noSecrets bool
	// special are mkFlake's specialArgs: more module arguments.
	special map[string]*eval.Thunk
	// config is the value of the module argument config (nil: unknown);
	// configUsed, set per unit, records that a module read it.
	config     eval.Value
	configUsed *bool
	unit       *unit
	// extras are, per unit, the other flake outputs its modules define;
	// argDefs the module arguments (_module.args) it gives; order the
	// modules as last collected.
	extras  map[string][]extraDef
	argDefs map[string]map[string]*eval.Thunk
	// fpDefs are, per unit, its definitions of perSystemOptions;
	// perSystem evaluates those the previous config round collected (nil
	// before).
	fpDefs    map[string][]extraDef
	perSystem *flakePartsConfig
	// partitionDefs are the definitions of partitions in the config being
	// taken (configDefs reads them once it is taken).
	partitionDefs []*eval.Thunk
	// outputsSeen: self holds every flake output (see outputsSeen), as
	// the previous config round collected them.
	outputsSeen bool
	// argUnit is the unit that gives each module argument in argDefs.
	argUnit map[*eval.Thunk]*unit
	order   []*module
	// policy is the policy computed so far (for self.secrets).
	policy *Policy
	// curModule is the module whose config is being taken.
	curModule *module
	// argsClosed: every module that may give module arguments is known
	// (no import the analysis cannot follow), so an argument none gives
	// is missing.
	argsClosed bool
	// roundArgs are the module arguments the previous config round
	// collected from every unit.
	roundArgs map[string]*eval.Thunk
	// roundOutputs are the flake outputs the previous config round
	// collected from every unit (a unit evaluated again drops its own
	// from flakeOutputs, but its self holds them).
	roundOutputs map[string]*eval.Thunk
	// importing counts the imports being forced: the module system
	// collects them before config exists, so reading config there is
	// infinite recursion.
	importing int
	// options is the module argument options, the same for every module.
	options *eval.Attrs
	// roundOptions are what options holds for the options the flake's
	// modules declare, as the previous config round merged them (nil
	// before: not known).
	roundOptions map[string]*eval.Thunk
}

func newExtractor(cfg eval.Config, root string) *extractor {
	x := &extractor{root: root}
	cfg.MkFlake = func(args, mod *eval.Thunk, o eval.Origin) eval.Value {
		x.mkFlakes = append(x.mkFlakes, mod)
		x.mkArgs = append(x.mkArgs, args)
		return &eval.Attrs{Open: true, O: o}
	}
	x.m = eval.NewMachine(cfg)
	x.snap = newSnapshotter(x.m)
	x.snap.topConfig = func() *eval.Thunk { return x.moduleArgs().Lookup("config") }
	x.snap.dir = strings.TrimSuffix(x.m.AbsPath(root), "/") + "/"
	x.extras = map[string][]extraDef{}
	x.argDefs = map[string]map[string]*eval.Thunk{}
	x.fpDefs = map[string][]extraDef{}
	x.argUnit = map[*eval.Thunk]*unit{}
	x.snap.ownConfig = x.ownConfig
	x.snap.onExtra = func(kind, name string, key eval.Origin, t *eval.Thunk) {
		u := x.unit
		if kind == "flake-parts" {
			// Kept for this run only: a unit defining perSystem is
			// evaluated again when another reads it (perSystemDefs).
			u.perSystem = true
			if x.curModule != nil {
				x.fpDefs[u.path] = append(x.fpDefs[u.path], extraDef{x.curModule.key, x.curModule.file, name, t})
			}
			return
		}
		u.provides = true
		switch {
		case kind == "option" && x.curModule != nil:
			x.curModule.optionDefs = append(x.curModule.optionDefs, eval.Named{Name: name, File: x.curModule.file, T: t})
			if name == "partitions" {
				x.partitionDefs = append(x.partitionDefs, t)
			}
		case kind == "flake" && x.curModule != nil:
			x.extras[u.path] = append(x.extras[u.path], extraDef{x.curModule.key, x.curModule.file, name, t})
			if name != "secrets" && editdist.OSA(name, "secrets") <= 2 && key.Src != nil {
				// flake-parts takes any flake output: a misspelt policy
				// is one more, and the policy silently lacks it.
				x.curModule.errors = append(x.curModule.errors, Diagnostic{Span: spanOf(key), Severity: SeverityWarning, Code: CodeNotPolicy,
					Message: "flake." + name + " is a flake output of its own, not the policy flake.secrets: Nix accepts it and ignores it for .sops.yaml",
					Hint:    `did you mean "secrets"?`})
			}
		case kind == "args":
			if x.argDefs[u.path] == nil {
				x.argDefs[u.path] = map[string]*eval.Thunk{}
			}
			x.argDefs[u.path][name] = t
			x.argUnit[t] = u
		}
	}
	return x
}

// extraDef is one module's definition of a flake output other than the
// policy (flake.lib, flake.inventory, …).
type extraDef struct {
	module, file, name string
	t                  *eval.Thunk
}

// flakeOutputs returns the flake outputs modules define beside the policy,
// as config.flake and self show them: flake-parts' freeform flake
// attributes take one definition; several are an error when read.
func (x *extractor) flakeOutputs() map[string]*eval.Thunk {
	byName := map[string][]extraDef{}
	var names []string
	for _, m := range x.order {
		for _, recs := range x.extras {
			for _, r := range recs {
				if r.module != m.key {
					continue
				}
				if byName[r.name] == nil {
					names = append(names, r.name)
				}
				byName[r.name] = append(byName[r.name], r)
			}
		}
	}
	out := map[string]*eval.Thunk{}
	for _, n := range names {
		defs := byName[n]
		if len(defs) == 1 {
			out[n] = x.output(n, defs[0].t)
			continue
		}
		out[n] = eval.Lazy(func() eval.Value {
			shown := make([]def, len(defs))
			for i, d := range defs {
				shown[i] = def{val: x.snap.thunk(d.t, 0), file: d.file}
			}
			msg := uniqueMessage([]string{"flake", n}, freeformHelp+"\n", shown)
			return &eval.Unknown{Reason: "error", Err: &eval.Error{Msg: msg}}
		})
	}
	return out
}

// output is the value of a flake output defined once, as the module
// system discharges its properties: mkOverride and mkOrder give their
// content, an mkIf its content when its condition is known to hold; an
// mkIf that may not hold, or an mkMerge, is not modelled here: unknown,
// not the property's own set.
func (x *extractor) output(name string, t *eval.Thunk) *eval.Thunk {
	return eval.Lazy(func() eval.Value {
		v := x.m.Force(t)
		for {
			a, ok := v.(*eval.Attrs)
			if !ok {
				return v
			}
			p := x.snap.prop(a)
			if p == "" {
				return v
			}
			content, cond := a.Lookup("content"), a.Lookup("condition")
			switch {
			case content == nil || p == "merge":
				return &eval.Unknown{Reason: "flake." + name + " under mkMerge"}
			case p == "if" && (cond == nil || !isTrue(x.m.Force(cond))):
				return &eval.Unknown{Reason: "flake." + name + " under an mkIf that may not hold"}
			}
			v = x.m.Force(content)
		}
	})
}

func isTrue(v eval.Value) bool {
	b, ok := v.(*eval.Bool)
	return ok && b.B
}

// freeformHelp is flake-parts' advice for a flake output defined twice.
const freeformHelp = `No option has been declared for this flake output attribute, so its definitions can't be merged automatically.
Possible solutions:
  - Load a module that defines this flake output attribute
    Many modules are listed at https://flake.parts
  - Declare an option for this flake output attribute
  - Make sure the output attribute is spelled correctly
  - Define the value only once, with a single definition in a single module`

// ownConfig is the config of the group or secret name (of group) as the
// previous config round computed it (nil: not known). The unit reading it
// is evaluated again in the next round, as one reading config.
func (x *extractor) ownConfig(opt *option, group, name string) *eval.Attrs {
	if opt != groupOption && opt != secretOption {
		return nil
	}
	x.flagConfig()
	if x.policy == nil {
		return nil
	}
	if opt == groupOption {
		group = name
	}
	for _, g := range x.policy.Groups {
		if g.Name != group {
			continue
		}
		if opt == groupOption {
			a, _ := groupView(g).(*eval.Attrs)
			return a
		}
		for _, s := range g.Secrets {
			if s.Name == name {
				a, _ := secretView(s).(*eval.Attrs)
				return a
			}
		}
	}
	return nil
}

// flagConfig marks the unit being evaluated as reading what other
// modules define.
func (x *extractor) flagConfig() {
	if x.configUsed != nil {
		*x.configUsed = true
	}
}

// collected returns, by name, the module arguments units define; a name
// defined twice is left out.
func collected(by map[string]map[string]*eval.Thunk) map[string]*eval.Thunk {
	out := map[string]*eval.Thunk{}
	twice := map[string]bool{}
	for _, defs := range by {
		for n, t := range defs {
			if _, ok := out[n]; ok {
				twice[n] = true
			}
			out[n] = t
		}
	}
	for n := range twice {
		delete(out, n)
	}
	return out
}

// relFile is how messages name the file at an io/fs path.
func (x *extractor) relFile(p string) string {
	if x.root == "." || x.root == "" {
		return p
	}
	if rel, ok := strings.CutPrefix(p, x.root+"/"); ok {
		return rel
	}
	return p
}

// flakeUnit evaluates flake.nix and finds the module given to mkFlake.
func (x *extractor) flakeUnit(flakePath string) *unit {
	u := &unit{path: flakePath}
	x.startUnit(u)
	u.deps = x.m.Track(func() {
		if !x.evalFlake(flakePath) {
			u.notFlake = true
			return
		}
		if len(x.mkFlakes) == 0 {
			u.foreign = !x.noSecrets
			return
		}
		u.mkFlake = true
		if len(x.special) > 0 {
			// Module functions receive specialArgs from flake.nix: a new
			// flake.nix, new modules.
			src, _ := x.m.Load(flakePath)
			x.stamp = append(x.stamp, fmt.Sprintf("specialArgs %p", src))
		}
		// flake-parts wraps the module: { _file = flake.nix; imports = [ module ]; },
		// after its 16 builtin modules, which gives it the key messages name it by.
		file := x.relFile(flakePath)
		wrapper := &module{key: ":anon-17", file: file}
		wrapper.imports = x.importRef(x.mkFlakes[0], wrapper, 1)
		u.root = wrapper
	})
	return u
}

// classError is lib.modules' error for the module mod, a, whose _class
// is not flake-parts' class "flake" (checkModule), or nil.
func (x *extractor) classError(mod *module, a *eval.Attrs) *Diagnostic {
	t := a.Lookup("_class")
	if t == nil {
		return nil
	}
	class, ok := x.m.Force(t).(*eval.String)
	if !ok || class.S == "flake" {
		return nil // null, or not known
	}
	shown := eval.EscapeNixString(class.S)
	return &Diagnostic{Span: spanOf(a.KeyOrigin("_class")), Severity: SeverityError, Code: CodeEval,
		Message: "The module `" + mod.file + "` (class: " + shown + ") cannot be imported into a module evaluation that expects class \"flake\".\n\n" +
			"Help:\n- Ensure that you are importing the correct module.\n- Verify that the module's `_class`, " + shown + " matches the expected `class` \"flake\".\n" +
			"- If you are using a custom class, make sure it is correctly defined and used consistently across your modules."}
}

// unsupportedAttr is lib.modules' error for a module with config or
// options beside attributes of config (unifyModuleSyntax), or nil. The
// analysis' own marker of an alias module is none.
func unsupportedAttr(key string, a *eval.Attrs) *Diagnostic {
	if a.Lookup("config") == nil && a.Lookup("options") == nil {
		return nil
	}
	var bad []string
	at := eval.Origin{}
	for i, n := range a.Names {
		if n != "config" && n != eval.AliasMarker && !isModuleAttr(n) {
			if bad == nil && i < len(a.Keys) {
				at = a.Keys[i]
			}
			bad = append(bad, n)
		}
	}
	if bad == nil {
		return nil
	}
	return &Diagnostic{Span: spanOf(at), Severity: SeverityError, Code: CodeEval,
		Message: "Module `" + key + "' has an unsupported attribute `" + bad[0] + "'. This is caused by introducing a top-level `config' or `options' attribute. Add configuration attributes immediately on the top level instead, or move all of them (namely: " + strings.Join(bad, " ") + ") into the explicit `config' attribute."}
}

// evalFlake evaluates flake.nix: its inputs, then its outputs until
// mkFlake is called, whose arguments it keeps. It reports whether
// flake.nix is a flake.
func (x *extractor) evalFlake(flakePath string) bool {
	x.mkFlakes, x.mkArgs, x.special, x.stamp, x.noSecrets = nil, nil, nil, nil, false
	x.inputs = x.withSelf(attrsOf(nil, true))
	fv, ok := x.m.Force(x.m.EvalFile(flakePath)).(*eval.Attrs)
	if !ok {
		return false
	}
	x.inputs = x.withSelf(x.makeInputs(fv))
	outputs := fv.Lookup("outputs")
	if outputs == nil {
		return false
	}
	res := x.m.Apply(x.m.Force(outputs), eval.Ready(x.inputs), eval.Origin{})
	a, ok := res.(*eval.Attrs)
	x.noSecrets = ok && !a.Open && a.Lookup("secrets") == nil
	if ok && len(x.mkFlakes) == 0 {
		// mkFlake may be one level down (outputs = { … } // mkFlake …).
		for _, t := range a.Vals {
			x.m.Force(t)
			if len(x.mkFlakes) > 0 {
				break
			}
		}
	}
	if len(x.mkArgs) > 0 {
		if args, ok := x.m.Force(x.mkArgs[0]).(*eval.Attrs); ok {
			if sa, ok := forceAttrs(x.m, args.Lookup("specialArgs")); ok {
				x.special = map[string]*eval.Thunk{}
				for i, n := range sa.Names {
					x.special[n] = sa.Vals[i]
				}
			}
		}
	}
	return true
}

// loadInputs prepares the flake's inputs (and mkFlake's specialArgs) for
// module functions when flake.nix itself need not be evaluated again.
func (x *extractor) loadInputs(flakePath string) { x.evalFlake(flakePath) }

// stopped reports whether evaluation has run into a bound.
func (x *extractor) stopped() bool { return len(x.m.Stops()) > 0 }

// inputsStamp identifies the inputs module functions received.
func (x *extractor) inputsStamp() string { return strings.Join(x.stamp, "\n") }

// moduleUnit evaluates a module file.
func (x *extractor) moduleUnit(p string) *unit {
	u := &unit{path: p}
	x.startUnit(u)
	before, steps := x.m.Reads(p), x.m.Steps()
	defer func() { u.ownReads, u.steps = x.m.Reads(p)-before, x.m.Steps()-steps }()
	u.deps = x.m.Track(func() {
		t := x.m.EvalFile(p)
		u.root = x.module(x.m.Force(t), x.m.AbsPath(p), x.relFile(p), eval.Origin{})
		if u.root != nil {
			u.root.path = x.m.FilePath(p) // ./team is team/default.nix
		}
	})
	return u
}

// importRef resolves one import of parent.
func (x *extractor) importRef(t *eval.Thunk, parent *module, n int) []importRef {
	x.importing++
	v := x.m.Force(t)
	x.importing--
	ref := importRef{origin: v.Origin()}
	switch v := v.(type) {
	case *eval.Path:
		if p, ok := x.m.FSPath(v.P); ok {
			return x.importFile(p, ref, parent)
		}
		return nil
	case *eval.String:
		if p, ok := x.m.FSPath(v.S); ok && strings.HasPrefix(v.S, "/") {
			return x.importFile(p, ref, parent)
		}
		return nil
	case *eval.Attrs:
		if v.Lookup(policyMarker) != nil {
			ref.policy = true
			return []importRef{ref}
		}
		if v.Lookup(partitionsMarker) != nil {
			ref.inline = partitionsModule
			return []importRef{ref}
		}
	case *eval.Unknown:
		if err := eval.Failure(v); err != nil {
			parent.errors = append(parent.errors, failureDiagnostics(err)...)
		}
		return nil // an import from outside (inputs.foo.flakeModule): skipped
	}
	ref.inline = x.module(v, parent.key+":anon-"+strconv.Itoa(n), parent.file, v.Origin())
	if ref.inline == nil {
		return nil
	}
	if ref.inline.policy {
		return []importRef{{policy: true, origin: ref.origin}}
	}
	return []importRef{ref}
}

// importFile is the import of the module file p, or nil and an error of
// parent, where the import is written, when p cannot be read: Nix fails
// there, and the analysis must not go on without the module's definitions.
func (x *extractor) importFile(p string, ref importRef, parent *module) []importRef {
	if msg := x.m.ImportFailure(p); msg != "" {
		parent.errors = append(parent.errors, Diagnostic{Span: spanOf(ref.origin), Severity: SeverityError, Code: CodeEval, Message: msg})
		return nil
	}
	ref.path = p
	return []importRef{ref}
}

// module reduces a module value (a function, a set, mkIf …) to its
// definitions and imports.
func (x *extractor) module(v eval.Value, key, file string, o eval.Origin) *module {
	var errs []Diagnostic
	if f, ok := v.(*eval.Func); ok {
		args := x.moduleArgs()
		errs = x.checkModuleFunc(f, &args)
		v = x.m.Apply(f, eval.Ready(args), o)
	}
	a, ok := v.(*eval.Attrs)
	if !ok {
		if err := eval.Failure(v); err != nil {
			// A module that throws (assert, throw, a missing attribute)
			// fails the evaluation of every option, the policy's too.
			errs = append(errs, failureDiagnostics(err)...)
			return &module{key: key, file: file, origin: o, errors: errs}
		}
		return nil
	}
	mod := &module{key: key, file: file, origin: o, errors: errs}
	if t := a.Lookup("_type"); t != nil {
		if s, ok := x.m.Force(t).(*eval.String); ok && (s.S == "if" || s.S == "override") {
			mod.config = x.configDefs(mod, eval.Ready(a))
			return mod
		}
	}
	if a.Lookup(policyMarker) != nil || x.declaresPolicy(a) {
		return &module{key: policyModule.key, policy: true}
	}
	if err := unsupportedAttr(key, a); err != nil {
		return &module{key: key, file: file, origin: o, errors: append(errs, *err)}
	}
	if t := a.Lookup("_file"); t != nil {
		switch f := x.m.Force(t).(type) {
		case *eval.String:
			mod.file = x.relFile(strings.TrimPrefix(f.S, "/"))
		case *eval.Path:
			if p, ok := x.m.FSPath(f.P); ok {
				mod.file = x.relFile(p)
			}
		}
	}
	if t := a.Lookup("key"); t != nil {
		if s, ok := x.m.Force(t).(*eval.String); ok {
			mod.key = s.S
		}
	}
	if err := x.classError(mod, a); err != nil {
		return &module{key: mod.key, file: mod.file, origin: o, errors: append(errs, *err)}
	}
	if t := a.Lookup("imports"); t != nil {
		x.importing++
		iv := x.m.Force(t)
		x.importing--
		switch l := iv.(type) {
		case *eval.List:
			for i, e := range l.Elems {
				refs := x.importRef(e, mod, i+1)
				if len(refs) == 0 {
					mod.unseen = true
				}
				mod.imports = append(mod.imports, refs...)
			}
		default:
			mod.unseen = true
			if err := eval.Failure(iv); err != nil {
				mod.errors = append(mod.errors, failureDiagnostics(err)...)
			}
		}
	}
	if al, ok := forceAttrs(x.m, a.Lookup(eval.AliasMarker)); ok {
		from, _ := x.m.Force(al.Lookup("from")).(*eval.List)
		to, _ := x.m.Force(al.Lookup("to")).(*eval.List)
		if from != nil && to != nil && len(from.Elems) == 1 {
			f, _ := x.m.Force(from.Elems[0]).(*eval.String)
			var path []string
			for _, e := range to.Elems {
				if s, ok := x.m.Force(e).(*eval.String); ok {
					path = append(path, s.S)
				}
			}
			if f != nil && len(path) == len(to.Elems) {
				mod.aliases = append(mod.aliases, alias{f.S, path})
			}
		}
	}
	if t := a.Lookup("disabledModules"); t != nil {
		if l, ok := x.m.Force(t).(*eval.List); ok {
			for _, e := range l.Elems {
				// As lib.modules' moduleKey: a path, a string (relative
				// to modulesPath, "" in flake-parts), a set's key.
				switch d := x.m.Force(e).(type) {
				case *eval.Path:
					mod.disables = append(mod.disables, d.P)
				case *eval.String:
					if strings.HasPrefix(d.S, "/") {
						mod.disables = append(mod.disables, d.S)
					} else {
						mod.disables = append(mod.disables, "/"+d.S)
					}
				case *eval.Attrs:
					if k, ok := forceString(x.m, d.Lookup("key")); ok {
						mod.disables = append(mod.disables, k)
					}
				}
			}
		}
	}
	if t := a.Lookup("options"); t != nil {
		if o, ok := x.m.Force(t).(*eval.Attrs); ok {
			mod.declares = declaredOptions(x.m, o)
			mod.unseen = mod.unseen || o.Open
			x.typeExtensions(mod, o)
			for i, n := range o.Names {
				if n != "flake" {
					mod.optionDecls = append(mod.optionDecls, eval.Named{Name: n, T: o.Vals[i]})
					x.unit.provides = true
				}
			}
		} else {
			mod.unseen = true
		}
	}
	if cfg := a.Lookup("config"); cfg != nil || a.Lookup("options") != nil {
		if cfg != nil {
			mod.config = x.configDefs(mod, cfg)
		}
		return mod
	}
	mod.config = x.configDefs(mod, eval.Ready(eval.Without(a, moduleAttrs)))
	return mod
}

// flakePartsArgs are the arguments flake-parts calls every module function
// with (besides those it asks _module.args for), in the order Nix meets
// them first when one is unexpected (its symbol table's order; self comes
// from the flake itself).
var flakePartsArgs = []string{"self", "inputs", "_class", "_prefix", "config", "flake-parts-lib", "lib", "moduleLocation", "options", "specialArgs"}

// flakePartsOptions are the top-level options flake-parts declares.
var flakePartsOptions = []string{"_module", "allSystems", "debug", "flake", "perInput", "perSystem", "systems", "transposition"}

// flakePartsModuleArgs are flake-parts' own _module.args.
var flakePartsModuleArgs = []string{"extendModules", "getSystem", "getSystemIgnoreWarning", "moduleType", "moduleWithSystem", "withSystem"}

// checkModuleFunc reports what the module system rejects in a module
// function's pattern: no ellipsis while it is called with more arguments.
// When nothing the analysis cannot see may define module arguments, an
// argument no one gives fails when used ("attribute 'pkgs' missing"), as
// with Nix: *args then holds that failure.
func (x *extractor) checkModuleFunc(f *eval.Func, args **eval.Attrs) []Diagnostic {
	formals, ellipsis, pos, ok := eval.Formals(f)
	if !ok {
		return nil
	}
	has := map[string]bool{}
	for _, fm := range formals {
		has[fm.Name] = true
	}
	var errs []Diagnostic
	if !ellipsis {
		for _, n := range flakePartsArgs {
			if !has[n] {
				p := pos.Src.File.Position(pos.Start)
				msg := fmt.Sprintf("anonymous function at %s:%d:%d called with unexpected argument '%s'", x.relFile(pos.Src.Path), p.Line, p.Column, n)
				errs = append(errs, Diagnostic{Span: spanOf(pos), Severity: SeverityError, Code: CodeEval, Message: msg})
				break
			}
		}
	}
	if !x.argsClosed {
		return errs
	}
	for _, fm := range formals {
		if fm.HasDefault || (*args).Lookup(fm.Name) != nil || contains(flakePartsModuleArgs, fm.Name) {
			continue
		}
		*args = (*args).With(fm.Name, eval.Ready(&eval.Unknown{Reason: "error", Err: &eval.Error{Msg: "attribute '" + fm.Name + "' missing", O: fm.O}, O: fm.O}))
	}
	return errs
}

// declaresPolicy reports whether a module declares options.flake.secrets:
// the secrets-lsp module itself, imported by path (as in its own flake).
func (x *extractor) declaresPolicy(a *eval.Attrs) bool {
	opts := a.Lookup("options")
	if opts == nil {
		return false
	}
	o, ok := x.m.Force(opts).(*eval.Attrs)
	if !ok {
		return false
	}
	fl := o.Lookup("flake")
	if fl == nil {
		return false
	}
	f, ok := x.m.Force(fl).(*eval.Attrs)
	return ok && f.Lookup("secrets") != nil && f.Lookup("sopsYaml") != nil
}

// typeExtensions reads what a module adds to the types of the policy
// (options.flake.secrets = mkOption { type = attrsOf (submodule M); }, as
// NixOS-style modules extend a submodule, down to secrets and recipients):
// the config of such modules is a definition in every group, secret or
// recipient, and the options they declare are known there.
func (x *extractor) typeExtensions(mod *module, options *eval.Attrs) {
	fl, ok := forceAttrs(x.m, options.Lookup("flake"))
	if !ok {
		return
	}
	if secrets, ok := forceAttrs(x.m, fl.Lookup("secrets")); ok {
		x.extendType(mod, groupOption, secrets, 0)
	}
}

// extendType reads the submodule modules of the declaration decl (an
// mkOption whose type is a submodule, an attrsOf or a listOf of one) as
// extensions of the schema option target.
func (x *extractor) extendType(mod *module, target *option, decl *eval.Attrs, depth int) {
	if depth > 8 {
		return
	}
	mods, raw, readsConfig := x.submoduleModules(decl)
	if mod.ext == nil {
		mod.ext = map[*option]*extension{}
	}
	e := mod.ext[target]
	if e == nil {
		e = &extension{}
		mod.ext[target] = e
	}
	if readsConfig {
		// Definitions that read the group's, secret's or recipient's own
		// config: evaluated for each one when merging it (the unit is then
		// evaluated on every analysis, its functions being live).
		e.opaque = true
		x.unit.provides = true
		file := mod.file
		e.perItem = append(e.perItem, func(name string, cfg eval.Value) []def {
			args := eval.NewAttrs(map[string]eval.Value{"lib": x.m.Lib(), "name": &eval.String{S: name}, "config": cfg}, true, eval.Origin{})
			var out []def
			for _, r := range raw {
				v := r
				if f, ok := v.(*eval.Func); ok {
					v = x.m.Apply(f, eval.Ready(args), f.O)
				}
				if a, ok := v.(*eval.Attrs); ok {
					if c := a.Lookup("config"); c != nil {
						out = append(out, def{val: x.snap.defValue(x.m.Force(c), target, name, 0, false), file: file})
					}
				}
			}
			return out
		})
	}
	for _, m := range mods {
		if cfg := m.Lookup("config"); cfg != nil && !readsConfig {
			e.defs = append(e.defs, def{val: x.snap.defValue(x.m.Force(cfg), target, "", 0, false), file: mod.file})
		}
		if opts, ok := forceAttrs(x.m, m.Lookup("options")); ok {
			x.extendOptions(mod, target, opts, depth)
		}
	}
}

// extendOptions reads option declarations made inside an extension of
// target: options of the schema (secret, recipients.admins, …) extend
// further, others are new options.
func (x *extractor) extendOptions(mod *module, target *option, opts *eval.Attrs, depth int) {
	e := mod.ext[target]
	for i, n := range opts.Names {
		child := target.child(n)
		if child == nil {
			e.options = append(e.options, n)
			if e.defaults == nil {
				e.defaults = map[string]*Data{}
			}
			e.defaults[n] = nil
			if decl, ok := forceAttrs(x.m, opts.Vals[i]); ok {
				if d := decl.Lookup("default"); d != nil {
					e.defaults[n] = x.snap.thunk(d, 0)
				}
			}
			continue
		}
		sub, ok := forceAttrs(x.m, opts.Vals[i])
		if !ok {
			continue
		}
		switch {
		case child.typ == tNested:
			if mod.ext[child] == nil {
				mod.ext[child] = &extension{}
			}
			x.extendOptions(mod, child, sub, depth+1)
		case child.elem != nil && child.elem.typ == tSubmodule:
			x.extendType(mod, child.elem, sub, depth+1)
		}
	}
}

// submoduleModules returns the modules of an option of type
// attrsOf (submodule …), each as a set; readsConfig reports a module
// function that reads its submodule's config (its definitions then depend
// on each group or secret, which the analysis does not follow).
func (x *extractor) submoduleModules(opt *eval.Attrs) (out []*eval.Attrs, raw []eval.Value, readsConfig bool) {
	typ, ok := forceAttrs(x.m, opt.Lookup("type"))
	if !ok {
		return nil, nil, false
	}
	if elem, ok := forceAttrs(x.m, typ.Lookup("elemType")); ok {
		typ = elem
	}
	if typ.Lookup("modules") == nil {
		return nil, nil, false
	}
	mods, ok := x.m.Force(typ.Lookup("modules")).(*eval.List)
	if !ok {
		return nil, nil, false
	}
	config := eval.NewAttrs(nil, true, eval.Origin{})
	config.OnMiss = func() { readsConfig = true }
	args := eval.NewAttrs(map[string]eval.Value{"lib": x.m.Lib(), "config": config}, true, eval.Origin{})
	for _, t := range mods.Elems {
		v := x.m.Force(t)
		raw = append(raw, v)
		if f, ok := v.(*eval.Func); ok {
			v = x.m.Apply(f, eval.Ready(args), f.O)
		}
		if a, ok := v.(*eval.Attrs); ok {
			out = append(out, a)
			// Force the config to learn whether it reads the submodule's.
			if cfg := a.Lookup("config"); cfg != nil {
				x.m.DeepForce(x.m.Force(cfg), 0)
			}
		}
	}
	return out, raw, readsConfig
}

// configDefs takes a module's config (a thunk of a set, possibly under
// properties) as far as the analysis follows it; definitions of options
// the flake's own modules declare go to mod.optionDefs.
func (x *extractor) configDefs(mod *module, cfg *eval.Thunk) []def {
	saved, savedConfig, savedPartitions := x.curModule, x.snap.config, x.partitionDefs
	x.curModule, x.partitionDefs = mod, nil
	x.snap.topLevel++
	if x.args != nil {
		x.snap.config = x.args.Lookup("config")
	}
	defer func() {
		x.curModule, x.snap.config, x.partitionDefs = saved, savedConfig, savedPartitions
		x.snap.topLevel--
	}()
	defs := []def{{val: x.snap.defValue(x.m.Force(cfg), moduleOption, "", 0, false), file: mod.file}}
	// Its partitions' modules, once its config is taken.
	for _, t := range x.partitionDefs {
		x.partitionModules(mod, t)
	}
	return defs
}

// startUnit prepares the module arguments for the modules of u.
func (x *extractor) startUnit(u *unit) {
	x.m.Renew()
	x.args = nil
	x.configUsed = &u.usesConfig
	x.unit = u
	delete(x.extras, u.path)
	delete(x.argDefs, u.path)
	delete(x.fpDefs, u.path)
}

// moduleArgs are the arguments a module function receives: lib, the
// flake's inputs and self, config (unknown, or the policy computed so far);
// the others are unknown.
func (x *extractor) moduleArgs() *eval.Attrs {
	if x.args != nil {
		return x.args
	}
	vals := map[string]*eval.Thunk{"lib": eval.Ready(x.m.Lib())}
	if x.inputs != nil {
		vals["inputs"] = eval.Ready(x.inputs)
		if t := x.inputs.Lookup("self"); t != nil {
			vals["self"] = t
		}
	}
	vals["flake-parts-lib"] = eval.Ready(x.flakePartsLib(eval.Origin{}))
	for n, t := range x.special {
		vals[n] = eval.Ready(x.m.Force(t))
	}
	if x.options == nil {
		// flake-parts' top-level options are known to exist, what they
		// hold is not; those of the flake's own modules are what the
		// previous round made of them, and other modules may declare more.
		opts := map[string]*eval.Thunk{}
		for _, n := range flakePartsOptions {
			opts[n] = eval.Ready(&eval.Unknown{Reason: "the module argument options"})
		}
		for n, t := range x.roundOptions {
			opts[n] = t
		}
		x.options = eval.NewAttrsOf(opts, true, eval.Origin{})
	}
	// The module arguments the previous round collected, then those
	// collected so far (the unit being evaluated has dropped its own).
	used, cfg := x.configUsed, x.config
	// options holds what modules define: a module reading it reads config.
	options := x.options
	vals["options"] = eval.Lazy(func() eval.Value {
		if used != nil {
			*used = true
		}
		return options
	})
	for n, t := range x.roundArgs {
		vals[n] = x.argRead(t, used)
	}
	for n, t := range collected(x.argDefs) {
		vals[n] = x.argRead(t, used)
	}
	for _, n := range []string{"withSystem", "getSystem", "getSystemIgnoreWarning"} {
		vals[n] = x.perSystemArg(n, used)
	}
	vals["config"] = eval.Lazy(func() eval.Value {
		if x.importing > 0 {
			return &eval.Unknown{Reason: "error", Err: &eval.Error{Msg: "infinite recursion encountered"}}
		}
		*used = true
		if cfg == nil {
			return &eval.Unknown{Reason: "the module argument config"}
		}
		return cfg
	})
	x.args = eval.NewAttrsOf(vals, true, eval.Origin{})
	// A module argument no one gives yet may come from _module.args.
	x.args.OnMiss = x.flagConfig
	return x.args
}

// argRead is the module argument t as a module reads it: _module.args
// are config, so that a module reading one that reads config reads config
// too (used), and is evaluated again in the next round.
func (x *extractor) argRead(t *eval.Thunk, used *bool) *eval.Thunk {
	giver := x.argUnit[t]
	if giver == nil || used == nil {
		return t
	}
	return eval.Lazy(func() eval.Value {
		v := x.m.Force(t)
		if giver.usesConfig {
			*used = true
		}
		return v
	})
}

// makeInputs builds the inputs of a flake from its declaration: the
// secrets-lsp flake (its module), flake-parts (mkFlake), nixpkgs (its lib);
// other inputs are unknown.
func (x *extractor) makeInputs(flake *eval.Attrs) *eval.Attrs {
	b := map[string]eval.Value{}
	type input struct {
		name, url string
		o         eval.Origin
	}
	// The inputs are those the flake declares and those its outputs
	// function names beside them, which come from the flake registry:
	// the well-known ones are recognised by name. When the analysis sees
	// both lists, an input named in neither is missing, as in Nix.
	var all []input
	decl, _ := forceAttrs(x.m, flake.Lookup("inputs"))
	if flake.Lookup("inputs") == nil {
		decl = attrsOf(nil, false)
	}
	formals, closed := outputsFormals(x.m, flake)
	closed = closed && decl != nil && !decl.Open
	if decl != nil {
		for i, name := range decl.Names {
			url := ""
			if spec, ok := x.m.Force(decl.Vals[i]).(*eval.Attrs); ok {
				if u, ok := forceString(x.m, spec.Lookup("url")); ok {
					url = u
				}
			}
			all = append(all, input{name, url, decl.Keys[i]})
			x.stamp = append(x.stamp, name+"="+url)
		}
	}
	for _, name := range []string{"secrets-lsp", "flake-parts", "nixpkgs", "nixpkgs-lib"} {
		if !closed || slices.Contains(formals, name) {
			all = append(all, input{name: name})
		}
	}
	if closed {
		for _, name := range formals {
			if name != "self" {
				b[name] = &eval.Unknown{Reason: "the input " + name}
			}
		}
		for _, in := range all {
			b[in.name] = &eval.Unknown{Reason: "the input " + in.name}
		}
	}
	for _, in := range all {
		name, url, o := in.name, in.url, in.o
		switch inputKind(name, url) {
		case "secrets-lsp":
			mod := exportedPolicyModule()
			// Its name where the input is declared: a message about the
			// set of modules imported as one points there.
			modules := &eval.Attrs{Names: []string{"default"}, Vals: []*eval.Thunk{eval.Ready(mod)}, Keys: []eval.Origin{o}, Open: true, O: o}
			// flake-parts gives every flake its other module sets, empty
			// in this one: importing its NixOS module is a mistake.
			b[name] = attrsOf(map[string]eval.Value{"flakeModules": modules, "flakeModule": mod, "nixosModules": attrsOf(nil, false), "_type": flakeType}, true)
		case "flake-parts":
			modules := attrsOf(map[string]eval.Value{"partitions": attrsOf(map[string]eval.Value{partitionsMarker: &eval.Bool{B: true}}, false)}, true)
			b[name] = attrsOf(map[string]eval.Value{"lib": x.flakePartsLib(o), "flakeModules": modules, "_type": flakeType}, true)
		case "nixpkgs":
			b[name] = attrsOf(map[string]eval.Value{"lib": x.m.Lib(), "_type": flakeType}, true)
		}
	}
	return attrsOf(b, !closed)
}

// exportedPolicyModule is inputs.secrets-lsp.flakeModules.default as
// flake-parts' flakeModules option exports it: a module of class flake
// importing the module proper (here the value policyMarker marks), so
// that a message showing it shows what Nix shows.
func exportedPolicyModule() *eval.Attrs {
	loc := &eval.String{S: "<secrets-lsp>/flake.nix#flakeModules.default"}
	marked := attrsOf(map[string]eval.Value{policyMarker: &eval.Bool{B: true}}, false)
	return attrsOf(map[string]eval.Value{
		"_class":  &eval.String{S: "flake"},
		"_file":   loc,
		"key":     loc,
		"imports": eval.NewList([]eval.Value{marked}, eval.Origin{}),
	}, false)
}

// outputsFormals returns the names a flake's outputs function takes, and
// whether they are known: the function is known and has no formals, or
// formals (a name in them is an input, declared or not).
func outputsFormals(m *eval.Machine, flake *eval.Attrs) (names []string, known bool) {
	t := flake.Lookup("outputs")
	if t == nil {
		return nil, false
	}
	v := m.Force(t)
	if _, ok := v.(*eval.Func); !ok {
		return nil, false
	}
	formals, _, _, ok := eval.Formals(v)
	if !ok {
		return nil, true // inputs: …
	}
	for _, f := range formals {
		names = append(names, f.Name)
	}
	return names, true
}

// flakePartsLib is flake-parts' lib as far as the analysis models it:
// the flake-parts input's lib, and the module argument flake-parts-lib.
func (x *extractor) flakePartsLib(o eval.Origin) *eval.Attrs {
	return attrsOf(map[string]eval.Value{"mkFlake": x.m.MkFlakeFunc(o), "evalFlakeModule": x.m.EvalFlakeModuleFunc(o), "importApply": x.m.LibFunc("importApply"), "defaultModule": eval.DefaultModule()}, true)
}

// flakeType is the _type of a flake input (Nix 2.13 on; the harness
// gives it too), by which flake-parts' isFlake knows one.
var flakeType = &eval.String{S: "flake"}

// inputKind recognises the inputs the analysis models, by name or URL.
func inputKind(name, url string) string {
	switch {
	case name == "secrets-lsp" || strings.Contains(url, "secrets-lsp"):
		return "secrets-lsp"
	case name == "flake-parts" || strings.Contains(url, "flake-parts"):
		return "flake-parts"
	case name == "nixpkgs" || name == "nixpkgs-lib" || strings.Contains(url, "nixpkgs"):
		return "nixpkgs"
	}
	return ""
}

// makeSelf is the flake's self: its directory as outPath, and its outputs
// as far as known (flake.secrets, other outputs modules define); reading
// one not known yet marks the module as depending on the others.
func (x *extractor) makeSelf() *eval.Attrs {
	vals := maps.Clone(x.roundOutputs)
	if vals == nil {
		vals = map[string]*eval.Thunk{}
	}
	maps.Copy(vals, x.flakeOutputs())
	if x.policy != nil {
		vals["secrets"] = eval.Ready(secretsView(x.policy))
	}
	vals["outPath"] = eval.Ready(&eval.Path{P: x.m.AbsPath(x.root)})
	vals["_type"] = eval.Ready(&eval.String{S: "flake"})
	if x.outputsSeen {
		for _, n := range slices.Concat(flakePartsOutputs, nixFlakeAttrs) {
			if vals[n] == nil {
				vals[n] = eval.Ready(&eval.Unknown{Reason: "self." + n})
			}
		}
	}
	self := eval.NewAttrsOf(vals, !x.outputsSeen, eval.Origin{})
	self.OnMiss = x.flagConfig
	return self
}

// flakePartsOutputs are the flake outputs flake-parts' own modules
// always define (the transposed perSystem options and the others).
var flakePartsOutputs = []string{"apps", "checks", "devShells", "formatter", "legacyPackages", "nixosConfigurations", "nixosModules", "overlays", "packages"}

// nixFlakeAttrs are the attributes Nix gives self beside the outputs.
var nixFlakeAttrs = []string{"inputs", "outputs", "sourceInfo", "narHash", "lastModified", "lastModifiedDate", "rev", "shortRev", "revCount", "dirtyRev", "dirtyShortRev", "submodules"}

// outputsSeen reports whether the analysis knows every flake output the
// modules in order define: every definition of flake is a plain set (its
// other outputs went to onExtra), the policy module is imported (secrets,
// sopsYaml), and no module sets an option of flake-parts that adds
// outputs (debug, transposition, partitions).
func outputsSeen(order []*module) bool {
	if !definitionsSeen(order) || !slices.ContainsFunc(order, func(m *module) bool { return m.policy }) {
		return false
	}
	for _, m := range order {
		for _, d := range m.config {
			seen := true
			pushedDown(d, nil, func(d def, _ []*Data) {
				for _, n := range []string{"debug", "transposition", "partitions", "partitionedAttrs"} {
					seen = seen && d.val.Lookup(n) == nil
				}
				fl := d.val.Lookup("flake")
				if fl == nil {
					return
				}
				seen = seen && fl.Kind == eval.KAttrs && !fl.Open && fl.propType() == ""
				for _, n := range fl.Names() {
					seen = seen && (n == "secrets" || n == "sopsYaml")
				}
			})
			if !seen {
				return false
			}
		}
	}
	return true
}

// withSelf adds self to a flake's inputs. Nix computes self from the
// outputs, which need the modules collected: self read by imports is
// infinite recursion (as config is, see moduleArgs).
func (x *extractor) withSelf(inputs *eval.Attrs) *eval.Attrs {
	b := map[string]*eval.Thunk{}
	for i, n := range inputs.Names {
		b[n] = eval.Ready(x.m.Force(inputs.Vals[i]))
	}
	self := x.makeSelf()
	b["self"] = eval.Lazy(func() eval.Value {
		if x.importing > 0 {
			return &eval.Unknown{Reason: "error", Err: &eval.Error{Msg: "infinite recursion encountered"}}
		}
		return self
	})
	return eval.NewAttrsOf(b, inputs.Open, eval.Origin{})
}

func attrsOf(vals map[string]eval.Value, open bool) *eval.Attrs {
	return eval.NewAttrs(vals, open, eval.Origin{})
}

func forceAttrs(m *eval.Machine, t *eval.Thunk) (*eval.Attrs, bool) {
	if t == nil {
		return nil, false
	}
	a, ok := m.Force(t).(*eval.Attrs)
	return a, ok
}

func forceString(m *eval.Machine, t *eval.Thunk) (string, bool) {
	if t == nil {
		return "", false
	}
	s, ok := m.Force(t).(*eval.String)
	if !ok {
		return "", false
	}
	return s.S, true
}

// collect orders the modules of the tree rooted at root breadth first,
// each key once, leaving out those disabledModules names
// (lib.modules.collectModules), loading module files with load. Before it
// loads a module's imports, it hands their files to prefetch (if not nil).
func collect(root *module, load func(p string) *module, prefetch func(paths []string)) []*module {
	disabled := map[string]bool{}
	for _, m := range closure(root, load, prefetch, nil) {
		for _, k := range m.disables {
			disabled[k] = true
		}
	}
	return closure(root, load, nil, disabled)
}

func closure(root *module, load func(p string) *module, prefetch func([]string), disabled map[string]bool) []*module {
	var order []*module
	seen := map[string]bool{}
	queue := []*module{root}
	for len(queue) > 0 {
		m := queue[0]
		queue = queue[1:]
		if m != nil && m.policy {
			m = policyModule
		}
		if m == nil || seen[m.key] || disabled[m.key] {
			continue
		}
		seen[m.key] = true
		order = append(order, m)
		if prefetch != nil {
			var paths []string
			for _, imp := range m.imports {
				if imp.path != "" {
					paths = append(paths, imp.path)
				}
			}
			if len(paths) > 1 {
				prefetch(paths)
			}
		}
		for _, imp := range m.imports {
			switch {
			case imp.policy:
				queue = append(queue, policyModule)
			case imp.inline != nil:
				queue = append(queue, imp.inline)
			case imp.path != "":
				queue = append(queue, load(imp.path))
			}
		}
	}
	return order
}
