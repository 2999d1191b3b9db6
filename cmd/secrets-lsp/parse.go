package main

import (
	"fmt"
	"io"
)

// runDebugParse is not implemented yet; its owner replaces this file.
func runDebugParse(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "secrets-lsp: parse: not implemented yet")
	return exitUsage
}
