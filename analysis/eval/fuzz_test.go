package eval

import (
	"strings"
	"testing"
)

// FuzzEval evaluates arbitrary expressions (deeply, then printed): the
// evaluator must never panic, and must stop within its budget.
func FuzzEval(f *testing.F) {
	for _, c := range evalCases {
		f.Add(c.expr)
	}
	f.Add(`let f = x: f x; in f 1`)
	f.Add(`builtins.genList (x: x) 100000000`)
	f.Add(`rec { a = b; b = a; }.a`)
	f.Add(`(x: x x) (x: x x)`)
	f.Fuzz(func(t *testing.T, expr string) {
		m := NewMachine(Config{FS: testFS, Root: "/ws", MaxSteps: 20000, MaxDepth: 200})
		src := NewSource("fuzz.nix", []byte(strings.ReplaceAll(expr, "<lib>", "./lib")))
		file, _ := src.Nix()
		env := NewEnv(nil, []string{"unknown", "__lib"}, []*Thunk{Ready(&Unknown{}), Ready(m.Lib())})
		v := m.Eval(file.Expr, env, src)
		m.DeepForce(v, 0)
		_ = m.Show(v)
	})
}
