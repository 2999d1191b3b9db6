// Command secrets-lsp is the language server and CI gate for SOPS secrets
// declared with the flake.secrets flake-parts module.
//
//	secrets-lsp [--stdio]                  serve the Language Server Protocol on stdin/stdout
//	secrets-lsp --check [flags] [PATH...]  check a repository (see --check --help)
//	secrets-lsp --version                  print the version
//	secrets-lsp debug parse FILE...        print Nix syntax trees, like nix-instantiate --parse
//	secrets-lsp debug eval [DIR]           print the evaluated policy as JSON, like nix eval --json .#secrets
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"slices"
)

// version is stamped at build time from the VERSION file (see Makefile).
var version = "dev"

// buildVersion is version, or for `go install …@vX.Y.Z` builds (which stamp
// nothing) the module version Go recorded in the binary.
func buildVersion() string {
	if version != "dev" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return version
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit codes shared by every mode.
const (
	exitOK       = 0
	exitFindings = 1 // errors found in the input (syntax, policy, check)
	exitUsage    = 2 // bad usage or an internal failure
)

const usage = `usage:
  secrets-lsp [--stdio]                  serve the Language Server Protocol on stdin/stdout
  secrets-lsp --check [flags] [PATH...]  check a repository (secrets-lsp --check --help)
  secrets-lsp --version                  print the version
  secrets-lsp debug parse FILE...        print Nix syntax trees like nix-instantiate --parse
  secrets-lsp debug eval [DIR]           print the evaluated policy like nix eval --json .#secrets
`

// checkModeFlags select the CI gate; any of them may come first.
var checkModeFlags = []string{"--check", "-check", "--who-can-decrypt", "-who-can-decrypt", "--write-sops-yaml", "-write-sops-yaml"}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "--stdio" || args[0] == "-stdio" {
		return runServe(args, stdin, stdout, stderr)
	}
	switch args[0] {
	case "--version", "-version", "version":
		fmt.Fprintf(stdout, "secrets-lsp %s\n", buildVersion())
		return exitOK
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return exitOK
	case "debug":
		if len(args) >= 2 {
			switch args[1] {
			case "parse":
				return runDebugParse(args[2:], stdout, stderr)
			case "eval":
				return runDebugEval(args[2:], stdout, stderr)
			}
		}
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	for _, a := range args {
		if slices.Contains(checkModeFlags, a) || slices.ContainsFunc(checkModeFlags, func(f string) bool { return len(a) > len(f) && a[:len(f)+1] == f+"=" }) {
			return runCheck(args, stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "secrets-lsp: unknown arguments %q\n%s", args, usage)
	return exitUsage
}
