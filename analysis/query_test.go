package analysis

import (
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/secrets-lsp/secrets-lsp/keys"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// markedFS reads a txtar archive (-- name -- sections) of testdata/analysis
// and removes the markers ⟦name⟧, remembering where each was.
type markedFS struct {
	fs      fstest.MapFS
	markers map[string]Span
}

func loadMarked(t *testing.T, name string) *markedFS {
	t.Helper()
	data, err := os.ReadFile("../testdata/analysis/" + name)
	if err != nil {
		t.Fatal(err)
	}
	m := &markedFS{fs: fstest.MapFS{}, markers: map[string]Span{}}
	var file string
	var b strings.Builder
	flush := func() {
		if file != "" {
			m.fs[file] = &fstest.MapFile{Data: []byte(b.String())}
		}
		b.Reset()
	}
	for _, line := range strings.SplitAfter(string(data), "\n") {
		if strings.HasPrefix(line, "-- ") && strings.HasSuffix(strings.TrimSpace(line), " --") {
			flush()
			file = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(line), "-- "), " --")
			continue
		}
		if file == "" {
			continue
		}
		for {
			i := strings.Index(line, "⟦")
			if i < 0 {
				break
			}
			j := strings.Index(line, "⟧")
			pos := token.Pos(b.Len() + i)
			m.markers[line[i+len("⟦"):j]] = Span{File: file, Start: pos, End: pos}
			line = line[:i] + line[j+len("⟧"):]
		}
		b.WriteString(line)
	}
	flush()
	return m
}

func (m *markedFS) at(t *testing.T, marker string) (string, token.Pos) {
	t.Helper()
	s, ok := m.markers[marker]
	if !ok {
		t.Fatalf("no marker %s", marker)
	}
	return s.File, s.Start
}

func TestQueries(t *testing.T) {
	m := loadMarked(t, "queries.txtar")
	res := Analyze(m.fs, Options{Dir: "."})

	// The typo flowed through map; the error is at the literal.
	typo := findDiag(res, CodeUnknownRecipient)
	if typo == nil {
		t.Fatalf("no unknown-recipient error: %v", res.Diagnostics)
	}
	if f, p := m.at(t, "typo"); typo.File != f || typo.Start != p || typo.End != p+token.Pos(len(`"sevrer1"`)) {
		t.Errorf("the typo is reported at %v, want %s:%d", typo.Span, f, p)
	}
	if typo.Hint != `did you mean "server1"?` || len(typo.Fixes) != 1 || typo.Fixes[0].Edits[0].NewText != `"server1"` {
		t.Errorf("hint %q, fixes %+v", typo.Hint, typo.Fixes)
	}
	if len(typo.Related) == 0 || typo.Related[0].File != "flake.nix" {
		t.Errorf("related %+v: want the targets list", typo.Related)
	}
	// Nix fails on db's _recipients: its selection reports the same error;
	// apiKey's has none.
	prod := res.Policy.Group("prod")
	if errs := prod.Secret("db").SelectionErrors(); len(errs) != 1 || errs[0] != typo.Message {
		t.Errorf("db: selection errors %q, want the typo's %q", errs, typo.Message)
	}
	if errs := prod.Secret("apiKey").SelectionErrors(); len(errs) != 0 {
		t.Errorf("apiKey: selection errors %q, want none", errs)
	}
	agee := findDiag(res, CodeUnknownOption)
	if f, p := m.at(t, "agee"); agee == nil || agee.File != f || agee.Start != p || len(agee.Fixes) != 1 || agee.Fixes[0].Edits[0].NewText != "age" {
		t.Errorf("unknown option agee: %+v", agee)
	}

	item := func(marker string, kind ItemKind) *Item {
		t.Helper()
		f, p := m.at(t, marker)
		it := res.At(f, p+1)
		if it == nil || it.Kind != kind {
			t.Fatalf("at %s: %+v, want kind %d", marker, it, kind)
		}
		return it
	}
	if it := item("prod", ItemGroup); it.Group.Name != "prod" {
		t.Errorf("group %s", it.Group.Name)
	}
	if it := item("api", ItemSecret); it.Secret.Name != "apiKey" {
		t.Errorf("secret %s", it.Secret.Name)
	}
	if it := item("targetsopt", ItemOption); it.Option.Path() != "flake.secrets.prod.recipients.targets" || !it.Option.Known {
		t.Errorf("option %s", it.Option.Path())
	}
	web := item("webref", ItemRecipientRef)
	if web.Name != "web1" || web.Recipient == nil || web.Recipient.NameSpan.File != "hosts.json" {
		t.Fatalf("reference to web1: %+v", web)
	}
	if got := candidateNames(web.Candidates); got != "server1 web1 *" {
		t.Errorf("target candidates %s", got)
	}
	alice := item("alicedecl", ItemRecipient).Recipient
	if alice.Name != "alice" || alice.Role != Admin {
		t.Fatalf("declaration %+v", alice)
	}
	if it := item("aliceref", ItemRecipientRef); it.Recipient != alice || candidateNames(it.Candidates) != "carol alice bob" {
		t.Errorf("admins reference: %+v, candidates %s (team.nix's admins come first)", it.Recipient, candidateNames(it.Candidates))
	}
	f, p := m.at(t, "slot")
	if it := res.At(f, p); it == nil || it.Kind != ItemSlot || it.Role != Target || it.Replace.Start != p || it.Replace.End != p {
		t.Errorf("slot: %+v", it)
	}

	// References: the declaration, explicit names and implicit ones.
	want := map[RefKind]int{RefDeclaration: 1, RefExplicit: 1, RefDefaultAdmin: 3}
	if got := refCounts(res.References(alice)); !equalCounts(got, want) {
		t.Errorf("references to alice: %v, want %v", got, want)
	}
	webRefs := res.References(web.Recipient)
	if got := refCounts(webRefs); !equalCounts(got, map[RefKind]int{RefDeclaration: 1, RefExplicit: 1, RefStar: 1}) {
		t.Errorf("references to web1: %v", got)
	}
	if f, p := m.at(t, "webdecl"); webRefs[0].Span.File != f || webRefs[0].Span.Start != p {
		t.Errorf("web1 is declared at %v, want %s:%d", webRefs[0].Span, f, p)
	}
	if got := accessNames(res.BlastRadius(web.Recipient)); got != "all apiKey" {
		t.Errorf("web1 can decrypt %s", got)
	}

	// Rename web1: the JSON key and the literal in the let.
	edits, err := res.Rename(web.Recipient, "web9")
	if err != nil || len(edits) != 2 {
		t.Fatalf("rename: %v %+v", err, edits)
	}
	renamed := applyEdits(t, m.fs, edits)
	res2 := Analyze(renamed, Options{Dir: "."})
	if res2.Policy.Group("prod").Targets.Lookup("web9") == nil || findDiag(res2, CodeUnknownRecipient) == nil || countCode(res2, CodeUnknownRecipient) != 1 {
		t.Errorf("after the rename: %v", res2.Diagnostics)
	}
	// A rename to an invalid name is refused.
	if _, err := res.Rename(web.Recipient, "web 9"); err == nil {
		t.Error("renamed to an invalid name")
	}
	// An admin that secrets take by default renames at its declaration and
	// explicit references: the defaults need no edit.
	edits, err = res.Rename(alice, "alicia")
	if err != nil || len(edits) != 2 {
		t.Fatalf("rename alice: %v %+v", err, edits)
	}
	res3 := Analyze(applyEdits(t, m.fs, edits), Options{Dir: "."})
	if res3.Policy.Group("prod").Admins.Lookup("alicia") == nil || countCode(res3, CodeUnknownRecipient) != countCode(res, CodeUnknownRecipient) {
		t.Errorf("after renaming alice: %v", res3.Diagnostics)
	}

	syms := res.Symbols("flake.nix")
	if len(syms) != 1 || syms[0].Name != "prod" || symbolNames(syms[0].Children) != "alice bob all apiKey db narrow" {
		t.Errorf("symbols: %+v", syms)
	}
	if a, tg, ok := res.Policy.Group("prod").Secret("all").Counts(); !ok || a != 3 || tg != 2 {
		t.Errorf("counts %d %d %v", a, tg, ok)
	}
}

func findDiag(res *Result, code string) *Diagnostic {
	for i := range res.Diagnostics {
		if res.Diagnostics[i].Code == code {
			return &res.Diagnostics[i]
		}
	}
	return nil
}

func countCode(res *Result, code string) int {
	n := 0
	for _, d := range res.Diagnostics {
		if d.Code == code {
			n++
		}
	}
	return n
}

func candidateNames(cs []Candidate) string {
	var names []string
	for _, c := range cs {
		names = append(names, c.Name)
	}
	return strings.Join(names, " ")
}

func symbolNames(ss []Symbol) string {
	var names []string
	for _, s := range ss {
		names = append(names, s.Name)
	}
	return strings.Join(names, " ")
}

func accessNames(as []Access) string {
	var names []string
	for _, a := range as {
		names = append(names, a.Secret.Name)
	}
	return strings.Join(names, " ")
}

func refCounts(refs []Reference) map[RefKind]int {
	out := map[RefKind]int{}
	for _, r := range refs {
		out[r.Kind]++
	}
	return out
}

func equalCounts(a, b map[RefKind]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// applyEdits returns a copy of fsys with the edits made.
func applyEdits(t *testing.T, fsys fstest.MapFS, edits []Edit) fstest.MapFS {
	t.Helper()
	out := fstest.MapFS{}
	for p, f := range fsys {
		out[p] = f
	}
	byFile := map[string][]Edit{}
	for _, e := range edits {
		byFile[e.File] = append(byFile[e.File], e)
	}
	for file, es := range byFile {
		data, err := ApplyEdits(out[file].Data, es)
		if err != nil {
			t.Fatal(err)
		}
		out[file] = &fstest.MapFile{Data: data}
	}
	return out
}

// TestCases runs testdata/analysis/cases: each archive is a flake and,
// under -- want --, the diagnostics it must give ("CODE MARKER" for an
// error at a marker, "warning CODE MARKER" for a warning) or "no errors".
// Every error must be listed.
func TestCases(t *testing.T) {
	entries, err := os.ReadDir("../testdata/analysis/cases")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		t.Run(strings.TrimSuffix(e.Name(), ".txtar"), func(t *testing.T) {
			m := loadMarked(t, "cases/"+e.Name())
			want := string(m.fs["want"].Data)
			delete(m.fs, "want")
			res := Analyze(m.fs, Options{Dir: "."})
			wanted := map[int]bool{}
			for _, line := range strings.Split(strings.TrimSpace(want), "\n") {
				if line == "no errors" {
					continue
				}
				f := strings.Fields(line)
				sev := SeverityError
				if f[0] == "warning" {
					sev, f = SeverityWarning, f[1:]
				}
				file, pos := m.at(t, f[1])
				found := false
				for i, d := range res.Diagnostics {
					if d.Severity == sev && d.Code == f[0] && d.File == file && d.Start == pos {
						wanted[i], found = true, true
					}
				}
				if !found {
					t.Errorf("missing %s at %s:%d; got:\n%s", line, file, pos, diagList(res))
				}
			}
			for i, d := range res.Diagnostics {
				if d.Severity == SeverityError && !wanted[i] {
					t.Errorf("unexpected error %s at %s:%d: %s", d.Code, d.File, d.Start, d.Message)
				}
			}
		})
	}
}

func TestHover(t *testing.T) {
	m := loadMarked(t, "queries.txtar")
	res := Analyze(m.fs, Options{Dir: "."})
	at := func(marker string) string {
		f, p := m.at(t, marker)
		return res.Hover(res.At(f, p+1))
	}
	for _, c := range []struct{ marker, want string }{
		{"api", "| web1 | target | age `age1zy07…mmg` | named |"},
		{"api", "| carol | admin | age `age1x83r…x5q` | default admin |"},
		{"api", "- path_regex: ^secrets/prod/apiKey\\.yaml$"},
		{"webref", "**target `web1`** of group `prod`"},
		{"webref", "can decrypt 2 secrets: `all` (\"*\"), `apiKey`"},
		{"prod", "**group `prod`** — files in `secrets/prod/`\n\n3 admins, 2 targets, 4 secrets"},
		{"typo", "`sevrer1` is not a target of group `prod`; targets: server1, web1"},
		{"agee", "does not exist; here: age, azureKeyvault, gcpKms, hcVaultTransit, key, kms, name, pgp"},
		{"targetsopt", "Recipients who can decrypt only the secrets"},
	} {
		if got := at(c.marker); !strings.Contains(got, c.want) {
			t.Errorf("hover at %s:\n%s\nwant it to contain:\n%s", c.marker, got, c.want)
		}
	}
}

// TestAtExtents checks that At, once it knows where each group's items are
// (the extents of the first walk), finds at every offset of every file
// what a walk of everything finds.
func TestAtExtents(t *testing.T) {
	m := loadMarked(t, "queries.txtar")
	res := Analyze(m.fs, Options{Dir: "."})
	for name, f := range m.fs {
		for pos := token.Pos(0); pos <= token.Pos(len(f.Data)); pos++ {
			res.index.extents = map[string]*extents{}
			want := res.At(name, pos) // walks everything, records the extents
			if got := res.At(name, pos); !reflect.DeepEqual(got, want) {
				t.Errorf("%s:%d: At = %+v, want %+v", name, pos, got, want)
			}
		}
	}
}

// TestRenameSharedLiteral: a let list of hosts that two groups declare as
// targets renames in both groups, and a conflict in the other group is
// refused.
func TestRenameSharedLiteral(t *testing.T) {
	const key1, key2 = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg", "age1yflkun7n5n62c6a6p05t8ex9h4elal5xuf38lnq65fsyzmheevxqwm2w7y"
	policy := `{ ... }:
let hosts = [ { name = "api"; age = "` + key1 + `"; } { name = "worker"; age = "` + key2 + `"; } ];
in {
  flake.secrets.staging = { recipients.targets = hosts; secret.db.targets = [ "api" ]; };
  flake.secrets.prod = { recipients.targets = hosts; secret.db.targets = [ "api" "worker" ]; };
}
`
	fsys := fstest.MapFS{"flake.nix": {Data: testFlake([]string{"./policy.nix"}, "")}, "policy.nix": {Data: []byte(policy)}}
	res := Analyze(fsys, Options{Dir: "."})
	api := res.Policy.Group("staging").Targets.Lookup("api")
	if api == nil {
		t.Fatalf("no api: %v", res.Diagnostics)
	}
	edits, err := res.Rename(api, "api-server")
	if err != nil || len(edits) != 3 {
		t.Fatalf("rename: %v %+v", err, edits)
	}
	after := Analyze(applyEdits(t, fsys, edits), Options{Dir: "."})
	if after.HasErrors() || after.Policy.Group("prod").Targets.Lookup("api-server") == nil {
		t.Errorf("after the rename: %v", after.Diagnostics)
	}
	if _, err := res.Rename(api, "worker"); err == nil {
		t.Error("renamed api to worker, which both groups already have")
	}
}

// TestRenameInvalidName: a recipient whose name the module rejects can be
// renamed to a valid name, selections included (prepareRename asks with
// the name it has).
func TestRenameInvalidName(t *testing.T) {
	policy := `{ ... }: {
  flake.secrets.prod = {
    recipients.targets = [ { name = "wörker"; age = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg"; } ];
    secret.db.targets = [ "wörker" ];
  };
}
`
	fsys := fstest.MapFS{"flake.nix": {Data: testFlake([]string{"./policy.nix"}, "")}, "policy.nix": {Data: []byte(policy)}}
	res := Analyze(fsys, Options{Dir: "."})
	rc := res.Policy.Group("prod").Targets.Lookup("wörker")
	if rc == nil || !res.HasErrors() {
		t.Fatalf("recipient %v, diagnostics %v", rc, res.Diagnostics)
	}
	if _, err := res.Rename(rc, rc.Name); err != nil {
		t.Errorf("prepare: %v", err)
	}
	edits, err := res.Rename(rc, "worker")
	if err != nil || len(edits) != 2 {
		t.Fatalf("rename: %v %+v", err, edits)
	}
	if after := Analyze(applyEdits(t, fsys, edits), Options{Dir: "."}); after.HasErrors() {
		t.Errorf("after the rename: %v", after.Diagnostics)
	}
}

// TestKeyBlastRadius: on every golden vector, the secrets a key can
// decrypt are those whose _recipients hold it, found by comparing every
// key of every selected recipient in canonical form.
func TestKeyBlastRadius(t *testing.T) {
	dirs, err := os.ReadDir(goldenDir)
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		res := Analyze(os.DirFS(goldenDir+"/"+d.Name()), Options{Dir: "."})
		for _, g := range res.Policy.Groups {
			for _, l := range []*RecipientList{g.Admins, g.Targets} {
				for _, rc := range l.Items {
					for _, k := range rc.Keys {
						if k.Type == keys.Unknown {
							continue
						}
						want := keys.Canonical(k.Type, k.Value)
						var brute []Access
						for _, g2 := range res.Policy.Groups {
							for _, s := range g2.Secrets {
								for _, sel := range s.Recipients {
									if slices.ContainsFunc(sel.Recipient.Keys, func(k2 Key) bool {
										return k2.Type != keys.Unknown && keys.Canonical(k2.Type, k2.Value) == want
									}) {
										brute = append(brute, Access{Secret: s, Recipient: sel.Recipient, Why: sel.Why})
										break
									}
								}
							}
						}
						if got := res.KeyBlastRadius(k.Type, k.Value); !reflect.DeepEqual(got, brute) {
							t.Errorf("%s: key of %s: %d accesses, want %d", d.Name(), rc.Name, len(got), len(brute))
						}
						checked++
					}
				}
			}
		}
	}
	if checked < 1000 {
		t.Fatalf("only %d keys checked", checked)
	}
}

// TestAtShared: a place of code several groups share is an item of each;
// At returns one with the others in Alike.
func TestAtShared(t *testing.T) {
	env := `{ lib, ... }: {
  flake.secrets = lib.genAttrs [ "dev" "stage" "live" ] (env: {
    recipients.admins = [ { name = "ines"; age = "age1ines"; } ];
    recipients.targets = [ { name = "app-${env}"; age = "age1app"; } ];
    secret.db.targets = [ "*" ];
  });
}
`
	fsys := fstest.MapFS{"flake.nix": {Data: testFlake([]string{"./env.nix"}, "")}, "env.nix": {Data: []byte(env)}}
	res := Analyze(fsys, Options{Dir: "."})
	groupsOf := func(it *Item) []string {
		names := []string{it.Group.Name}
		for _, a := range it.Alike {
			if a.Kind != it.Kind {
				t.Errorf("alike item of kind %v, want %v", a.Kind, it.Kind)
			}
			names = append(names, a.Group.Name)
		}
		slices.Sort(names)
		return names
	}
	for _, at := range []string{`"*"`, "db", `"app-${env}"`} {
		it := res.At("env.nix", token.Pos(strings.Index(env, at)+1))
		if it == nil {
			t.Fatalf("nothing at %s", at)
		}
		if got := groupsOf(it); !slices.Equal(got, []string{"dev", "live", "stage"}) {
			t.Errorf("at %s: groups %q, want dev, live, stage", at, got)
		}
	}
	// A place only one group reads has no alike items.
	one := strings.Replace(env, `[ "dev" "stage" "live" ]`, `[ "dev" ]`, 1)
	fsys["env.nix"] = &fstest.MapFile{Data: []byte(one)}
	res = Analyze(fsys, Options{Dir: "."})
	if it := res.At("env.nix", token.Pos(strings.Index(one, `"*"`)+1)); it == nil || len(it.Alike) != 0 {
		t.Errorf("one group: item %+v, want one without alike items", it)
	}
}
