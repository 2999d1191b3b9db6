// Package sopsfile reads what SOPS-encrypted files and .sops.yaml tell
// without a key: the metadata of an encrypted file (who can decrypt it,
// which values are meant to stay in clear), the values in it that are in
// clear although SOPS would have encrypted them, and the creation rules of
// a .sops.yaml, linted the way SOPS will read them.
//
// It never decrypts and never returns a value: a plaintext value is
// reported by its key path (db.password, list[2]) and its position only.
//
// Files are read as SOPS 3.13 reads them. The store follows the extension
// (FormatForPath: .yaml/.yml, .json, .env, .ini, anything else binary),
// with Sniff as a fallback when that store finds no metadata. Which leaves
// SOPS encrypts follows its own rules (unencrypted_suffix, encrypted_suffix,
// the *_regex settings and their comment variants, in SOPS' order of
// precedence, with the default unencrypted_suffix "_unencrypted"); comments
// are encrypted too. Keys in metadata are recombined as SOPS' ToString
// writes them (keys.JoinKMS, keys.JoinAzure, keys.JoinVault), so that
// keys.Same compares them with policy keys.
//
// Every problem carries a byte offset into its file; a token.File maps it
// to lines and columns. Corrupt, truncated or binary input gives an *Error
// with a position, never a panic.
package sopsfile
