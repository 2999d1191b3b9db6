package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"go.lsp.dev/protocol"

	"github.com/secrets-lsp/secrets-lsp/lsp/lsptest"
)

// buildBinary builds secrets-lsp as editors run it.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "secrets-lsp")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// startBinary runs the server with args and connects a client to its stdio.
func startBinary(t *testing.T, bin string, args ...string) (*lsptest.Client, *exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), logLevelEnv+"=debug")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stdin.Close(); cmd.Process.Kill(); cmd.Wait() })
	return lsptest.NewClient(t, stdin, stdout), cmd, &stderr
}

func exitCode(t *testing.T, cmd *exec.Cmd) int {
	t.Helper()
	err := cmd.Wait()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &exit):
		return exit.ExitCode()
	}
	t.Fatal(err)
	return -1
}

func TestServeStdio(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	secret := "age-secret-key-do-not-log"
	if err := os.WriteFile(filepath.Join(dir, "flake.nix"), []byte("{ outputs = _: { }; }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{nil, {"--stdio"}} {
		t.Run(strings.Join(append([]string{"args"}, args...), " "), func(t *testing.T) {
			c, cmd, stderr := startBinary(t, bin, args...)
			root := "file://" + filepath.ToSlash(dir)
			res := c.Initialize(lsptest.InitializeParams(root))
			if res.ServerInfo == nil || res.ServerInfo.Name != "secrets-lsp" || res.ServerInfo.Version == "" {
				t.Errorf("serverInfo = %+v", res.ServerInfo)
			}
			uri := root + "/flake.nix"
			c.Open(uri, "{ outputs = _: { }\n  key = \""+secret+"\"; }\n")
			ds := c.AwaitDiagnostics(uri, 1)
			if len(ds) != 1 || ds[0].Code != "syntax-error" || ds[0].Range.Start.Line != 1 || ds[0].Range.Start.Character != 6 {
				t.Errorf("diagnostics = %+v, want a syntax error at the '=' on line 2", ds)
			}
			c.Change(uri, 2, lsptest.Edit{Range: &protocol.Range{Start: protocol.Position{Line: 0, Character: 18}, End: protocol.Position{Line: 0, Character: 18}}, Text: ";"})
			if ds := c.AwaitDiagnostics(uri, 2); len(ds) != 0 {
				t.Errorf("diagnostics after the fix = %+v", ds)
			}
			c.Shutdown()
			if code := exitCode(t, cmd); code != 0 {
				t.Errorf("exit code after shutdown and exit = %d, want 0; stderr:\n%s", code, stderr)
			}
			if strings.Contains(stderr.String(), secret) {
				t.Errorf("the log contains the document's text:\n%s", stderr)
			}
			if !strings.Contains(stderr.String(), "initialized") {
				t.Errorf("no log on stderr at debug level:\n%s", stderr)
			}
		})
	}
}

func TestServeExitCodes(t *testing.T) {
	bin := buildBinary(t)
	t.Run("exit without shutdown", func(t *testing.T) {
		c, cmd, _ := startBinary(t, bin)
		c.Initialize(lsptest.InitializeParams(""))
		if err := c.Notify(protocol.MethodExit, nil); err != nil {
			t.Fatal(err)
		}
		if code := exitCode(t, cmd); code != 1 {
			t.Errorf("exit code = %d, want 1", code)
		}
	})
	t.Run("end of input without shutdown", func(t *testing.T) {
		c, cmd, _ := startBinary(t, bin)
		c.Initialize(lsptest.InitializeParams(""))
		c.CloseInput()
		if code := exitCode(t, cmd); code != 1 {
			t.Errorf("exit code = %d, want 1", code)
		}
	})
	t.Run("garbage, then a session", func(t *testing.T) {
		c, cmd, _ := startBinary(t, bin)
		if err := c.WriteRaw([]byte("\x00\xffnot a header\r\n\r\nContent-Length: 3\r\n\r\n{]}")); err != nil {
			t.Fatal(err)
		}
		c.Initialize(lsptest.InitializeParams(""))
		if n := len(c.Orphans()); n != 2 {
			t.Errorf("%d error responses to the garbage, want 2", n)
		}
		c.Shutdown()
		if code := exitCode(t, cmd); code != 0 {
			t.Errorf("exit code = %d, want 0", code)
		}
	})
	t.Run("unknown argument", func(t *testing.T) {
		cmd := exec.Command(bin, "--stdio", "--tcp")
		out, err := cmd.CombinedOutput()
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != exitUsage || !strings.Contains(string(out), "--tcp") {
			t.Errorf("secrets-lsp --stdio --tcp: %v\n%s", err, out)
		}
	})
}
