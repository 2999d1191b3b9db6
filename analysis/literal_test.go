package analysis

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
	"github.com/secrets-lsp/secrets-lsp/internal/testenv"
	"github.com/secrets-lsp/secrets-lsp/nixparse/ast"
)

// literals exercises what snapshotter.literal takes from the tree and
// what it must leave to evaluation.
const literals = `{
  flake.secrets.g = {
    recipients.admins = [ { name = "a"; age = "age1x"; } ({ name = ''
      b''; age = [ "k1" ("k2") ]; }) ];
    recipients.targets = [ ];
    secret.s1.targets = [ "h1" "h2" ];
    secret.s1.admins = [ "a" ];
    secret."s 2" = { targets = [ "*" ]; file = "x.yaml"; };
    secret.${"s3"}.targets = [ ];
    directory = ((("d")));
    _module.args = { };
  };
  flake.other = 1;
  n = [ 1 2.5 [ [ ] { } ] { a.b.c = 3; a.b.d = 4; } rec { x = 1; } ];
  withType = { _type = "if"; condition = true; content = { }; };
  module = { imports = [ ]; config = { }; };
  plain = { x = "y"; };
  notLit = [ "a" x ];
  interp = "a${"b"}";
  inh = { inherit x; };
  dyn = { ${x} = 1; };
  paren = ((((((((((((1))))))))))));
}
`

// TestLiteralSnapshots compares snapshots taken from the tree with those of
// evaluation, for every literal of the golden vectors and of literals, as
// a definition of the policy's options and as a plain value: the same
// Data, positions included, the same budget spent and the same evaluation
// steps; near the bounds, the tree gives way to evaluation.
func TestLiteralSnapshots(t *testing.T) {
	files := map[string][]byte{"literals.nix": []byte(literals)}
	err := filepath.WalkDir(goldenDir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".nix") {
			files[p], err = os.ReadFile(p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	admins := groupOption.child("recipients").child("admins")
	opts := []*option{nil, moduleOption, flakeOption, flakeOption.child("secrets"), groupOption, groupOption.child("recipients"), admins,
		recipientOption, groupOption.child("secret"), secretOption, submodule("", false, &option{name: "x", typ: tStr})}
	taken, left := 0, 0
	for name, data := range files {
		src := eval.NewSource(name, data)
		f, _ := src.Nix()
		ast.Inspect(f, func(n ast.Node) bool {
			x, ok := n.(ast.Expr)
			if !ok {
				return true
			}
			if l, _ := eval.NewThunk(x, nil, src).Literal(); l.Kind() == eval.KUnknown {
				return true
			}
			for _, opt := range opts {
				for i, bounds := range []struct{ depth, budget, steps int }{{0, snapshotBudget, 0}, {60, snapshotBudget, 0}, {0, 5, 0}, {0, snapshotBudget, 4}} {
					if i > 0 && name != "literals.nix" {
						break
					}
					tree, want := snapshotBoth(x, src, opt, bounds.depth, bounds.budget, bounds.steps)
					if tree == nil {
						left++
						continue
					}
					taken++
					if !reflect.DeepEqual(tree, want) {
						p := src.File.Position(x.Pos())
						t.Errorf("%s:%d:%d as %v with bounds %v: from the tree\n%s\nevaluated\n%s", name, p.Line, p.Column, opt, bounds, dumpSnapshot(tree), dumpSnapshot(want))
					}
				}
			}
			return true
		})
	}
	t.Logf("%d snapshots taken from the tree, %d left to evaluation", taken, left)
	if taken < 1000 || left < 500 {
		t.Errorf("%d snapshots taken from the tree, %d left to evaluation: the test misses one of them", taken, left)
	}
}

// litSnapshot is what snapshotting x (as a definition of opt, or a value
// when opt is nil) gives and spends.
type litSnapshot struct {
	d             *Data
	steps, budget int
}

// snapshotBoth snapshots x from the tree (nil when it is left to
// evaluation) and by evaluation, within the given bounds: the depth to
// start at, the snapshot's budget of nodes and the Machine's steps (0:
// the default).
func snapshotBoth(x ast.Expr, src *eval.Source, opt *option, depth, budget, steps int) (tree, want *litSnapshot) {
	take := func(fromTree bool) *litSnapshot {
		m := eval.NewMachine(eval.Config{FS: fstest.MapFS{}, MaxSteps: steps})
		s := newSnapshotter(m)
		s.budget, s.fromTree = budget, fromTree
		th := eval.NewThunk(x, nil, src)
		var d *Data
		switch {
		case fromTree:
			d = s.literal(th, opt, depth)
		case opt == nil:
			d = s.elem(th, depth, nil, 0)
		default:
			d = s.definition(th, opt, "", depth, nil, 0)
		}
		if d == nil {
			return nil
		}
		return &litSnapshot{d, m.Steps(), s.budget}
	}
	return take(true), take(false)
}

func dumpSnapshot(s *litSnapshot) string {
	if s == nil {
		return "nil"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "steps %d, budget %d\n", s.steps, s.budget)
	var dump func(d *Data, indent string)
	dump = func(d *Data, indent string) {
		fmt.Fprintf(&b, "%s%v %q %d %v [%d:%d %d] open=%v names=%v(nil %v) keys=%v\n", indent, d.Kind, d.Str, d.Int, d.Bool, d.O.Start, d.O.End, d.O.Lit, d.Open, d.Names(), d.Names() == nil, d.Keys())
		for _, e := range d.Elems() {
			dump(e, indent+"  ")
		}
	}
	dump(s.d, "")
	return b.String()
}

// BenchmarkEvaluateModules evaluates and snapshots the module files of
// BenchmarkAnalyzeFull's policy, parsed and their scopes merged
// beforehand: the evaluation side of a full analysis alone, on one
// goroutine.
func BenchmarkEvaluateModules(b *testing.B) {
	testenv.GCPercent(b, GCPercent) // as the binaries analyse
	fsys := benchPolicy(b, 200, 50, 20)
	loader := eval.NewLoader()
	var paths []string
	for p := range fsys {
		if src, err := loader.Load(fsys, p); err == nil {
			src.WarmScopes()
		}
		if strings.HasPrefix(p, "secrets/") {
			paths = append(paths, p)
		}
	}
	runtime.GC()
	b.ResetTimer()
	start := processCPU()
	for range b.N {
		x := newExtractor(eval.Config{FS: fsys, Loader: loader}, ".")
		x.loadInputs("flake.nix")
		for _, p := range paths {
			if u := x.moduleUnit(p); u.root == nil {
				b.Fatal("no module in", p)
			}
		}
	}
	reportCPU(b, start)
}
