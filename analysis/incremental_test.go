package analysis

import (
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// TestIncremental edits files one after the other and checks that the
// Analyzer gives exactly what a fresh analysis gives, evaluating again only
// what depends on the edited file.
func TestIncremental(t *testing.T) {
	m := loadMarked(t, "queries.txtar")
	fsys := m.fs
	a := NewAnalyzer()
	first := a.Analyze(fsys, Options{Dir: "."})
	if len(first.Evaluated) != 2 {
		t.Fatalf("first analysis evaluated %v", first.Evaluated)
	}
	steps := []struct {
		file, old, new string
		evaluated      string // the files evaluated again
	}{
		{"team.nix", `name = "carol"`, `name = "carol2"`, "team.nix"},
		{"hosts.json", `"server1"`, `"server2"`, "flake.nix"},
		{"keys.nix", `bob =`, `bobby =`, "flake.nix"},
		{"team.nix", `agee = `, `pgp = `, "team.nix"},
		{"flake.nix", `"sevrer1"`, `"server2"`, "flake.nix"},
	}
	for _, st := range steps {
		next := fstest.MapFS{}
		for p, f := range fsys {
			next[p] = f
		}
		data := string(fsys[st.file].Data)
		if !strings.Contains(data, st.old) {
			t.Fatalf("%s has no %q", st.file, st.old)
		}
		next[st.file] = &fstest.MapFile{Data: []byte(strings.Replace(data, st.old, st.new, 1))}
		fsys = next
		got := a.Analyze(fsys, Options{Dir: "."})
		want := Analyze(fsys, Options{Dir: "."})
		if strings.Join(got.Evaluated, " ") != st.evaluated {
			t.Errorf("after editing %s, evaluated %v, want %s", st.file, got.Evaluated, st.evaluated)
		}
		if got.SecretsJSON() != want.SecretsJSON() {
			t.Errorf("after editing %s: policy differs from a fresh analysis:\n%s\n%s", st.file, got.SecretsJSON(), want.SecretsJSON())
		}
		if !reflect.DeepEqual(diagTexts(got), diagTexts(want)) {
			t.Errorf("after editing %s: diagnostics differ:\n%v\n%v", st.file, diagTexts(got), diagTexts(want))
		}
	}
	again := a.Analyze(fsys, Options{Dir: "."})
	if len(again.Evaluated) != 0 {
		t.Errorf("nothing changed, yet evaluated %v", again.Evaluated)
	}
}

func tokenPos(n int) token.Pos { return token.Pos(n) }

func diagTexts(r *Result) []string {
	var out []string
	for _, d := range r.Diagnostics {
		out = append(out, d.Span.File+":"+itoa(int(d.Start))+" "+d.Code+" "+d.Message)
	}
	return out
}

// TestDirectoryImportReached checks that a module imported as a directory
// (./team) reaches its default.nix: the file is part of the flake, not
// analysed on its own.
func TestDirectoryImportReached(t *testing.T) {
	res := Analyze(os.DirFS(goldenDir+"/lsp-directory-import"), Options{Dir: ".", Extra: []string{"team/default.nix"}})
	if len(res.Unreached) != 0 {
		t.Errorf("unreached: %+v", res.Unreached[0].File)
	}
	if !slices.Contains(res.Modules(), "team/default.nix") {
		t.Errorf("modules %v lack team/default.nix", res.Modules())
	}
}

// TestImportedAsValueReached: a module the flake takes from a set of
// modules (modules/default.nix: admins = import ./admins.nix) is part of
// the flake, not reported as imported by no module.
func TestImportedAsValueReached(t *testing.T) {
	res := Analyze(os.DirFS(goldenDir+"/rw6-modules-attrset-default-nix"), Options{Dir: ".", Extra: []string{"modules/admins.nix"}})
	if len(res.Unreached) != 0 || findDiag(res, CodeNotReached) != nil {
		t.Errorf("modules/admins.nix reported unreached: %v", res.Diagnostics)
	}
}

// TestUnreached analyses a module file no flake imports on its own: what is
// certainly wrong is reported, a name that other modules may declare is not.
func TestUnreached(t *testing.T) {
	m := loadMarked(t, "queries.txtar")
	m.fs["secrets/new.nix"] = &fstest.MapFile{Data: []byte(`{ lib, ... }: {
  flake.secrets.prod.recipients.targets = [ { name = "web2"; agee = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg"; } ];
  flake.secrets.prod.secret.cache.targets = [ "web2" "declared-elsewhere" ];
  flake.secrets.prod.secret.cache.file = "../cache.yaml";
}
`)}
	res := Analyze(m.fs, Options{Dir: ".", Extra: []string{"secrets/new.nix", "flake.nix", "keys.nix"}})
	if len(res.Unreached) != 1 || res.Unreached[0].File != "secrets/new.nix" {
		t.Fatalf("unreached: %+v", res.Unreached)
	}
	codes := map[string]bool{}
	for _, d := range res.Diagnostics {
		if d.File == "secrets/new.nix" {
			codes[d.Code] = true
		}
	}
	for _, c := range []string{CodeUnknownOption, CodeInvalidFile, CodeNotReached} {
		if !codes[c] {
			t.Errorf("no %s in the unreached file: %v", c, codes)
		}
	}
	if codes[CodeUnknownRecipient] || codes[CodeNoRecipient] {
		t.Errorf("a name other modules may declare is reported: %v", codes)
	}
	// Queries work in it too.
	prefix := "{ lib, ... }: {\n  flake.secrets.prod.recipients.targets = [ { name = \"we"
	it := res.At("secrets/new.nix", tokenPos(len(prefix)))
	if it == nil || it.Kind != ItemRecipient || it.Recipient.Name != "web2" {
		t.Errorf("at web2: %+v", it)
	}
}
