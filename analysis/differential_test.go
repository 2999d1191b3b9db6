package analysis

import (
	"encoding/json"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/secrets-lsp/secrets-lsp/internal/testenv"
)

// TestDifferentialNix generates random realistic policies, evaluates each
// with real Nix and the module (nix/tests/harness.nix) and with the
// analysis, and compares: the same secrets.json and sops.yaml and no error
// for a valid policy, Nix's error among the analysis' diagnostics for a
// broken one. SECRETS_LSP_DIFF_CASES sets how many (default 24),
// SECRETS_LSP_DIFF_SEED the first seed.
func TestDifferentialNix(t *testing.T) {
	nix := testenv.Tool(t, "nix")
	lib := testenv.NixpkgsLib(t)
	parts := testenv.FlakeParts(t)
	repo, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	n := envInt("SECRETS_LSP_DIFF_CASES", 24)
	seed := int64(envInt("SECRETS_LSP_DIFF_SEED", 1))
	pool := loadKeyPool(t)
	tmp := t.TempDir()
	valid, broken := 0, 0
	for i := 0; i < n; i++ {
		rng := rand.New(rand.NewSource(seed + int64(i)))
		mutation := mutNone
		if rng.Float64() < 0.45 {
			mutation = 1 + rng.Intn(mutCount-1)
		}
		g := &policyGen{rng: rng, pool: pool}
		files := g.generate(mutation)
		name := "case-" + strconv.FormatInt(seed+int64(i), 10)
		dir := filepath.Join(tmp, name)
		for p, content := range files {
			if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, p)), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, p), []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		out, nixErr := nixEval(nix, repo, lib, parts, dir)
		res := Analyze(os.DirFS(dir), Options{Dir: "."})
		t.Run(name, func(t *testing.T) {
			defer func() {
				if t.Failed() {
					for _, p := range sortedKeys(files) {
						t.Logf("--- %s\n%s", p, files[p])
					}
				}
			}()
			if nixErr != "" {
				broken++
				want := normaliseNixError(nixErr, dir, repo, parts, lib)
				if !hasMessage(res, want) {
					t.Errorf("(%s) Nix fails with\n%s\nthe analysis reports:\n%s", g.note, want, diagList(res))
				}
				return
			}
			valid++
			for _, d := range res.Diagnostics {
				if d.Severity == SeverityError {
					t.Errorf("(%s) false error %s: %s", g.note, d.Code, d.Message)
				}
			}
			var got, want any
			if err := json.Unmarshal([]byte(res.SecretsJSON()), &got); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal([]byte(out.JSON), &want); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("secrets differ:\n got %s\nwant %s", res.SecretsJSON(), out.JSON)
			}
			if res.SopsYAML() != out.YAML {
				t.Errorf("sops.yaml differs:\n got %q\nwant %q", res.SopsYAML(), out.YAML)
			}
		})
	}
	t.Logf("%d valid and %d broken policies compared with Nix", valid, broken)
}

func envInt(name string, dflt int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil {
		return v
	}
	return dflt
}

type nixOutput struct {
	JSON string `json:"json"`
	YAML string `json:"yaml"`
}

// nixEval evaluates a flake's secrets and sopsYaml through the harness; it
// returns Nix's error message (stderr) when evaluation fails.
func nixEval(nix, repo, lib, parts, dir string) (nixOutput, string) {
	expr := "let h = import " + repo + "/nix/tests/from-checkouts.nix { nixpkgsLib = " + lib + "; flakeParts = " + parts + "; }; in { json = h.secretsJSON " + dir + "; yaml = h.sopsYaml " + dir + "; }"
	cmd := exec.Command(nix, "--extra-experimental-features", "nix-command", "eval", "--impure", "--json", "--expr", expr)
	cmd.Env = append(os.Environ(), "NIX_REMOTE=dummy://")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	data, err := cmd.Output()
	if err != nil {
		return nixOutput{}, stderr.String()
	}
	var out nixOutput
	if err := json.Unmarshal(data, &out); err != nil {
		return nixOutput{}, "unparsable output: " + string(data)
	}
	return out, ""
}

// normaliseNixError turns Nix's stderr into the form of error.txt
// (testdata/policies/README.md).
func normaliseNixError(s, dir, repo, parts, lib string) string {
	var lines []string
	for i, l := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		if i == 0 {
			l = strings.TrimPrefix(l, "error: ")
		} else {
			l = strings.TrimPrefix(l, "       ")
		}
		if strings.HasPrefix(l, "(use '--show-trace'") {
			continue
		}
		lines = append(lines, l)
	}
	out := strings.Join(lines, "\n")
	out = strings.ReplaceAll(out, dir+"/", "")
	out = strings.ReplaceAll(out, repo+"/", "<secrets-lsp>/")
	out = strings.ReplaceAll(out, parts+"/", "<flake-parts>/")
	return strings.ReplaceAll(out, lib+"/", "<nixpkgs-lib>/")
}

// hasMessage reports whether an error of res says want. Evaluation and
// syntax errors are compared on their first line: Nix follows it with the
// location, which the analysis gives as the diagnostic's position.
func hasMessage(res *Result, want string) bool {
	first, _, _ := strings.Cut(want, "\n")
	for _, d := range res.Diagnostics {
		if d.Severity != SeverityError {
			continue
		}
		// A message of several lines (toml11's) is followed in want by
		// the position Nix adds.
		if d.Message == want || (d.Code == CodeEval || d.Code == CodeSyntax) && (d.Message == first || strings.HasPrefix(want, d.Message+"\n\nat ")) {
			return d.Span.IsValid()
		}
	}
	return false
}

func diagList(res *Result) string {
	var b strings.Builder
	for _, d := range res.Diagnostics {
		b.WriteString(d.Severity.String() + " " + d.Code + ": " + d.Message + "\n")
	}
	return b.String()
}

// TestGeneratorWritesNix checks that every generated policy parses and
// that the analysis finds its groups (the generator's own test).
func TestGeneratorWritesNix(t *testing.T) {
	pool := loadKeyPool(t)
	for i := 0; i < 50; i++ {
		rng := rand.New(rand.NewSource(int64(i)))
		g := &policyGen{rng: rng, pool: pool}
		files := g.generate(mutNone)
		fsys := fstest.MapFS{}
		for p, c := range files {
			fsys[p] = &fstest.MapFile{Data: []byte(c)}
		}
		res := Analyze(fsys, Options{Dir: "."})
		for _, d := range res.Diagnostics {
			if d.Code == CodeSyntax {
				t.Fatalf("seed %d: %s: %s\n%s", i, d.File, d.Message, files[d.File])
			}
		}
		if len(res.Policy.Groups) == 0 {
			t.Fatalf("seed %d: no group\n%s", i, files["flake.nix"])
		}
	}
}
