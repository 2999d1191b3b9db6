// Package keys classifies, validates and compares the recipient keys of a
// secrets policy: age (X25519, post-quantum, plugin, SSH), PGP fingerprints,
// AWS KMS ARNs, GCP KMS resource IDs, Azure Key Vault key URLs and HashiCorp
// Vault transit URIs.
//
// It mirrors the flake-parts module (docs/policy.md, "Keys") at two depths:
//
//   - [Check] accepts exactly what the module's regular expressions accept,
//     so the static analysis reports the same malformed keys as Nix;
//   - [Verify] goes further than Nix can: it decodes age keys with
//     filippo.io/age (bech32 checksum, ML-KEM-768 key, plugin name) and SSH
//     keys with filippo.io/age/agessh (wire format, curve point, RSA size).
//     An X25519 key, the common case, is accepted without calling age when
//     its bech32 checksum and padding are right, as age checks no more
//     (x25519_test.go holds the two to one verdict); age decides and words
//     every failure.
//
// [SopsCheck] answers a third question, what SOPS 3.13 itself accepts when it
// reads a hand-written .sops.yaml, which is looser than the module.
//
// [Canonical] and [Same] compare a key written in a policy or a .sops.yaml
// with one recombined from an encrypted file's metadata ([JoinKMS],
// [JoinAzure], [JoinVault] rebuild the strings the way SOPS' ToString does);
// [Short] and [Describe] are for hovers.
//
// Every function is pure; the reasons for rejecting a key are data (see
// [Reason]) so that their texts can follow the module's.
package keys
