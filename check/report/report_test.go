package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/check"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// sample is a report with a finding of each kind of shape: positioned, on
// a whole file, with several lines, with detail and related places, and
// with the characters annotations and URIs must escape.
func sample() *check.Report {
	return &check.Report{Files: 2, Findings: []check.Finding{
		{Pos: check.Location{Position: token.Position{Filename: "secrets/a b.yaml", Line: 3, Column: 5}}, Severity: check.Error, Code: check.CodeStale,
			Message: "stale: 100% sure, key a:b,c", Detail: "step 1\nstep 2",
			Related: []check.Related{{Pos: check.Location{Position: token.Position{Filename: "secrets.nix", Line: 7, Column: 3}}, Message: "declared here"}}},
		{Pos: check.Location{Position: token.Position{Filename: "secrets/old.yaml"}}, Severity: check.Warning, Code: check.CodeUndeclared, Message: "no secret declares it"},
		{Pos: check.Location{Position: token.Position{Filename: "flake.nix", Line: 1, Column: 1}}, Severity: check.Info, Code: "not-imported", Message: "first line\nsecond line\r\nthird"},
	}}
}

func TestText(t *testing.T) {
	var b bytes.Buffer
	if err := WriteText(&b, sample(), Options{}); err != nil {
		t.Fatal(err)
	}
	want := `secrets/a b.yaml:3:5: error: stale: 100% sure, key a:b,c [stale-recipient]
    secrets.nix:7:3: declared here
    step 1
    step 2
secrets/old.yaml: warning: no secret declares it [undeclared-file]
flake.nix:1:1: info: first line [not-imported]
    second line` + "\r" + `
    third
1 error, 1 warning (2 files checked)
`
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	if strings.Contains(b.String(), "\x1b[") {
		t.Error("colour without Color")
	}
}

func TestTextColorQuietAndPaths(t *testing.T) {
	var b bytes.Buffer
	o := Options{Color: true, Quiet: true, Path: func(p string) string { return "repo/" + p }}
	if err := WriteText(&b, sample(), o); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.Contains(out, "\x1b[1m\x1b[31merror\x1b[0m") {
		t.Errorf("errors are not red:\n%q", out)
	}
	if strings.Contains(out, "warning") || strings.Contains(out, "info") || strings.Contains(out, "checked") {
		t.Errorf("quiet shows more than errors:\n%s", out)
	}
	if !strings.Contains(out, "repo/secrets/a b.yaml:3:5") || !strings.Contains(out, "repo/secrets.nix:7:3") {
		t.Errorf("paths not mapped:\n%s", out)
	}
}

func TestSummary(t *testing.T) {
	for _, c := range []struct {
		r    *check.Report
		want string
	}{
		{&check.Report{}, "no problems found (0 files checked)"},
		{&check.Report{Files: 1}, "no problems found (1 file checked)"},
		{sample(), "1 error, 1 warning (2 files checked)"},
	} {
		if got := Summary(c.r); got != c.want {
			t.Errorf("Summary = %q, want %q", got, c.want)
		}
	}
}

// unescape reverses @actions/core's escaping of workflow commands.
func unescape(s string) string {
	return strings.NewReplacer("%0D", "\r", "%0A", "\n", "%3A", ":", "%2C", ",", "%25", "%").Replace(s)
}

var command = regexp.MustCompile(`^::(error|warning|notice) ((?:[a-z]+=[^,:]*)(?:,[a-z]+=[^,:]*)*)::(.*)$`)

// parseCommands reads workflow commands the way the runner does, failing
// on any line that is neither a command nor the summary.
func parseCommands(t *testing.T, out string) []map[string]string {
	t.Helper()
	var cmds []map[string]string
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		m := command.FindStringSubmatch(line)
		if m == nil {
			if strings.HasPrefix(line, "secrets-lsp: ") {
				continue
			}
			t.Fatalf("not a workflow command: %q", line)
		}
		cmd := map[string]string{"kind": m[1], "message": unescape(m[3])}
		for _, p := range strings.Split(m[2], ",") {
			k, v, _ := strings.Cut(p, "=")
			cmd[k] = unescape(v)
		}
		cmds = append(cmds, cmd)
	}
	return cmds
}

func TestGitHub(t *testing.T) {
	var b bytes.Buffer
	if err := WriteGitHub(&b, sample(), Options{}); err != nil {
		t.Fatal(err)
	}
	cmds := parseCommands(t, b.String())
	if len(cmds) != 3 {
		t.Fatalf("%d commands:\n%s", len(cmds), b.String())
	}
	first := cmds[0]
	if first["kind"] != "error" || first["file"] != "secrets/a b.yaml" || first["line"] != "3" || first["col"] != "5" || first["title"] != check.CodeStale {
		t.Errorf("first command: %v", first)
	}
	if first["message"] != "stale: 100% sure, key a:b,c\nstep 1\nstep 2" {
		t.Errorf("message does not survive escaping: %q", first["message"])
	}
	if _, ok := cmds[1]["line"]; ok || cmds[1]["kind"] != "warning" {
		t.Errorf("a whole-file finding: %v", cmds[1])
	}
	if cmds[2]["kind"] != "notice" || cmds[2]["message"] != "first line\nsecond line\r\nthird" {
		t.Errorf("info: %v", cmds[2])
	}
}

// TestGitHubGolden parses the committed annotation outputs: every line is
// a well-formed command whose file exists.
func TestGitHubGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "check")
	files, _ := filepath.Glob(filepath.Join(dir, "golden", "*.github"))
	if len(files) == 0 {
		t.Fatal("no golden annotations")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range parseCommands(t, string(data)) {
			if c["file"] == "" || c["title"] == "" || c["message"] == "" {
				t.Errorf("%s: incomplete command %v", f, c)
			}
			if _, err := os.Lstat(filepath.Join(dir, c["file"])); err != nil && !strings.HasSuffix(c["file"], "future.yaml") {
				t.Errorf("%s: annotation on a file that does not exist: %v", f, err)
			}
		}
	}
}

func TestJSON(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, sample(), Options{Quiet: true}); err != nil {
		t.Fatal(err)
	}
	var got jsonReport
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Version != 1 || len(got.Findings) != 1 || got.Summary != (jsonSummary{Errors: 1, Warnings: 1, Infos: 1, Files: 2}) {
		t.Errorf("quiet JSON: %+v", got)
	}
	if f := got.Findings[0]; f.File != "secrets/a b.yaml" || f.Line != 3 || f.Column != 5 || f.Detail != "step 1\nstep 2" || len(f.Related) != 1 {
		t.Errorf("finding: %+v", f)
	}
	b.Reset()
	WriteJSON(&b, &check.Report{}, Options{})
	if !strings.Contains(b.String(), `"findings": []`) {
		t.Errorf("no findings must be an empty list, not null:\n%s", b.String())
	}
}

func TestSARIF(t *testing.T) {
	var b bytes.Buffer
	if err := WriteSARIF(&b, sample(), Options{Version: "1.2.3"}); err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if log.Version != "2.1.0" || run.Tool.Driver.Version != "1.2.3" || len(run.Results) != 3 || len(run.Tool.Driver.Rules) != 3 {
		t.Fatalf("log: %+v", log)
	}
	for i, r := range run.Results {
		if run.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("result %d: ruleIndex %d is not rule %s", i, r.RuleIndex, r.RuleID)
		}
		if r.Locations[0].PhysicalLocation.Region.StartLine < 1 {
			t.Errorf("result %d has no start line", i)
		}
	}
	if uri := run.Results[0].Locations[0].PhysicalLocation.ArtifactLocation.URI; uri != "secrets/a%20b.yaml" {
		t.Errorf("uri %q", uri)
	}
	if lv := []string{run.Results[0].Level, run.Results[1].Level, run.Results[2].Level}; lv[0] != "error" || lv[1] != "warning" || lv[2] != "note" {
		t.Errorf("levels %v", lv)
	}
	if fp := run.Results[0].PartialFingerprints["secretsLsp/v1"]; len(fp) != 32 {
		t.Errorf("fingerprint %q", fp)
	}
}

func TestParseFormat(t *testing.T) {
	for _, name := range []string{"text", "json", "sarif", "github"} {
		f, err := ParseFormat(name)
		if err != nil || f.String() != name {
			t.Errorf("ParseFormat(%q) = %v, %v", name, f, err)
		}
	}
	if _, err := ParseFormat("xml"); err == nil {
		t.Error("ParseFormat accepts xml")
	}
}

// TestSARIFColumnsInUTF16 counts SARIF columns in UTF-16 code units, its
// default columnKind, through the file's own token.File: a key and an
// accented letter before the position take 2 and 1 units, 4 and 2 bytes.
// The text format keeps byte columns.
func TestSARIFColumnsInUTF16(t *testing.T) {
	src := token.NewFile("secrets/u.yaml", []byte("a: 1\n\U0001F511é: x\n"))
	x := token.Pos(strings.Index(string(src.Source()), "x"))
	rep := &check.Report{Findings: []check.Finding{{Pos: check.Location{Position: src.Position(x), Source: src},
		Severity: check.Error, Code: check.CodePlaintextValue, Message: "in clear",
		Related: []check.Related{{Pos: check.Location{Position: src.Position(x - 1), Source: src}, Message: "the space before"}}}}}
	var b bytes.Buffer
	if err := WriteSARIF(&b, rep, Options{}); err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	res := log.Runs[0].Results[0]
	if r := res.Locations[0].PhysicalLocation.Region; r.StartLine != 2 || r.StartColumn != 6 {
		t.Errorf("region %+v, want line 2, column 6 (UTF-16)", *r)
	}
	if r := res.RelatedLocations[0].PhysicalLocation.Region; r.StartColumn != 5 {
		t.Errorf("related region %+v, want column 5", *r)
	}
	b.Reset()
	if err := WriteText(&b, rep, Options{Quiet: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(b.String(), "secrets/u.yaml:2:9: ") {
		t.Errorf("text columns are not bytes: %q", b.String())
	}
}
