package keys

import (
	"net/url"
	"path"
	"regexp"
	"strings"
	"sync"

	"filippo.io/age"
	"filippo.io/age/agessh"
	"filippo.io/age/plugin"
)

// bech32DataLength returns the exact data length (with checksum) for the
// human-readable parts of fixed-size age keys; plugins take any length.
// A switch, not a map: every key of a policy asks, and hashing the part
// cost more than comparing it.
func bech32DataLength(hrp string) (n int, fixed bool) {
	switch hrp {
	case "age":
		return 58, true
	case "age1pq":
		return 1952, true
	}
	return 0, false
}

// typeSyntax holds the module's syntax for each type but age (see
// syntax.go for the matchers written by hand), as a full-string match.
var typeSyntax = map[Type]struct {
	match  func(string) bool
	reason Reason
}{
	PGP: {isPGPFingerprint, BadPGP},
	KMS: {matcher(`^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:(key/[A-Za-z0-9-]+|alias/[A-Za-z0-9/_-]+)` +
		`(\+arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9+=.@_/-]+)?$`), BadKMS},
	GCPKMS:         {matcher(`^projects/[A-Za-z0-9_.:-]+/locations/[A-Za-z0-9_-]+/keyRings/[A-Za-z0-9_-]+/cryptoKeys/[A-Za-z0-9_-]+$`), BadGCPKMS},
	AzureKeyVault:  {matcher(`^https://[A-Za-z0-9.-]+(:[0-9]+)?/keys/[A-Za-z0-9-]+(/[A-Za-z0-9]+)?$`), BadAzureKeyVault},
	HCVaultTransit: {matcher(`^https?://[A-Za-z0-9.-]+(:[0-9]+)?/v1/[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*/keys/[A-Za-z0-9_.-]+$`), BadHCVaultURI},
}

// lazyRegexp returns expr compiled on the first call. Compiled at start,
// the package's expressions cost most of a millisecond of every process
// (the CLI starts often), and most processes meet no key of most types.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// matcher returns a MatchString of expr compiled on first use.
func matcher(expr string) func(string) bool {
	re := lazyRegexp(expr)
	return func(s string) bool { return re().MatchString(s) }
}

// Check validates key exactly as the module does, so that the analysis
// reports what Nix reports: the spelling of every type, and for bech32 age
// keys the checksum and padding too. A typed field passes its type; Unknown
// stands for a `key` entry, whose type is inferred first (E4 when it cannot
// be). It returns nil for a key the module accepts; like go/scanner's,
// the result is a concrete *Error, so test it for nil before storing it in
// an error variable.
func Check(t Type, key string) *Error {
	err := check(t, key)
	if err != nil && !err.Reason.NixDetects() {
		return nil
	}
	return err
}

// Verify validates key like Check and then decodes it the way age and SOPS
// will when they encrypt to it: the X25519 point and ML-KEM-768 key of age
// keys, the wire format, curve point and size of SSH keys, and how SOPS
// decomposes Vault URIs. The other types have no more structure to check
// offline.
func Verify(t Type, key string) *Error {
	if err := check(t, key); err != nil {
		return err
	}
	if t == Unknown {
		t = Infer(key)
	}
	if t == HCVaultTransit {
		if _, _, _, problem := splitVaultURI(key); problem != "" {
			return &Error{Type: t, Key: key, Reason: SopsSplitsURI, Detail: problem}
		}
	}
	return nil
}

// check returns every reason to reject key, for Nix or not, stopping at the
// first (the module's order: syntax, checksum, padding, then Go's decoding).
func check(t Type, key string) *Error {
	if t == Unknown {
		if t = Infer(key); t == Unknown {
			return &Error{Type: Unknown, Key: key, Reason: UnknownType}
		}
	}
	if t == Age {
		return checkAge(key)
	}
	rule, ok := typeSyntax[t]
	if !ok { // HuaweiKMS: the module has no such field
		return &Error{Type: t, Key: key, Reason: UnknownType}
	}
	if !rule.match(key) {
		return &Error{Type: t, Key: key, Reason: rule.reason}
	}
	return nil
}

func checkAge(key string) *Error {
	fail := func(r Reason) *Error { return &Error{Type: Age, Key: key, Reason: r} }
	if strings.HasPrefix(key, "ssh-") {
		if !sshEd25519Syntax(key) && !sshRSASyntax(key) {
			return fail(BadSSH)
		}
		return parseAge(AgeKindOf(key), key)
	}
	hrp, data, ok := bech32Syntax(key)
	if !ok {
		return fail(BadAgeBech32)
	}
	if n, fixed := bech32DataLength(hrp); fixed && len(data) != n {
		return fail(BadAgeBech32)
	}
	// age.ParseX25519Recipient checks the bech32 checksum and padding and
	// that the data is 32 bytes, no curve point (age 1.3.2, x25519.go):
	// with the syntax and length known good, bech32Sound decides the same,
	// without allocating, for most of a policy's keys. age still decides,
	// and words, every failure. FuzzX25519 holds the two to one verdict.
	if hrp == "age" && bech32Sound(hrp, data) {
		return nil
	}
	return parseAge(AgeKindOf(key), key)
}

// parseAge decodes key with the age parser for its kind and sorts the
// failure into the module's reasons (checksum, padding) and Go's.
func parseAge(kind AgeKind, key string) *Error {
	var err error
	switch kind {
	case X25519:
		_, err = age.ParseX25519Recipient(key)
	case PostQuantum:
		_, err = age.ParseHybridRecipient(key)
	case Plugin:
		_, _, err = plugin.ParseRecipient(key)
	case SSHEd25519, SSHRSA:
		_, err = agessh.ParseRecipient(key)
	default:
		return &Error{Type: Age, Key: key, Reason: BadAgeBech32}
	}
	if err == nil {
		return nil
	}
	// age reports bech32 failures in its own words; the module's reasons
	// are these two.
	msg := err.Error()
	reason := BadAgeKeyData
	switch {
	case strings.Contains(msg, "invalid checksum"):
		reason = BadChecksum
	case strings.Contains(msg, "padding"):
		reason = BadPadding
	case strings.Contains(msg, "RSA key size is too small"):
		reason = WeakRSAKey
	case kind == SSHEd25519 || kind == SSHRSA:
		reason = BadSSHKey
	}
	return &Error{Type: Age, Key: key, Reason: reason, Detail: detail(err, key)}
}

// SOPS' own patterns (kms, gcpkms, azkv and hcvault key sources).
var (
	sopsKMSArn     = matcher(`^arn:aws[\w-]*:kms:(.+):[0-9]+:(key|alias)/.+$`)
	sopsGCPKMS     = matcher(`^projects/[^/]+/locations/[^/]+/keyRings/[^/]+/cryptoKeys/[^/]+$`)
	sopsAzureURL   = lazyRegexp(`^(https://[^/]+)/keys/([^/]+)(/[^/]*)?$`)
	sopsVaultProxy = matcher(`/[^/]+/v[\d]+/[^/]+/[^/]+/[^/]+`)
	sopsVaultPath  = matcher(`/v[\d]+/[^/]+/[^/]+/[^/]+`)
)

// SopsCheck reports whether SOPS 3.13 can use key, one entry of a
// .sops.yaml key list after SOPS split it on commas, as a key of type t.
// SOPS is looser than the module: it trims or deletes spaces, accepts any
// Vault API version and leaves PGP fingerprints to gpg. Age keys are decoded
// as SOPS decodes them when it loads a rule, so a bad checksum fails here.
func SopsCheck(t Type, key string) *Error {
	reject := func(d string) *Error { return &Error{Type: t, Key: key, Reason: SopsRejects, Detail: d} }
	switch t {
	case Age:
		k := strings.TrimSpace(key)
		kind := sopsAgeKind(k)
		if kind == NotAge {
			if !strings.HasPrefix(k, "ssh-") {
				return reject("unknown recipient type")
			}
			// Other spellings and SSH key types: agessh has the last word.
			if _, err := agessh.ParseRecipient(k); err != nil {
				return reject(detail(err, k))
			}
			return nil
		}
		if err := parseAge(kind, k); err != nil {
			return reject(err.Detail)
		}
	case PGP:
		if strings.ReplaceAll(key, " ", "") == "" {
			return reject("empty fingerprint")
		}
	case KMS:
		if arn, _ := splitKMS(strings.ReplaceAll(key, " ", "")); !sopsKMSArn(arn) {
			return reject("no valid ARN found")
		}
	case GCPKMS:
		if !sopsGCPKMS(strings.ReplaceAll(key, " ", "")) {
			return reject("no valid resource ID found")
		}
	case AzureKeyVault:
		if !sopsAzureURL().MatchString(strings.TrimSpace(key)) {
			return reject("not a Key Vault key URL")
		}
	case HCVaultTransit:
		if _, _, _, problem := splitVaultURI(key); problem != "" {
			return reject(problem)
		}
	case HuaweiKMS:
		region, id, ok := strings.Cut(strings.TrimSpace(key), ":")
		if !ok || region == "" || id == "" {
			return reject("expected region:key-id")
		}
	default:
		return reject("not a SOPS key type")
	}
	return nil
}

// sopsAgeKind picks the age parser the way SOPS' age key source does, by
// prefix: post-quantum, then plugin (more than one '1'), then X25519, then
// SSH. It differs from AgeKindOf only for keys neither accepts.
func sopsAgeKind(s string) AgeKind {
	switch {
	case strings.HasPrefix(s, "age1pq1"):
		return PostQuantum
	case strings.HasPrefix(s, "age1") && strings.Count(s, "1") > 1:
		return Plugin
	case strings.HasPrefix(s, "age1"):
		return X25519
	}
	return AgeKindOf(s)
}

// splitKMS splits "arn+role" where SOPS does: at the first "+arn:", since
// ARN paths may contain '+' but never ':'.
func splitKMS(key string) (arn, role string) {
	if i := strings.Index(key, "+arn:"); i > 0 {
		return key[:i], key[i+1:]
	}
	return key, ""
}

// splitVaultURI decomposes a Vault transit URI the way SOPS does (url.Parse,
// then the engine path between /v<N>/ and the last two components). It
// returns a problem when SOPS would reject the URI.
func splitVaultURI(uri string) (address, enginePath, keyName, problem string) {
	u, err := url.Parse(uri)
	if err != nil {
		return "", "", "", "not a URL"
	}
	if u.Scheme == "" {
		return "", "", "", "missing scheme in Vault URL"
	}
	full := u.RequestURI()
	if sopsVaultProxy(full) {
		return "", "", "", "Vault behind a prefixed URL is not supported"
	}
	if !sopsVaultPath(full) {
		return "", "", "", "expected …/v1/<engine>/keys/<name>"
	}
	dirs := strings.Split(strings.Trim(full, "/"), "/")
	u.Path, u.RawPath = "", ""
	return u.String(), path.Join(dirs[1 : len(dirs)-2]...), dirs[len(dirs)-1], ""
}
