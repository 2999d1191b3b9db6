// Package check is secrets-lsp --check, the CI gate: it compares a flake's
// repository with its flake.secrets policy, from the repository alone,
// without any private key.
//
// [Run] takes the static analysis of the flake ([analysis.Result]) and the
// file system it was computed from, and reports, as [Finding]s with
// positions:
//
//   - every analysis diagnostic (policy errors and warnings);
//   - drift: the committed .sops.yaml is not the one the policy generates
//     (with a unified diff, see package udiff), or is missing; a
//     hand-written .sops.yaml (a flake without flake.secrets) is linted
//     as SOPS reads it (sopsfile.ReadConfig) instead;
//   - for every declared secret, every file in a group's directory, and
//     (without a policy) every file a hand-written rule covers: its SOPS
//     metadata against the keys that should decrypt it. A key that can
//     decrypt but is not allowed is stale (an error, with the revocation
//     runbook); an allowed key that cannot decrypt yet is missing (a
//     warning). Declared files that do not exist and files no secret
//     declares are warnings;
//   - plaintext: a file that must be encrypted without SOPS metadata, and
//     values or comments in clear that the file's own settings encrypt,
//     named by key path, never by value. With a policy the analysis cannot
//     know (a syntax error), the files the committed .sops.yaml covers are
//     still checked for it, and for nothing else.
//
// [WhoCanDecrypt] answers --who-can-decrypt: for each recipient (or one
// name or key), every file it can decrypt by the policy and by the files'
// metadata, side by side.
//
// Files are read with sopsfile: metadata only, never decrypted. Nothing is
// written except by [WriteSopsYAML]. Package report writes reports as text,
// JSON, SARIF and GitHub annotations.
package check
