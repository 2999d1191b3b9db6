package eval

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// TestBudgetGrowsWithFiles checks that the bound on steps grows with the
// files read: filtering a large inventory completes with a base bound far
// below what it needs, and runs out (saying so) when files add nothing.
func TestBudgetGrowsWithFiles(t *testing.T) {
	var b strings.Builder
	b.WriteString("[")
	for i := 0; i < 5000; i++ {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `{"name":"host%d","n":%d}`, i, i%10)
	}
	b.WriteString("]")
	fsys := fstest.MapFS{
		"hosts.json": {Data: []byte(b.String())},
		"count.nix":  {Data: []byte(`let hosts = builtins.fromJSON (builtins.readFile ./hosts.json); in builtins.length (builtins.filter (h: h.n > 4 && h.name != "") hosts)`)},
	}
	for _, c := range []struct {
		perByte int
		want    string
		stopped string
	}{
		{0, "2500", ""},
		{-1, "«unknown»", StepsBound},
	} {
		m := NewMachine(Config{FS: fsys, Root: "/ws", MaxSteps: 5000, StepsPerByte: c.perByte})
		got := m.Show(m.Force(m.EvalFile("count.nix")))
		var stopped []string
		for _, st := range m.Stops() {
			stopped = append(stopped, st.Bound)
			if !st.At.IsValid() || st.Steps <= st.Budget || st.Budget != 5000 {
				t.Errorf("steps per byte %d: stop %+v", c.perByte, st)
			}
		}
		if got != c.want || strings.Join(stopped, " ") != c.stopped {
			t.Errorf("steps per byte %d: got %s, stopped by %q, want %s, %q", c.perByte, got, stopped, c.want, c.stopped)
		}
	}
}

// TestRenew checks that each evaluation Renew starts has a budget of its
// own: one that loops stops, the next one completes.
func TestRenew(t *testing.T) {
	fsys := fstest.MapFS{
		"loop.nix": {Data: []byte(`let f = n: f (n + 1); in f 0`)},
		"sum.nix":  {Data: []byte(`builtins.foldl' (a: b: a + b) 0 (builtins.genList (i: i) 500)`)},
	}
	m := NewMachine(Config{FS: fsys, MaxSteps: 3000})
	var got []string
	for _, f := range []string{"loop.nix", "sum.nix", "loop.nix"} {
		m.Renew()
		got = append(got, m.Show(m.Force(m.EvalFile(f))))
	}
	if strings.Join(got, " ") != "«unknown» 124750 «unknown»" || len(m.Stops()) != 1 {
		t.Errorf("got %v, stops %+v", got, m.Stops())
	}
}

// TestStoppedByDepth checks that running into the depth bound is reported
// like running out of steps.
func TestStoppedByDepth(t *testing.T) {
	src := NewSource("deep.nix", []byte(`let f = n: if n == 0 then 0 else 1 + f (n - 1); in f 100000`))
	f, _ := src.Nix()
	m := NewMachine(Config{FS: fstest.MapFS{}, MaxDepth: 100})
	got := m.Show(m.Eval(f.Expr, nil, src))
	if stops := m.Stops(); got != "«unknown»" || len(stops) != 1 || stops[0].Bound != DepthBound || !stops[0].At.IsValid() {
		t.Errorf("got %s, stops %+v", got, stops)
	}
}
