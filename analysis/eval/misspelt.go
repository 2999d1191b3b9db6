package eval

import "github.com/secrets-lsp/secrets-lsp/internal/editdist"

// misspelt reports whether name, which the set a does not have, is a typo:
// a is lib, one of its namespaces or builtins, whose every name is known
// (the model leaves some out: the set is open), and name is none of them
// but close to one. Then Nix's "attribute missing" (or, through with,
// "undefined variable") is certain. A name far from all of them may be a
// function of another version of nixpkgs or Nix: it stays unknown.
func (m *Machine) misspelt(a *Attrs, name string) bool {
	names, ok := m.known[a]
	if !ok || len(name) < 4 {
		return false
	}
	for _, n := range names {
		if n == name {
			return false // real, not modelled
		}
	}
	best, _ := editdist.Closest(name, names, min(2, len(name)/4))
	return best != ""
}
