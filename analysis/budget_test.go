package analysis

import (
	"reflect"
	"testing"
	"testing/fstest"
)

// budgetFlake has a group whose targets come from loop.nix, which loops
// until the evaluation's budget runs out, and a group in ops.nix, imported
// after it.
func budgetFlake(loop string) fstest.MapFS {
	return fstest.MapFS{
		"flake.nix": {Data: testFlake([]string{"./loop.nix", "./ops.nix"}, "")},
		"loop.nix": {Data: []byte(`{
  flake.secrets.dev.recipients.admins = [ { name = "alice"; age = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg"; } ];
  flake.secrets.dev.recipients.targets = ` + loop + `;
  flake.secrets.dev.secret.db = { };
}
`)},
		// A module that needs more steps than its own size adds to the
		// budget: it is complete only with a budget of its own.
		"ops.nix": {Data: []byte(`{
  flake.secrets.ops.recipients.admins = [ { name = "bob"; age = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg"; } ];
  flake.secrets.ops.directory = "s" + toString (builtins.foldl' (a: b: a + b) 0 (builtins.genList (i: i) 6000));
  flake.secrets.ops.secret.db = { };
}
`)},
	}
}

// TestStoppedEvaluation checks that a module that loops (deeper and deeper,
// or over a list too long for its budget) is reported where it stops,
// without a false error, that it does not starve the modules evaluated
// after it, and that an Analyzer does not keep what a stopped evaluation
// gave once the loop is fixed.
func TestStoppedEvaluation(t *testing.T) {
	for _, loop := range []string{
		`let f = n: f (n + 1); in f 0`,
		`builtins.genList (i: { name = "h${toString i}"; }) 5000000`,
	} {
		looping := budgetFlake(loop)
		a := NewAnalyzer()
		res := a.Analyze(looping, Options{Dir: ".", MaxSteps: 20000})
		var stops []Diagnostic
		for _, d := range res.Diagnostics {
			switch {
			case d.Severity == SeverityError:
				t.Errorf("%s: false error: %s", loop, d.Message)
			case d.Code == CodeStopped:
				stops = append(stops, d)
			}
		}
		if len(stops) != 1 || stops[0].File != "loop.nix" {
			t.Errorf("%s: stops %+v", loop, stops)
		}
		dev, ops := res.Policy.Group("dev"), res.Policy.Group("ops")
		if dev == nil || !dev.Targets.Open || ops == nil || !ops.Secrets[0].RuleKnown {
			t.Errorf("%s: dev's targets should be unknown, ops' rule known:\n%s", loop, res.SecretsJSON())
		}

		// Whatever was evaluated once the budget ran out may miss values
		// it shares with the loop: none of it is reused.
		if again := a.Analyze(looping, Options{Dir: ".", MaxSteps: 20000}); !reflect.DeepEqual(again.Evaluated, []string{"loop.nix", "ops.nix"}) {
			t.Errorf("%s: analysed again, evaluated %v", loop, again.Evaluated)
		}

		fixed := budgetFlake(`[ { name = "web"; age = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg"; } ]`)
		got := a.Analyze(fixed, Options{Dir: ".", MaxSteps: 20000})
		want := Analyze(fixed, Options{Dir: ".", MaxSteps: 20000})
		if got.SecretsJSON() != want.SecretsJSON() || !reflect.DeepEqual(diagTexts(got), diagTexts(want)) {
			t.Errorf("%s: after the fix, the Analyzer differs from a fresh analysis:\n%s\n%v\n%s\n%v", loop, got.SecretsJSON(), diagTexts(got), want.SecretsJSON(), diagTexts(want))
		}
		if !got.SopsYAMLKnown {
			t.Errorf("%s: after the fix, the policy is still incomplete: %v", loop, diagTexts(got))
		}
	}
}
