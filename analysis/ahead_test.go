package analysis

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// aheadModules are the kinds of module files aheadFlake writes, %[1]s
// standing for the module's number, %[2]s and %[3]s for the previous and
// the next one's: modules the run may take from those evaluated ahead,
// and modules whose evaluation depends on or changes what the others see.
var aheadModules = []string{
	// A function returning literals: evaluated ahead.
	`{ lib, ... }: { flake.secrets.g%[1]s = { recipients.admins = [ { name = "a%[1]s"; age = "age1x%[1]s"; } ]; recipients.targets = [ { name = "h%[1]s"; age = "age1y%[1]s"; } ]; secret.s%[1]s.targets = [ "h%[1]s" ]; }; }`,
	// A set, not a function.
	`{ flake.secrets.g%[1]s.recipients.admins = [ { name = "b%[1]s"; age = "age1z%[1]s"; } ]; }`,
	// Another file.
	`{ ... }: let k = import ../keys.nix; in { flake.secrets.g%[1]s.recipients.admins = [ k.alice ]; }`,
	// config.
	`{ config, ... }: { flake.secrets.g%[1]s.recipients.targets = map (r: r // { name = "c" + r.name; }) (config.flake.secrets.g00.recipients.targets or [ ]); }`,
	// A module argument given, and one read.
	`{ ... }: { _module.args.team%[1]s = [ { name = "t%[1]s"; age = "age1t%[1]s"; } ]; }`,
	`{ lib, ... }@args: { flake.secrets.g%[1]s.recipients.admins = args.team%[2]s or [ ]; }`,
	// Another module file, imported as a module and as a value.
	`{ ... }: { imports = [ ./m%[3]s.nix ]; }`,
	`args: (import ./m%[2]s.nix) args // { _file = "m%[1]s"; }`,
	`args: (import ./m%[3]s.nix) args // { _file = "m%[1]s"; }`,
	// Its own text.
	`{ ... }: { flake.secrets.g%[1]s.secret.s.file = builtins.substring 0 5 (builtins.readFile ./m%[1]s.nix); }`,
	// A flake output beside the policy.
	`{ ... }: { flake.lib%[1]s = 1; }`,
	// Work that runs into a small bound on steps.
	`{ lib, ... }: { flake.secrets.g%[1]s.recipients.admins = map (i: { name = "n${toString i}"; age = "age1n${toString i}"; }) (lib.range 1 (if builtins.pathExists ./big then 10000 else 50)); }`,
	// Broken.
	`{ lib, ... }: { flake.secrets.g%[1]s = { recipients.admins = [ ; }; }`,
}

// The kinds of modules of aheadModules the tests name.
const (
	plainModule = 0
	readsConfig = 3
	givesArgs   = 4
	readsArgs   = 5
	importsPrev = 7
	importsNext = 8
	readsOwn    = 9
	runsLong    = 11
)

// aheadFlake writes a flake of module files of the given kinds, with
// specialArgs or not, and a file that makes the modules of kind runsLong
// run long.
func aheadFlake(kinds []int, special, long bool) fstest.MapFS {
	fsys := fstest.MapFS{"keys.nix": {Data: []byte(`{ alice = { name = "alice"; age = "age1alice"; }; }`)}}
	var imports []string
	n := len(kinds)
	for i, kind := range kinds {
		num, prev, next := fmt.Sprintf("%02d", i), fmt.Sprintf("%02d", (i+n-1)%n), fmt.Sprintf("%02d", (i+1)%n)
		fsys["secrets/m"+num+".nix"] = &fstest.MapFile{Data: []byte(fmt.Sprintf(aheadModules[kind], num, prev, next))}
		imports = append(imports, "./secrets/m"+num+".nix")
	}
	if long {
		fsys["secrets/big"] = &fstest.MapFile{}
	}
	args := ""
	if special {
		args = ` specialArgs.team02 = [ { name = "s"; age = "age1s"; } ];`
	}
	fsys["flake.nix"] = &fstest.MapFile{Data: []byte(`{
  inputs.flake-parts.url = "github:hercules-ci/flake-parts";
  inputs.secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs;` + args + ` } {
      imports = [ inputs.secrets-lsp.flakeModules.default ` + strings.Join(imports, " ") + ` ];
    };
}
`)}
	return fsys
}

// analysis is everything an analysis gives that evaluating modules ahead
// could change, as text.
func analysis(res *Result) string {
	var b strings.Builder
	for _, d := range res.Diagnostics {
		fmt.Fprintf(&b, "%s:%d-%d %v %s %q %q\n", d.File, d.Start, d.End, d.Severity, d.Code, d.Message, d.Hint)
	}
	fmt.Fprintf(&b, "secrets %s\nsops %q\nevaluated %v\nmodules %v\nfiles %v\n", res.SecretsJSON(), res.SopsYAML(), res.Evaluated, res.Modules(), res.Files())
	q := res.quick
	fmt.Fprintf(&b, "reusable %v readers %v own reads %v steps %v\n", q.reusable, q.readers, q.ownReads, q.steps)
	for _, u := range res.Unreached {
		fmt.Fprintf(&b, "unreached %s\n", u.File)
	}
	return b.String()
}

// TestAheadMatchesSequential checks that analysing flakes whose modules
// are evaluated ahead, on other goroutines, gives what evaluating them one
// after the other does: for modules of every kind, in every order (chosen
// ones and random ones, mostly modules the run takes, as in real flakes),
// within the default bound on steps and a small one, from scratch and
// after edits; and that modules are evaluated ahead.
func TestAheadMatchesSequential(t *testing.T) {
	type flake struct {
		kinds         []int
		special, long bool
	}
	p := plainModule
	flakes := []flake{
		{kinds: []int{p, p, p, givesArgs, readsArgs, p}},
		{kinds: []int{p, p, p, importsPrev, p, p}},
		{kinds: []int{p, p, importsNext, p, p}},
		{kinds: []int{p, p, p, p, runsLong, p}, long: true},
		{kinds: []int{p, p, readsConfig, p, p}},
		{kinds: []int{p, p, readsOwn, p, p}},
		{kinds: []int{p, p, p, readsArgs, p}, special: true},
	}
	seeds := 24
	if testing.Short() || raceEnabled {
		seeds = 8
	}
	rnd := rand.New(rand.NewPCG(1, 2))
	for range seeds {
		f := flake{special: rnd.IntN(5) == 0, long: rnd.IntN(4) == 0}
		for range 12 {
			kind := plainModule
			if rnd.IntN(6) == 0 {
				kind = rnd.IntN(len(aheadModules))
			}
			f.kinds = append(f.kinds, kind)
		}
		flakes = append(flakes, f)
	}
	// analyse analyses fsys and then edits of some of its files on procs
	// goroutines, evaluating every module file ahead or not.
	analyse := func(procs int, all bool, fsys fstest.MapFS, opts Options) (out []string, adopted int) {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		a := NewAnalyzer()
		for edit := range 2 {
			r := &run{a: a, fsys: fsys, opts: opts, dir: ".", aheadAll: all}
			out = append(out, analysis(r.analyze()))
			adopted += r.adopted
			fsys = maps.Clone(fsys)
			for p, f := range fsys {
				if strings.HasSuffix(p, "1.nix") || strings.HasSuffix(p, "3.nix") {
					fsys[p] = &fstest.MapFile{Data: append(slices.Clone(f.Data), fmt.Sprintf("\n# edit %d\n", edit)...)}
				}
			}
		}
		return out, adopted
	}
	adopted := 0
	for i, f := range flakes {
		fsys := aheadFlake(f.kinds, f.special, f.long)
		for _, steps := range []int{0, 2000} {
			opts := Options{Dir: ".", MaxSteps: steps, Extra: []string{"secrets/m03.nix"}}
			want, _ := analyse(1, false, fsys, opts)
			// On one goroutine, the run takes every module it can; on
			// several, what their timing gives.
			for _, procs := range []int{1, 4} {
				got, n := analyse(procs, true, fsys, opts)
				if procs == 1 {
					adopted += n
				}
				for k := range want {
					if got[k] != want[k] {
						t.Fatalf("flake %d %v, steps %d, %d goroutines, analysis %d: evaluating ahead gives\n%s\nwant\n%s", i, f, steps, procs, k, got[k], want[k])
					}
				}
			}
		}
	}
	if adopted < len(flakes) {
		t.Errorf("%d modules evaluated ahead in %d flakes", adopted, len(flakes))
	}
}

// TestAheadBench checks that the run takes every module of
// BenchmarkAnalyzeFull's policy from evaluation ahead, when the timing
// lets it.
func TestAheadBench(t *testing.T) {
	fsys := benchPolicy(t, 40, 5, 4)
	r := &run{a: NewAnalyzer(), fsys: fsys, opts: Options{Dir: "."}, dir: ".", aheadAll: true}
	if res := r.analyze(); res.HasErrors() || r.adopted != 40 {
		t.Errorf("%d of 40 modules evaluated ahead; errors: %v", r.adopted, res.HasErrors())
	}
}

// TestReadsFiles checks the guess of which module files read others.
func TestReadsFiles(t *testing.T) {
	for text, want := range map[string]bool{
		`{ lib, ... }: { flake.secrets.a.recipients.admins = [ ]; }`:         false,
		`{ ... }: { imports = [ ./team.nix ./hosts.nix ]; }`:                 false,
		`{ ... }: let keys = import ./keys.nix; in { }`:                      true,
		`{ ... }: { flake.secrets = import ./secrets.nix; }`:                 true,
		`{ lib, ... }: lib.importJSON ./hosts.json`:                          true,
		`{ ... }: builtins.fromJSON (builtins.readFile ./hosts.json)`:        true,
		`{ ... }: { imports = lib.optional (builtins.pathExists ./x) ./x; }`: true,
		`{ ... }: { x = "import"; }`:                                         true, // a guess
	} {
		if got := readsFiles([]byte(text)); got != want {
			t.Errorf("readsFiles(%q) = %v, want %v", text, got, want)
		}
	}
}
