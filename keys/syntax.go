package keys

import "strings"

// The module's regular expressions for the common keys (docs/policy.md,
// "Exact syntax checked"), matched by hand: every key of a policy passes
// here, and Go's regexp took as long as decoding the key. Each function
// names the expression it decides, anchored at both ends because Nix's
// builtins.match matches the whole string; syntax_test.go fuzzes each one
// against its expression.

// isPGPFingerprint decides ^([0-9A-Fa-f]{40}|[0-9A-Fa-f]{64})$.
func isPGPFingerprint(s string) bool {
	return (len(s) == 40 || len(s) == 64) && all(s, isHex)
}

// sshEd25519Syntax decides
// ^ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI[A-Za-z0-9+/]{43}( [^#\n\r]*)?$.
func sshEd25519Syntax(s string) bool {
	const prefix = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI"
	rest, ok := strings.CutPrefix(s, prefix)
	return ok && len(rest) >= 43 && all(rest[:43], isBase64) && sshComment(rest[43:])
}

// sshRSASyntax decides ^ssh-rsa (AAAAB3NzaC1yc2E[A-Za-z0-9+/]*={0,2})( [^#\n\r]*)?$
// and that the group's length is a multiple of 4, as base64 needs.
func sshRSASyntax(s string) bool {
	rest, ok := strings.CutPrefix(s, "ssh-rsa ")
	if !ok {
		return false
	}
	blob, comment := rest, ""
	if i := strings.IndexByte(rest, ' '); i >= 0 {
		blob, comment = rest[:i], rest[i:]
	}
	b64 := strings.TrimSuffix(strings.TrimSuffix(blob, "="), "=")
	return strings.HasPrefix(b64, "AAAAB3NzaC1yc2E") && all(b64, isBase64) &&
		len(blob)%4 == 0 && sshComment(comment)
}

// sshComment decides ^( [^#\n\r]*)?$, what may follow an SSH key.
func sshComment(s string) bool {
	return s == "" || s[0] == ' ' && !strings.ContainsAny(s[1:], "#\n\r")
}

// bech32Syntax decides
// ^(age|age1[a-z0-9+._-]+)1([qpzry9x8gf2tvdw0s3jn54khce6mua7l]{6,})$ and
// returns its two groups, the human-readable part and the data. The data
// cannot contain '1', so the groups split s at its last '1'.
func bech32Syntax(s string) (hrp, data string, ok bool) {
	hrp, data, ok = splitBech32(s)
	if !ok || len(data) < 6 || !all(data, isBech32) {
		return "", "", false
	}
	if plugin, isPlugin := strings.CutPrefix(hrp, "age1"); hrp != "age" && (!isPlugin || plugin == "" || !all(plugin, isPluginName)) {
		return "", "", false
	}
	return hrp, data, true
}

// bech32Sound reports whether data, bech32 characters after hrp, has the
// right BIP-173 checksum and zero padding, as age's bech32.Decode requires
// of a string that is all lower-case (as bech32Syntax requires).
func bech32Sound(hrp, data string) bool {
	chk := bech32HRPPolymod(hrp)
	for i := 0; i < len(data); i++ {
		chk = bech32PolymodStep(chk, bech32Values[data[i]])
	}
	if chk != 1 {
		return false
	}
	// The 5-bit values before the checksum are read as bytes; the bits
	// left over must be fewer than 5, all zero.
	n := len(data) - 6
	spare := 5 * n % 8
	return n == 0 || spare < 5 && bech32Values[data[n-1]]&(1<<spare-1) == 0
}

// bech32HRPPolymod returns the checksum state after hrp, expanded as BIP-173
// says: the high bits of each byte, a zero, the low bits of each byte.
func bech32HRPPolymod(hrp string) uint32 {
	chk := uint32(1)
	for i := 0; i < len(hrp); i++ {
		chk = bech32PolymodStep(chk, hrp[i]>>5)
	}
	chk = bech32PolymodStep(chk, 0)
	for i := 0; i < len(hrp); i++ {
		chk = bech32PolymodStep(chk, hrp[i]&31)
	}
	return chk
}

// bech32PolymodStep feeds the 5-bit value v to the checksum state chk.
// The state has 30 bits, so chk>>25 is below 32 anyway: masking it says
// so to the compiler, which then leaves out the bounds check of each step.
func bech32PolymodStep(chk uint32, v byte) uint32 {
	return (chk&0x1ffffff)<<5 ^ uint32(v) ^ bech32Generator[chk>>25&31]
}

// bech32Generator[top] is the XOR of BIP-173's generator terms that the
// five bits shifted out of the checksum state select, so that a step costs
// one lookup instead of five tests.
var bech32Generator = func() (table [32]uint32) {
	terms := [5]uint32{0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3}
	for top := range table {
		for i, term := range terms {
			if top>>i&1 == 1 {
				table[top] ^= term
			}
		}
	}
	return table
}()

// all reports whether every byte of s is in the class.
func all(s string, class func(byte) bool) bool {
	for i := 0; i < len(s); i++ {
		if !class(s[i]) {
			return false
		}
	}
	return true
}

// The character classes, on bytes: each is ASCII, so a byte of a multi-byte
// UTF-8 sequence (or of invalid UTF-8) is never in one, as in Go's regexp.

func isHex(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

func isBase64(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '+' || c == '/'
}

// isPluginName is [a-z0-9+._-], an age plugin's name.
func isPluginName(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '+' || c == '.' || c == '_' || c == '-'
}

// bech32Charset is bech32's alphabet: the 5-bit value v is bech32Charset[v].
const bech32Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

// bech32Values maps a byte to its 5-bit value, or to noBech32.
var bech32Values = func() (values [256]byte) {
	for c := range values {
		values[c] = noBech32
	}
	for v := range len(bech32Charset) {
		values[bech32Charset[v]] = byte(v)
	}
	return values
}()

const noBech32 = 0xff

func isBech32(c byte) bool { return bech32Values[c] != noBech32 }
