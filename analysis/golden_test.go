package analysis

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// goldenDir holds the vectors real Nix produced (testdata/policies/README.md).
const goldenDir = "../testdata/policies"

// TestGoldenPolicies checks the analysis against every golden vector: a
// valid case gives the same secrets.json (as JSON) and sops.yaml (bytes)
// and no error; an error case reports Nix's message among its diagnostics,
// at Nix's position when error.txt gives one in the flake.
func TestGoldenPolicies(t *testing.T) {
	cases, err := os.ReadDir(goldenDir)
	if err != nil {
		t.Fatal(err)
	}
	n, placed := 0, 0
	for _, c := range cases {
		if !c.IsDir() {
			continue
		}
		n++
		dir := filepath.Join(goldenDir, c.Name())
		t.Run(c.Name(), func(t *testing.T) {
			// Analysed where it is, as Nix evaluated it; paths in messages
			// are then made case-relative as scripts/gen-golden.sh does.
			abs, err := filepath.Abs(dir)
			if err != nil {
				t.Fatal(err)
			}
			res := Analyze(os.DirFS(dir), Options{Dir: ".", FSRoot: abs})
			for i := range res.Diagnostics {
				res.Diagnostics[i].Message = strings.ReplaceAll(res.Diagnostics[i].Message, abs+"/", "")
			}
			checkVisibleSpans(t, res)
			if want, err := os.ReadFile(filepath.Join(dir, "error.txt")); err == nil {
				checkErrorCase(t, res, strings.TrimSuffix(string(want), "\n"))
				if checkNixPosition(t, res, string(want)) {
					placed++
				}
				// One mistake, one kind of error: none that only follows
				// from it (the error-order-* cases make several on purpose).
				if codes := errorCodes(res); len(codes) != 1 && !strings.HasPrefix(c.Name(), "error-order-") {
					t.Errorf("errors of %d kinds for one mistake:\n%s", len(codes), diagList(res))
				}
				return
			}
			for _, d := range res.Diagnostics {
				if d.Severity == SeverityError {
					t.Errorf("false error: %s:%d: %s", d.File, d.Start, d.Message)
				}
			}
			wantJSON, err := os.ReadFile(filepath.Join(dir, "secrets.json"))
			if err != nil {
				t.Fatal(err)
			}
			var got, want any
			if err := json.Unmarshal([]byte(res.SecretsJSON()), &got); err != nil {
				t.Fatalf("SecretsJSON is not JSON: %v", err)
			}
			if err := json.Unmarshal(wantJSON, &want); err != nil {
				t.Fatal(err)
			}
			yamlUnknown := dropUnknown(t, dir, got, want)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("secrets.json differs:\n got %s\nwant %s", res.SecretsJSON(), wantJSON)
			}
			wantYAML, err := os.ReadFile(filepath.Join(dir, "sops.yaml"))
			if err != nil {
				t.Fatal(err)
			}
			if res.SopsYAMLKnown == yamlUnknown {
				t.Errorf("sops.yaml known %v, unknown.txt says %v", res.SopsYAMLKnown, !yamlUnknown)
			} else if !yamlUnknown && res.SopsYAML() != string(wantYAML) {
				t.Errorf("sops.yaml differs:\n got %q\nwant %q", res.SopsYAML(), wantYAML)
			}
		})
	}
	if n < 88 || placed < 50 {
		t.Errorf("only %d golden vectors, %d with Nix's position", n, placed)
	}
}

// dropUnknown applies the case's unknown.txt, if any: the answers the
// analysis cannot know there (testdata/policies/README.md), one a line,
// "sops.yaml" or a path in secrets.json such as "staging/secret/db". Each
// path must hold an unknown in got, and goes from got and want; every
// other answer must then be Nix's. It reports whether sops.yaml is listed.
func dropUnknown(t *testing.T, dir string, got, want any) (yamlUnknown bool) {
	t.Helper()
	list, err := os.ReadFile(filepath.Join(dir, "unknown.txt"))
	if err != nil {
		return false
	}
	for _, line := range strings.Fields(string(list)) {
		if line == "sops.yaml" {
			yamlUnknown = true
			continue
		}
		path := strings.Split(line, "/")
		parent, _ := jsonAt(got, path[:len(path)-1]).(map[string]any)
		last := path[len(path)-1]
		if v, ok := parent[last]; !ok || last != "_unknown" && !strings.Contains(mustJSON(t, v), `"_unknown":`) {
			t.Errorf("unknown.txt: %s is known: %s", line, mustJSON(t, v))
		}
		delete(parent, last)
		if p, ok := jsonAt(want, path[:len(path)-1]).(map[string]any); ok {
			delete(p, last)
		}
	}
	return yamlUnknown
}

// jsonAt is the value at path in v, nil if there is none.
func jsonAt(v any, path []string) any {
	for _, n := range path {
		o, _ := v.(map[string]any)
		v = o[n]
	}
	return v
}

func mustJSON(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func errorCodes(res *Result) map[string]bool {
	codes := map[string]bool{}
	for _, d := range res.Diagnostics {
		if d.Severity == SeverityError {
			codes[d.Code] = true
		}
	}
	return codes
}

func checkErrorCase(t *testing.T, res *Result, want string) {
	t.Helper()
	if hasMessage(res, want) {
		return
	}
	var got []string
	for _, d := range res.Diagnostics {
		got = append(got, d.Severity.String()+" "+d.Code+": "+d.Message)
	}
	t.Errorf("missing error:\n%s\ngot:\n%s", want, strings.Join(got, "\n"))
}
