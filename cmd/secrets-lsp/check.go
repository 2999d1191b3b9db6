package main

import (
	"fmt"
	"io"
)

// runCheck is not implemented yet; its owner replaces this file.
func runCheck(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "secrets-lsp: check: not implemented yet")
	return exitUsage
}
