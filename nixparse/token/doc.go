// Package token defines positions in Nix source text and the one mapper
// between byte offsets, Nix-style line:column (1-based, columns in bytes) and
// LSP positions (0-based, columns in UTF-16, UTF-8 or UTF-32 units).
//
// Like go/token, everything else in secrets-lsp stores plain byte offsets
// (Pos) and converts them through a File only at the edges: when printing an
// error, or when talking to an editor.
package token
