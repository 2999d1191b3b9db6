package policy_test

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/internal/testenv"
	"github.com/secrets-lsp/secrets-lsp/lsp/lsptest"
	"github.com/secrets-lsp/secrets-lsp/lsp/policy"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// TestRenamesKeepPolicy checks the renames the marker tests of
// testdata/lsp/rename-*.txtar expect (their golden files) against a fresh
// analysis and against Nix: the renamed flake evaluates without error and
// every secret has the same file and is decrypted by the same keys as in
// the flake before.
func TestRenamesKeepPolicy(t *testing.T) {
	archives, err := filepath.Glob("../../testdata/lsp/rename-*.txtar")
	if err != nil || len(archives) == 0 {
		t.Fatalf("no archives: %v", err)
	}
	repo, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	renames := 0
	for _, archive := range archives {
		data, err := os.ReadFile(archive)
		if err != nil {
			t.Fatal(err)
		}
		files, goldens := readArchive(data)
		for name, golden := range goldens {
			if !strings.HasPrefix(name, "@rename_") {
				continue
			}
			renames++
			t.Run(strings.TrimSuffix(filepath.Base(archive), ".txtar")+"/"+name[1:], func(t *testing.T) {
				before := writeFlake(t, files, nil)
				after := writeFlake(t, files, golden)
				fresh := analysis.Analyze(os.DirFS(after), analysis.Options{Dir: ".", FSRoot: after})
				if fresh.HasErrors() {
					t.Errorf("the renamed flake has errors: %v", fresh.Diagnostics)
				}
				want := analysedAccess(analysis.Analyze(os.DirFS(before), analysis.Options{Dir: ".", FSRoot: before}))
				if got := analysedAccess(fresh); !reflect.DeepEqual(got, want) {
					t.Errorf("analysis: access after the rename\n%v\nbefore\n%v", got, want)
				}
				t.Run("nix", func(t *testing.T) {
					nix, lib, parts := testenv.Tool(t, "nix"), testenv.NixpkgsLib(t), testenv.FlakeParts(t)
					nixBefore, nixAfter := nixAccess(t, nix, repo, lib, parts, before), nixAccess(t, nix, repo, lib, parts, after)
					if !reflect.DeepEqual(nixAfter, nixBefore) {
						t.Errorf("Nix: access after the rename\n%v\nbefore\n%v", nixAfter, nixBefore)
					}
					if !reflect.DeepEqual(want, nixBefore) {
						t.Errorf("the analysis before the rename\n%v\ndiffers from Nix\n%v", want, nixBefore)
					}
				})
			})
		}
	}
	if renames == 0 {
		t.Fatal("no rename golden files")
	}
}

// readArchive splits a marker test's txtar archive into the workspace's
// files and the golden files (named @…), whose "== file ==" sections are
// files after a change.
func readArchive(data []byte) (files map[string]string, goldens map[string]map[string]string) {
	files, goldens = map[string]string{}, map[string]map[string]string{}
	header := regexp.MustCompile(`(?m)^-- (\S+) --\n`)
	locs := header.FindAllSubmatchIndex(data, -1)
	for i, l := range locs {
		end := len(data)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		name, body := string(data[l[2]:l[3]]), string(data[l[1]:end])
		if !strings.HasPrefix(name, "@") {
			files[name] = body
			continue
		}
		goldens[name] = map[string]string{}
		sections := regexp.MustCompile(`(?m)^== (\S+) ==\n`)
		slocs := sections.FindAllStringSubmatchIndex(body, -1)
		for j, s := range slocs {
			send := len(body)
			if j+1 < len(slocs) {
				send = slocs[j+1][0]
			}
			goldens[name][body[s[2]:s[3]]] = body[s[1]:send]
		}
	}
	return files, goldens
}

// writeFlake writes files, with the changed ones replaced, to a new
// directory.
func writeFlake(t *testing.T, files, changed map[string]string) string {
	dir := t.TempDir()
	for p, text := range files {
		if c, ok := changed[p]; ok {
			text = c
		}
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(p)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, p), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// access is, by "group.secret", the secret's file and the keys that can
// decrypt it ("type key", sorted): what a rename must not change.
type access map[string][]string

func analysedAccess(res *analysis.Result) access {
	out := access{}
	for _, e := range res.Expected() {
		keys := []string{"file " + e.File}
		for t, ks := range e.Keys {
			for _, k := range ks {
				keys = append(keys, t.String()+" "+k)
			}
		}
		sort.Strings(keys)
		out[e.Secret.Group.Name+"."+e.Secret.Name] = keys
	}
	return out
}

// nixAccess evaluates the flake in dir with Nix (nix/tests/harness.nix).
func nixAccess(t *testing.T, nix, repo, lib, parts, dir string) access {
	t.Helper()
	expr := "(import " + repo + "/nix/tests/from-checkouts.nix { nixpkgsLib = " + lib + "; flakeParts = " + parts + "; }).secretsJSON " + dir
	cmd := exec.Command(nix, "--extra-experimental-features", "nix-command", "eval", "--impure", "--raw", "--expr", expr)
	cmd.Env = append(os.Environ(), "NIX_REMOTE=dummy://")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	data, err := cmd.Output()
	if err != nil {
		t.Fatalf("nix eval %s: %v\n%s", dir, err, stderr.String())
	}
	var groups map[string]struct {
		Secret map[string]struct {
			File       string `json:"file"`
			Recipients []struct {
				Keys []struct{ Key, Type string } `json:"keys"`
			} `json:"_recipients"`
		} `json:"secret"`
	}
	if err := json.Unmarshal(data, &groups); err != nil {
		t.Fatal(err)
	}
	out := access{}
	for g, group := range groups {
		for s, secret := range group.Secret {
			keys := []string{"file " + secret.File}
			for _, r := range secret.Recipients {
				for _, k := range r.Keys {
					if k := k.Type + " " + k.Key; !slices.Contains(keys, k) {
						keys = append(keys, k)
					}
				}
			}
			sort.Strings(keys)
			out[g+"."+s] = keys
		}
	}
	return out
}

// BenchmarkVerifiedRename renames a target of the generated 10,000-line
// policy (lsptest.GenerateFlake): its key is keys.hosts.${name}, so the
// rename that also renames the attribute is verified first, and passes:
// one analysis of the renamed flake, from scratch.
func BenchmarkVerifiedRename(b *testing.B) {
	flake, _, snap := generatedSession(b, 10000)
	ctx := context.Background()
	p := policy.New()
	if _, err := p.Diagnose(ctx, snap); err != nil {
		b.Fatal(err)
	}
	at := token.Pos(flake.Targets[0])
	for b.Loop() {
		edits, err := p.Rename(ctx, snap, lsptest.PolicyFile, at, "renamed-host")
		if err != nil || len(edits) == 0 {
			b.Fatalf("rename: %v, %d edits", err, len(edits))
		}
	}
}
