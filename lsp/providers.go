package lsp

import (
	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/lsp/syntax"
)

// DefaultProviders returns the providers the secrets-lsp binary serves with:
// today the syntax diagnostics of nixparse. The providers backed by the
// policy analysis join them here.
func DefaultProviders() []feature.Provider {
	return []feature.Provider{syntax.New()}
}
