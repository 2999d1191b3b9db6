package main

import (
	"fmt"
	"io"
)

// runDebugEval is not implemented yet; its owner replaces this file.
func runDebugEval(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "secrets-lsp: eval: not implemented yet")
	return exitUsage
}
