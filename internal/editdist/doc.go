// Package editdist measures how far apart two names are, for the "did you
// mean" hints of the analysis and the .sops.yaml lint.
//
// Levenshtein is what nixpkgs' lib.strings.levenshtein computes, so that
// suggestions copied from the module system rank as Nix ranks them. OSA
// also counts swapping two adjacent bytes as one edit, the commonest typo
// ("wbe2" for "web2"), for hints of our own.
package editdist
