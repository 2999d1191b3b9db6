package lsp_test

import (
	"testing"

	"github.com/secrets-lsp/secrets-lsp/lsp"
	"github.com/secrets-lsp/secrets-lsp/lsp/lsptest"
)

// TestMarkers runs the fixtures of testdata/lsp against the providers the
// binary serves with.
func TestMarkers(t *testing.T) {
	lsptest.RunMarkerTests(t, "../testdata/lsp", lsp.DefaultProviders)
}
