package keys

import (
	"fmt"
	"strings"
)

// Reason says why a key was rejected. Its code, the module's detail text and
// whether Nix detects it live in reasonTable, one row each: docs/policy.md,
// "Errors" (E4, E5) is the source of every text.
type Reason int

const (
	Valid Reason = iota

	// What the module rejects (Check): Nix fails with the same text.
	UnknownType      // E4: a `key` entry whose type cannot be told
	BadSSH           // an age key starting with ssh- that fails the SSH syntax
	BadAgeBech32     // an age key that fails the bech32 syntax
	BadChecksum      // bech32 checksum mismatch: a typo
	BadPadding       // bech32 padding bits wrong
	BadPGP           // not 40 or 64 hexadecimal digits
	BadKMS           // not an AWS KMS key or alias ARN (+ role ARN)
	BadGCPKMS        // not projects/…/locations/…/keyRings/…/cryptoKeys/…
	BadAzureKeyVault // not https://<vault>/keys/<name>[/<version>]
	BadHCVaultURI    // not http(s)://<host>/v1/<engine>/keys/<name>

	// What only the Go side detects (Verify): the spelling is right, the
	// key is not. The first three keep the module's text for the key's
	// syntax (docs/policy.md says so); the others have their own.
	BadAgeKeyData // not a valid X25519 point or ML-KEM-768 key
	BadSSHKey     // the SSH wire format or Ed25519 point is invalid
	WeakRSAKey    // an SSH RSA key shorter than 2048 bits, which age refuses
	SopsSplitsURI // SOPS decomposes the Vault URI differently

	// What SOPS 3.13 refuses when it reads a .sops.yaml (SopsCheck).
	SopsRejects
)

const (
	detailSSH    = `expected ssh-ed25519 or ssh-rsa, one space, the base64 key, then optionally one space and a comment without "#"`
	detailBech32 = `expected age1 and lowercase bech32: 58 characters after age1 (X25519), 1952 after age1pq1 (post-quantum) or age1<plugin>1 and at least 6 (plugin)`
)

// reasonInfo is one row of the reason table: a stable code, the detail
// after `invalid <type> key "<key>": ` (E5), and whether evaluating the
// module fails on the key too.
type reasonInfo struct {
	code   string
	detail string
	nix    bool
}

var reasonTable = [...]reasonInfo{
	Valid:            {"valid", "", false},
	UnknownType:      {"unknown-key-type", "", true},
	BadSSH:           {"bad-ssh-syntax", detailSSH, true},
	BadAgeBech32:     {"bad-age-syntax", detailBech32, true},
	BadChecksum:      {"bad-bech32-checksum", "bad bech32 checksum", true},
	BadPadding:       {"bad-bech32-padding", "bad bech32 padding", true},
	BadPGP:           {"bad-pgp", "expected a fingerprint of 40 or 64 hexadecimal digits", true},
	BadKMS:           {"bad-kms", "expected arn:<partition>:kms:<region>:<account>:key/<id> or arn:<partition>:kms:<region>:<account>:alias/<name>, optionally followed by +arn:<partition>:iam::<account>:role/<name>", true},
	BadGCPKMS:        {"bad-gcp-kms", "expected projects/<project>/locations/<location>/keyRings/<keyRing>/cryptoKeys/<key>", true},
	BadAzureKeyVault: {"bad-azure-keyvault", "expected https://<vault host>/keys/<name> or https://<vault host>/keys/<name>/<version>", true},
	BadHCVaultURI:    {"bad-hc-vault-transit", "expected http(s)://<host>[:<port>]/v1/<engine path>/keys/<name>", true},
	BadAgeKeyData:    {"bad-age-key-data", detailBech32, false},
	BadSSHKey:        {"bad-ssh-key", detailSSH, false},
	WeakRSAKey:       {"weak-rsa-key", detailSSH, false},
	SopsSplitsURI:    {"sops-vault-uri", "SOPS cannot decompose this Vault URI", false},
	SopsRejects:      {"sops-rejects", "SOPS 3.13 cannot use it", false},
}

func (r Reason) info() reasonInfo {
	if r < 0 || int(r) >= len(reasonTable) {
		return reasonInfo{code: "invalid-reason"}
	}
	return reasonTable[r]
}

// Code returns a stable identifier for r, for diagnostic codes and tests.
func (r Reason) Code() string { return r.info().code }

// NixDetects reports whether evaluating the module fails on a key rejected
// for reason r; when false, only the Go side reports it.
func (r Reason) NixDetects() bool { return r.info().nix }

func (r Reason) String() string { return r.Code() }

// Error is a rejected key: its type (as given, or inferred), the key and the
// reason. Detail holds the decoder's own words for the Go-only reasons; it
// is not part of Error(), which is the module's text byte for byte.
type Error struct {
	Type   Type
	Key    string
	Reason Reason
	Detail string
}

// Error returns the reason part of the module's message (E4 or E5 in
// docs/policy.md); the caller prefixes it with the group and recipient.
func (e *Error) Error() string {
	if e.Reason == UnknownType {
		return "cannot tell the type of key " + Quote(e.Key) + " (use age, pgp, kms, gcpKms, azureKeyvault or hcVaultTransit)"
	}
	msg := "invalid " + e.Type.String() + " key " + Quote(e.Key) + ": " + e.Reason.info().detail
	if e.Reason == SopsRejects && e.Detail != "" {
		msg += ": " + e.Detail
	}
	return msg
}

// Quote writes s between double quotes the way Nix's builtins.toJSON does,
// which is how the module quotes names and keys in its messages: `"` and
// `\` get a backslash, LF, CR and tab are \n, \r, \t, other bytes below
// 0x20 are \u00xx, and every other byte is copied as it is.
func Quote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20:
			fmt.Fprintf(&b, `\u%04x`, c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// detail keeps from a decoder error what went wrong, dropping the prefix
// that quotes the key.
func detail(err error, key string) string {
	s := err.Error()
	if q := fmt.Sprintf("%q: ", key); strings.Contains(s, q) {
		return s[strings.Index(s, q)+len(q):]
	}
	return s
}
