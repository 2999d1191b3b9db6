package lsp

import (
	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/lsp/policy"
)

// DefaultProviders returns the providers the secrets-lsp binary serves with:
// the policy provider, which also reports the syntax errors of every Nix
// file.
func DefaultProviders() []feature.Provider {
	return []feature.Provider{policy.New()}
}
