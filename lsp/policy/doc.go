// Package policy is the provider of everything the language server knows
// about a flake's secrets policy, from the static analysis (package
// analysis): policy diagnostics, hover (a secret's _recipients and
// _creationRule, a recipient's keys and blast radius, a group, a key, an
// option), completion of recipient and option names, definition,
// references, rename (verified by analysing the renamed flake in memory:
// it must keep who can decrypt what, see verify.go), quick fixes, the command that regenerates .sops.yaml,
// document symbols and inlay hints (recipients per secret).
//
// It also reports the syntax errors of every Nix file, open or not, that
// the analysis reads, from the analysis' own parse (lsp/syntax places them),
// and parses the open Nix documents that no analysis reads: each parse error
// is reported once, with one code.
//
// One analysis serves a snapshot: the diagnostics run and every request on
// the same snapshot share it, and the analysis.Workspace keeps its caches
// between snapshots, so that an edit re-evaluates only the modules it
// touches.
package policy
