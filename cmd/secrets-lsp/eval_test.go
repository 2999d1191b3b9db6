package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// TestDebugEvalSyntaxError evaluates a flake whose policy file has a
// string left open: the policy prints as unknown, and the syntax errors
// are the only diagnostics, as Nix reports them.
func TestDebugEvalSyntaxError(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"debug", "eval", filepath.Join(checkTestdata, "syntax-error")}, nil, &stdout, &stderr); code != exitFindings {
		t.Errorf("exit status %d, want %d", code, exitFindings)
	}
	if got, want := stdout.String(), "{\n  \"_unknown\": \"the policy: a Nix file has a syntax error\"\n}\n"; got != want {
		t.Errorf("policy:\n%s\nwant\n%s", got, want)
	}
	// The string runs on to the next quote, where the errors are.
	for _, line := range strings.Split(strings.TrimSpace(stderr.String()), "\n") {
		if !strings.Contains(line, "secrets.nix:") || !strings.Contains(line, ": error: syntax error") {
			t.Errorf("diagnostics:\n%s\nwant syntax errors alone", stderr.String())
			break
		}
	}
}
