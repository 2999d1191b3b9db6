package lsp

import "github.com/secrets-lsp/secrets-lsp/lsp/feature"

// DefaultProviders returns the providers the secrets-lsp binary serves with.
func DefaultProviders() []feature.Provider {
	return nil
}
