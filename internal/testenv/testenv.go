// Package testenv finds the external programs and checkouts that some tests
// need (nix-instantiate, sops, age-keygen, nvim, node, nixpkgs' lib,
// flake-parts) and decides what happens when one is missing.
//
// A missing tool skips the test with a loud message, unless the environment
// sets SECRETS_LSP_REQUIRE_TOOLS=1 (as `make test` and CI do, after installing
// them): then it fails, so CI can never go green by skipping. The nixpkgs lib
// and flake-parts checkouts cannot be installed offline, so their absence only
// ever skips, loudly. Benchmarks set the collector here as the binaries do.
package testenv

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"testing"
)

// RequireToolsEnv names the variable that turns a missing tool into a failure.
const RequireToolsEnv = "SECRETS_LSP_REQUIRE_TOOLS"

// Tool returns the absolute path of the named program, looking in PATH and
// then in Go's install directory (where `go install` puts sops and age).
func Tool(t testing.TB, name string) string {
	t.Helper()
	if p, err := lookPath(name); err == nil {
		return p
	}
	msg := "SKIPPED LOUDLY: " + name + " is not installed; `make test` installs it (see README)"
	if os.Getenv(RequireToolsEnv) == "1" {
		t.Fatalf("%s is required (%s=1) but not found in PATH or GOPATH/bin", name, RequireToolsEnv)
	}
	t.Skip(msg)
	return ""
}

func lookPath(name string) (string, error) {
	if p, err := exec.LookPath(name); err == nil {
		return filepath.Abs(p)
	}
	dirs := []string{os.Getenv("GOBIN")}
	if gopath, err := exec.Command("go", "env", "GOPATH").Output(); err == nil {
		for _, d := range filepath.SplitList(string(trimNL(gopath))) {
			dirs = append(dirs, filepath.Join(d, "bin"))
		}
	}
	for _, d := range dirs {
		if d == "" {
			continue
		}
		p := filepath.Join(d, name)
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() && fi.Mode()&0o111 != 0 {
			return p, nil
		}
	}
	return "", exec.ErrNotFound
}

func trimNL(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}

// NixpkgsLib returns the nixpkgs lib checkout named by $NIXPKGS_LIB (a
// checkout of nix-community/nixpkgs.lib, whose lib/ directory is imported),
// or skips loudly.
func NixpkgsLib(t testing.TB) string {
	t.Helper()
	return checkout(t, "NIXPKGS_LIB", "lib/default.nix")
}

// FlakeParts returns the flake-parts checkout named by $FLAKE_PARTS, or skips
// loudly.
func FlakeParts(t testing.TB) string { t.Helper(); return checkout(t, "FLAKE_PARTS", "lib.nix") }

func checkout(t testing.TB, env, marker string) string {
	t.Helper()
	dir := os.Getenv(env)
	if dir == "" {
		t.Skipf("SKIPPED LOUDLY: $%s is not set; point it at a checkout outside the repository (see README, \"Nix tests\")", env)
	}
	if _, err := os.Stat(filepath.Join(dir, marker)); err != nil {
		t.Skipf("SKIPPED LOUDLY: $%s=%s has no %s", env, dir, marker)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	return abs
}

// GCPercent sets the collector's target to percent for the rest of tb, as
// a binary sets it at its start, unless the environment sets GOGC (then
// GOGC=100 measures with Go's default).
func GCPercent(tb testing.TB, percent int) {
	if os.Getenv("GOGC") != "" {
		return
	}
	old := debug.SetGCPercent(percent)
	tb.Cleanup(func() { debug.SetGCPercent(old) })
}
