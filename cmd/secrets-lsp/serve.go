package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/lsp"
)

// logLevelEnv sets the level of the server's log on stderr: debug, info
// (default), warn or error.
const logLevelEnv = "SECRETS_LSP_LOG"

// runServe serves the Language Server Protocol on stdin/stdout. It exits 0
// after the client's shutdown and exit, 1 if the session ended otherwise.
func runServe(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	for _, a := range args {
		if a != "--stdio" && a != "-stdio" {
			fmt.Fprintf(stderr, "secrets-lsp: unknown argument %q for the language server\n%s", a, usage)
			return exitUsage
		}
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(strings.ToUpper(os.Getenv(logLevelEnv)))); err != nil && os.Getenv(logLevelEnv) != "" {
		fmt.Fprintf(stderr, "secrets-lsp: %s: %v\n", logLevelEnv, err)
		return exitUsage
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	defer collectLazily()()
	limitMemory(ctx)
	err := lsp.Serve(ctx, stdin, stdout, lsp.Options{
		Providers: lsp.DefaultProviders(),
		Logger:    logger,
		Version:   buildVersion(),
	})
	if err != nil {
		logger.Error("language server", "error", err)
		return exitFindings
	}
	return exitOK
}
