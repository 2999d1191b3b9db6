package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path"
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

// TestServeExample drives the built binary on examples/basic, on the real
// disk, through every feature, as an editor would.
func TestServeExample(t *testing.T) {
	bin := buildBinary(t)
	dir, err := filepath.Abs("../../examples/basic")
	if err != nil {
		t.Fatal(err)
	}
	c, cmd, stderr := startBinary(t, bin)
	root := "file://" + filepath.ToSlash(dir)
	c.Initialize(lsptest.InitializeParams(root))
	uri := root + "/secrets.nix"
	src, err := os.ReadFile(filepath.Join(dir, "secrets.nix"))
	if err != nil {
		t.Fatal(err)
	}
	c.Open(uri, string(src))
	if ds := c.AwaitDiagnostics(uri, 1); len(ds) != 0 {
		t.Errorf("diagnostics of the example: %+v", ds)
	}
	// at returns the position of the first occurrence of text, at its |.
	at := func(text string) protocol.TextDocumentPositionParams {
		before, after, _ := strings.Cut(text, "|")
		i := strings.Index(string(src), before+after)
		if i < 0 {
			t.Fatalf("%q is not in secrets.nix", text)
		}
		off := i + len(before)
		line := strings.Count(string(src[:off]), "\n")
		col := off - (strings.LastIndex(string(src[:off]), "\n") + 1)
		return protocol.TextDocumentPositionParams{TextDocument: protocol.TextDocumentIdentifier{URI: protocol.DocumentURI(uri)}, Position: protocol.Position{Line: uint32(line), Character: uint32(col)}}
	}

	var h protocol.Hover
	if err := c.Call(protocol.MethodTextDocumentHover, protocol.HoverParams{TextDocumentPositionParams: at("backupPass|phrase = {")}, &h); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"`alice`", "`ops`", "`db1`", "path_regex: ^secrets/prod/backupPassphrase\\.yaml$", "```yaml"} {
		if !strings.Contains(h.Contents.Value, want) {
			t.Errorf("hover of backupPassphrase lacks %q:\n%s", want, h.Contents.Value)
		}
	}

	var list protocol.CompletionList
	if err := c.Call(protocol.MethodTextDocumentCompletion, protocol.CompletionParams{TextDocumentPositionParams: at(`databaseUrl.targets = [ "|web1"`)}, &list); err != nil {
		t.Fatal(err)
	}
	var labels []string
	for _, it := range list.Items {
		labels = append(labels, it.Label)
	}
	if strings.Join(labels, " ") != "web1 web2 db1 *" {
		t.Errorf("completion labels %v", labels)
	}

	var locs []protocol.Location
	if err := c.Call(protocol.MethodTextDocumentDefinition, protocol.DefinitionParams{TextDocumentPositionParams: at(`targets = [ "d|b1" ]`)}, &locs); err != nil {
		t.Fatal(err)
	}
	if len(locs) != 1 || locs[0].Range.Start != at(`map host [ "web1" "web2" |"db1" ]`).Position {
		t.Errorf("definition of db1 = %+v", locs)
	}

	// The key is looked up by the name (keys.hosts.${name}): its
	// attribute in keys.nix is renamed with the four names in secrets.nix.
	var edit struct {
		DocumentChanges []struct {
			TextDocument struct {
				URI string `json:"uri"`
			} `json:"textDocument"`
			Edits []protocol.TextEdit `json:"edits"`
		} `json:"documentChanges"`
	}
	if err := c.Call(protocol.MethodTextDocumentRename, protocol.RenameParams{TextDocumentPositionParams: at(`"we|b1" "web2" "db1" ]`), NewName: "frontend1"}, &edit); err != nil {
		t.Fatal(err)
	}
	edits := map[string]int{}
	for _, dc := range edit.DocumentChanges {
		edits[path.Base(dc.TextDocument.URI)] += len(dc.Edits)
	}
	if len(edits) != 2 || edits["secrets.nix"] != 4 || edits["keys.nix"] != 1 {
		t.Errorf("rename of web1 = %+v, want 4 edits in secrets.nix and 1 in keys.nix", edit)
	}
	c.Shutdown()
	if code := exitCode(t, cmd); code != 0 {
		t.Errorf("exit code %d; stderr:\n%s", code, stderr)
	}
	for _, secret := range []string{"age1", "AAAAC3NzaC1lZDI1NTE5"} {
		if strings.Contains(stderr.String(), secret) {
			t.Errorf("the log contains key material (%s):\n%s", secret, stderr)
		}
	}
}
