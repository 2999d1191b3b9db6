package main

import (
	"fmt"
	"io"
)

// runServe is not implemented yet; its owner replaces this file.
func runServe(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "secrets-lsp: serve: not implemented yet")
	return exitUsage
}
