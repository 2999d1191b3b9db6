package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/secrets-lsp/secrets-lsp/nixparse"
	"github.com/secrets-lsp/secrets-lsp/nixparse/printer"
)

// runDebugParse implements `secrets-lsp debug parse FILE...`: like
// `nix-instantiate --parse FILE...` (Nix 2.8), it prints each file's
// desugared tree on one line, or its errors as FILE:LINE:COL: error: MSG in
// the order Nix meets them (the first is the one Nix reports). The exit
// status is 1 when any file has an error.
func runDebugParse(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(stderr, "usage: secrets-lsp debug parse FILE...")
		return exitUsage
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	home := os.Getenv("HOME")
	status := exitOK
	for _, name := range args {
		path, err := nixparse.FilePath(name)
		var src []byte
		if err == nil {
			src, err = os.ReadFile(path)
		}
		if err != nil {
			out.Flush()
			fmt.Fprintf(stderr, "secrets-lsp: %v\n", err)
			return exitUsage
		}
		file, errs := nixparse.ParseFile(name, src, 0)
		if len(errs) == 0 {
			errs = nixparse.CheckVariables(file, nixparse.Nix28)
		}
		if len(errs) > 0 {
			for _, e := range errs.InNixOrder() {
				fmt.Fprintf(out, "%s: error: %s\n", e.Pos, e.Msg)
			}
			status = exitFindings
			continue
		}
		cfg := printer.Config{BaseDir: filepath.Dir(path), Home: home}
		out.WriteString(cfg.Print(file.Expr))
		out.WriteByte('\n')
	}
	return status
}
