package keys

import "strings"

// Infer returns the type of a `key` entry, read from its syntax by the
// module's first-match table (docs/policy.md, "Keys"), or Unknown when the
// type cannot be told. It only classifies; use Check to validate.
//
// The table's regular expressions are matched by hand, by prefix, because
// every key of a policy passes here; syntax_test.go fuzzes this against them.
func Infer(s string) Type {
	switch {
	// ^age1, then ^ssh-(ed25519|rsa) and a space
	case strings.HasPrefix(s, "age1"), strings.HasPrefix(s, "ssh-ed25519 "), strings.HasPrefix(s, "ssh-rsa "):
		return Age
	case isPGPFingerprint(s): // ^([0-9A-Fa-f]{40}|[0-9A-Fa-f]{64})$
		return PGP
	case strings.HasPrefix(s, "arn:"): // ^arn:
		return KMS
	case strings.HasPrefix(s, "projects/"): // ^projects/
		return GCPKMS
	// (?s)^https?://[^/]+/v1/.*$ ('.' matches a line feed in Nix's POSIX
	// regular expressions)
	case hostThen(s, "http://", "/v1/"), hostThen(s, "https://", "/v1/"):
		return HCVaultTransit
	case hostThen(s, "https://", "/keys/"): // (?s)^https://[^/]+/keys/.*$
		return AzureKeyVault
	}
	return Unknown
}

// hostThen reports whether s starts with scheme, a non-empty host without
// '/', then path: a prefix match of ^scheme[^/]+path.
func hostThen(s, scheme, path string) bool {
	rest, ok := strings.CutPrefix(s, scheme)
	i := strings.IndexByte(rest, '/')
	return ok && i > 0 && strings.HasPrefix(rest[i:], path)
}

// AgeKind is the flavour of a key of type Age.
type AgeKind int

const (
	NotAge      AgeKind = iota
	X25519              // age1…, the native recipient
	PostQuantum         // age1pq1…, ML-KEM-768 + X25519
	Plugin              // age1<plugin>1…, handled by age-plugin-<plugin>
	SSHEd25519          // ssh-ed25519 …
	SSHRSA              // ssh-rsa …
)

var ageKindNames = [...]string{
	NotAge:      "not an age key",
	X25519:      "age X25519 recipient",
	PostQuantum: "age post-quantum recipient (ML-KEM-768 + X25519)",
	Plugin:      "age plugin recipient",
	SSHEd25519:  "SSH Ed25519 key (age recipient)",
	SSHRSA:      "SSH RSA key (age recipient)",
}

func (k AgeKind) String() string {
	if k < 0 || int(k) >= len(ageKindNames) {
		return ageKindNames[NotAge]
	}
	return ageKindNames[k]
}

// AgeKindOf tells the flavour of an age key the way the module does: by
// the SSH key type, or by the bech32 human-readable part before the last
// '1' (age: X25519, age1pq: post-quantum, any other age1…: plugin). It does
// not validate the rest of the key.
func AgeKindOf(s string) AgeKind {
	switch {
	case strings.HasPrefix(s, "ssh-ed25519 "):
		return SSHEd25519
	case strings.HasPrefix(s, "ssh-rsa "):
		return SSHRSA
	}
	hrp, _, ok := splitBech32(s)
	switch {
	case !ok:
		return NotAge
	case hrp == "age":
		return X25519
	case hrp == "age1pq":
		return PostQuantum
	case strings.HasPrefix(hrp, "age1"):
		return Plugin
	}
	return NotAge
}

// splitBech32 splits s at its last '1' into the human-readable part and
// the data, as bech32 does. It searches forward, a '1' after another:
// IndexByte scans many bytes at once, and the data of a key holds no '1',
// so after the '1' of "age1" one search over the data usually ends it
// (LastIndexByte compares byte by byte from the end).
func splitBech32(s string) (hrp, data string, ok bool) {
	i := strings.IndexByte(s, '1')
	if i < 0 {
		return "", "", false
	}
	for {
		j := strings.IndexByte(s[i+1:], '1')
		if j < 0 {
			return s[:i], s[i+1:], true
		}
		i += j + 1
	}
}
