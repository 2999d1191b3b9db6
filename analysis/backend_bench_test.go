package analysis

import (
	"runtime"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/internal/testenv"
)

// BenchmarkMergeBuild merges and builds BenchmarkAnalyzeFull's policy from
// its modules, evaluated beforehand: the back end of a full analysis
// alone (no group reused), whose CPU time the whole one's noise hides.
func BenchmarkMergeBuild(b *testing.B) {
	testenv.GCPercent(b, GCPercent) // as the binaries analyse
	fsys := benchPolicy(b, 200, 50, 20)
	a := NewAnalyzer()
	if res := a.Analyze(fsys, Options{Dir: "."}); res.HasErrors() {
		b.Fatal(res.Diagnostics)
	}
	r := &run{a: a, fsys: fsys, dir: ".", used: map[string]*unit{}, res: &Result{}}
	order := collect(r.flake().root, r.module, nil)
	if len(r.res.Evaluated) > 0 {
		b.Fatalf("evaluated %v again", r.res.Evaluated)
	}
	runtime.GC()
	b.ResetTimer()
	start := processCPU()
	for i := 0; i < b.N; i++ {
		ctx := &mergeCtx{groups: newGroupCache(nil, newKeyChecker())}
		fl := ctx.mergeModules(order)
		p := (&builder{checker: ctx.groups.checker, groups: ctx.groups}).policy(fl)
		if len(p.Groups) != 200 || hasError(ctx.diags) || !sopsYAMLKnown(p) {
			b.Fatal("unexpected result")
		}
	}
	reportCPU(b, start)
}
