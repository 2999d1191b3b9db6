// Package e2e holds end-to-end tests that run the real sops binary against
// the .sops.yaml files the flake-parts module generated (the golden vectors
// in testdata/policies and the example in examples/basic): every secret is
// encrypted with `sops -e`, and the recipients in the encrypted file's
// metadata must be exactly the ones the policy selected. A file that no rule
// covers must be refused.
//
// The tests need no Nix (they read committed golden files), no network and
// no private key: age and SSH recipients need only public keys, and AWS KMS
// is answered by a local stand-in (fakeAWS) that wraps data keys with random
// bytes, so nobody can unwrap them. PGP, GCP KMS, Azure Key Vault, Vault and
// age plugin recipients cannot be used offline; secrets that select them
// are skipped, and the tests assert how many secrets they did encrypt.
//
// Run with -update to re-encrypt the files under examples/basic/secrets.
package e2e
