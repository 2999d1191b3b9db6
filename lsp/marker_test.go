package lsp_test

import (
	"flag"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/lsp"
	"github.com/secrets-lsp/secrets-lsp/lsp/lsptest"
)

// TestMarkers runs the fixtures of testdata/lsp against the providers the
// binary serves with.

// update is read by lsptest (flag.Lookup): -update rewrites golden files.
var update = flag.Bool("update", false, "rewrite the golden files of the marker tests")

func TestMarkers(t *testing.T) {
	lsptest.RunMarkerTests(t, "../testdata/lsp", lsp.DefaultProviders)
}
