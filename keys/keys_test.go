package keys

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"os"
	"strings"
	"testing"

	"filippo.io/age/plugin"
)

// testKeys reads testdata/keys/public.txt: real public keys made by
// age-keygen, age-keygen -pq, ssh-keygen and gpg.
func testKeys(t testing.TB) map[string]string {
	t.Helper()
	f, err := os.Open("../testdata/keys/public.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	keys := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<16)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, key, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("bad line %q", line)
		}
		keys[name] = key
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return keys
}

// Test-only bech32 (BIP-173) encoder over 5-bit values, to build keys whose
// checksum is right but whose padding is not: age cannot produce them.
func bech32Encode5(hrp string, data []byte) string {
	chk := bech32HRPPolymod(hrp)
	for _, v := range data {
		chk = bech32PolymodStep(chk, v)
	}
	for range 6 {
		chk = bech32PolymodStep(chk, 0)
	}
	mod := chk ^ 1
	s := hrp + "1"
	for _, d := range data {
		s += string(bech32Charset[d])
	}
	for i := 0; i < 6; i++ {
		s += string(bech32Charset[(mod>>(5*(5-i)))&31])
	}
	return s
}

// decode5 returns the 5-bit data values of a valid bech32 string, without
// the checksum.
func decode5(s string) (hrp string, data []byte) {
	i := strings.LastIndexByte(s, '1')
	for _, c := range s[i+1 : len(s)-6] {
		data = append(data, byte(strings.IndexRune(bech32Charset, c)))
	}
	return s[:i], data
}

// sshEd25519 builds an ssh-ed25519 public key line around a 32-byte point.
func sshEd25519(point []byte) string {
	var wire []byte
	wire = binary.BigEndian.AppendUint32(wire, 11)
	wire = append(wire, "ssh-ed25519"...)
	wire = binary.BigEndian.AppendUint32(wire, 32)
	wire = append(wire, point...)
	return "ssh-ed25519 " + base64.StdEncoding.EncodeToString(wire)
}

func flipLast(s string) string {
	last := s[len(s)-1]
	for _, c := range []byte(bech32Charset) {
		if c != last {
			return s[:len(s)-1] + string(c)
		}
	}
	panic("unreachable")
}

func TestInfer(t *testing.T) {
	k := testKeys(t)
	tests := []struct {
		key  string
		want Type
	}{
		{k["x25519-a"], Age},
		{k["pq"], Age},
		{k["ssh-ed25519"], Age},
		{k["ssh-rsa-2048"], Age},
		{"age1", Age}, // a prefix is enough to tell; validation comes next
		{"AGE1" + k["x25519-a"][4:], Unknown},
		{k["ssh-ecdsa"], Unknown},
		{"ssh-dss AAAA", Unknown},
		{"ssh-ed25519AAAA", Unknown},
		{k["pgp-v4"], PGP},
		{strings.ToLower(k["pgp-v4"]), PGP},
		{strings.Repeat("ab", 32), PGP},
		{k["pgp-v4"][:39], Unknown},
		{k["pgp-v4"] + "0", Unknown},
		{"arn:aws:kms:eu-west-1:123456789012:key/abc", KMS},
		{"arn:", KMS},
		{"projects/p/locations/l/keyRings/r/cryptoKeys/k", GCPKMS},
		{"https://vault.example.com:8200/v1/transit/keys/k", HCVaultTransit},
		{"http://127.0.0.1:8200/v1/x", HCVaultTransit},
		{"https://h/v1/\n", HCVaultTransit}, // '.' matches a line feed in Nix's regex
		{"https://myvault.vault.azure.net/keys/k/v", AzureKeyVault},
		{"http://myvault.vault.azure.net/keys/k", Unknown}, // Azure is https only
		{"https:///v1/x", Unknown},
		{"https://h/other", Unknown},
		{"", Unknown},
		{" " + k["x25519-a"], Unknown},
	}
	for _, tt := range tests {
		if got := Infer(tt.key); got != tt.want {
			t.Errorf("Infer(%q) = %v, want %v", tt.key, got, tt.want)
		}
	}
}

func TestAgeKindOf(t *testing.T) {
	k := testKeys(t)
	yubi := plugin.EncodeRecipient("yubikey", []byte("some plugin data"))
	tests := []struct {
		key  string
		want AgeKind
	}{
		{k["x25519-a"], X25519},
		{k["pq"], PostQuantum},
		{yubi, Plugin},
		{k["ssh-ed25519"], SSHEd25519},
		{k["ssh-rsa-2048"], SSHRSA},
		{k["ssh-ecdsa"], NotAge},
		{"age1", X25519},
		{"age1pq1", PostQuantum},
		{"age1pq1x1y", Plugin}, // the last '1' splits: plugin "pq1x"
		{"nope", NotAge},
	}
	for _, tt := range tests {
		if got := AgeKindOf(tt.key); got != tt.want {
			t.Errorf("AgeKindOf(%q) = %v, want %v", tt.key, got, tt.want)
		}
	}
}

// checkCase is a key, the type it is given as, and the reasons Check and
// Verify give (Valid for none).
type checkCase struct {
	name          string
	typ           Type
	key           string
	check, verify Reason
}

func checkCases(t testing.TB) []checkCase {
	k := testKeys(t)
	x := k["x25519-a"]
	pq := k["pq"]
	yubi := plugin.EncodeRecipient("yubikey", []byte("plugin data, any length"))
	ed := k["ssh-ed25519"]
	edNoComment := strings.Join(strings.Fields(ed)[:2], " ")
	rsa := k["ssh-rsa-2048"]

	// Padding: 5 data values = 25 bits, 3 bits over one byte. A checksum
	// over data whose padding bits are set, or with a whole spare group.
	badPad := bech32Encode5("age1test", []byte{1, 2, 3, 4, 7})
	spareGroup := bech32Encode5("age1test", []byte{1, 2, 3, 4, 0, 0})
	goodPad := bech32Encode5("age1test", []byte{1, 2, 3, 4, 0})
	// An X25519 key whose last data value carries padding bits.
	hrp, data := decode5(x)
	data[len(data)-1] |= 1
	xBadPad := bech32Encode5(hrp, data)

	invalidPoint := make([]byte, 32)
	invalidPoint[0] = 2 // y = 2 is not on the curve

	return []checkCase{
		{"x25519", Age, x, Valid, Valid},
		{"x25519 as key", Unknown, x, Valid, Valid},
		{"x25519 checksum", Age, flipLast(x), BadChecksum, BadChecksum},
		{"x25519 data typo", Age, x[:10] + string(flipLast(x[:11])[10]) + x[11:], BadChecksum, BadChecksum},
		{"x25519 padding", Age, xBadPad, BadPadding, BadPadding},
		{"x25519 short", Age, x[:len(x)-1], BadAgeBech32, BadAgeBech32},
		{"x25519 long", Age, x + "q", BadAgeBech32, BadAgeBech32},
		{"x25519 upper", Age, strings.ToUpper(x), BadAgeBech32, BadAgeBech32},
		{"x25519 upper as key", Unknown, strings.ToUpper(x), UnknownType, UnknownType},
		{"x25519 mixed case", Age, x[:20] + strings.ToUpper(x[20:30]) + x[30:], BadAgeBech32, BadAgeBech32},
		{"x25519 leading space", Age, " " + x, BadAgeBech32, BadAgeBech32},
		{"x25519 trailing newline", Age, x + "\n", BadAgeBech32, BadAgeBech32},
		{"x25519 comment", Age, x + " # alice", BadAgeBech32, BadAgeBech32},
		{"x25519 b is not bech32", Age, x[:10] + "b" + x[11:], BadAgeBech32, BadAgeBech32},
		{"pq", Age, pq, Valid, Valid},
		{"pq as key", Unknown, pq, Valid, Valid},
		{"pq checksum", Age, flipLast(pq), BadChecksum, BadChecksum},
		{"pq truncated", Age, pq[:len(pq)-2], BadAgeBech32, BadAgeBech32},
		{"pq upper", Age, strings.ToUpper(pq), BadAgeBech32, BadAgeBech32},
		// A right-length, right-checksum PQ key of 0xff bytes: Nix accepts
		// it, ML-KEM does not (coefficients must be below 3329).
		{"pq not a key", Age, plugin.EncodeRecipient("pq", bytes.Repeat([]byte{0xff}, 1216)), Valid, BadAgeKeyData},
		{"plugin", Age, yubi, Valid, Valid},
		{"plugin checksum", Age, flipLast(yubi), BadChecksum, BadChecksum},
		{"plugin padding", Age, badPad, BadPadding, BadPadding},
		{"plugin spare group", Age, spareGroup, BadPadding, BadPadding},
		{"plugin good padding", Age, goodPad, Valid, Valid},
		{"plugin upper name", Age, "age1YUBIKEY1" + yubi[len("age1yubikey1"):], BadAgeBech32, BadAgeBech32},
		{"plugin short data", Age, "age1yubikey1qqqqq", BadAgeBech32, BadAgeBech32},
		{"ssh-ed25519", Age, ed, Valid, Valid},
		{"ssh-ed25519 as key", Unknown, ed, Valid, Valid},
		{"ssh-ed25519 no comment", Age, edNoComment, Valid, Valid},
		{"ssh-ed25519 spaces in comment", Age, edNoComment + " alice on laptop", Valid, Valid},
		{"ssh-ed25519 empty comment", Age, edNoComment + " ", Valid, Valid},
		{"ssh-ed25519 hash in comment", Age, edNoComment + " alice#1", BadSSH, BadSSH},
		{"ssh-ed25519 trailing newline", Age, ed + "\n", BadSSH, BadSSH},
		{"ssh-ed25519 two spaces", Age, strings.Replace(ed, " ", "  ", 1), BadSSH, BadSSH},
		{"ssh-ed25519 tab", Age, strings.Replace(ed, " ", "\t", 1), BadSSH, BadSSH},
		{"ssh-ed25519 truncated", Age, edNoComment[:len(edNoComment)-1], BadSSH, BadSSH},
		{"ssh-ed25519 not a point", Age, sshEd25519(invalidPoint), Valid, BadSSHKey},
		{"ssh-rsa", Age, rsa, Valid, Valid},
		{"ssh-rsa no comment", Age, k["ssh-rsa-3072-nocomment"], Valid, Valid},
		{"ssh-rsa 1024", Age, k["ssh-rsa-1024-weak"], Valid, WeakRSAKey},
		{"ssh-rsa bad base64 length", Age, strings.Replace(rsa, "AAAAB3NzaC1yc2E", "AAAAB3NzaC1yc2EA", 1), BadSSH, BadSSH},
		{"ssh-rsa garbage inside", Age, "ssh-rsa AAAAB3NzaC1yc2EA", Valid, BadSSHKey},
		{"ssh-dss", Age, "ssh-dss AAAAB3NzaC1kc3M=", BadSSH, BadSSH},
		{"ecdsa", Age, k["ssh-ecdsa"], BadAgeBech32, BadAgeBech32},
		{"ecdsa as key", Unknown, k["ssh-ecdsa"], UnknownType, UnknownType},
		{"empty age", Age, "", BadAgeBech32, BadAgeBech32},
		{"empty key", Unknown, "", UnknownType, UnknownType},

		{"pgp", PGP, k["pgp-v4"], Valid, Valid},
		{"pgp lower", PGP, strings.ToLower(k["pgp-v4"]), Valid, Valid},
		{"pgp as key", Unknown, k["pgp-v4"], Valid, Valid},
		{"pgp v5", PGP, strings.Repeat("0123456789ABCDEF", 4), Valid, Valid},
		{"pgp short", PGP, k["pgp-v4"][:39], BadPGP, BadPGP},
		{"pgp key id", PGP, k["pgp-v4"][24:], BadPGP, BadPGP},
		{"pgp spaces", PGP, k["pgp-v4"][:4] + " " + k["pgp-v4"][4:], BadPGP, BadPGP},
		{"pgp 0x", PGP, "0x" + k["pgp-v4"][2:], BadPGP, BadPGP},

		{"kms key", KMS, "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", Valid, Valid},
		{"kms mrk", KMS, "arn:aws:kms:us-east-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab", Valid, Valid},
		{"kms alias", KMS, "arn:aws:kms:us-east-1:123456789012:alias/team/prod_key-1", Valid, Valid},
		{"kms china", KMS, "arn:aws-cn:kms:cn-north-1:123456789012:key/abc", Valid, Valid},
		{"kms govcloud", KMS, "arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/abc", Valid, Valid},
		{"kms role", KMS, "arn:aws:kms:eu-west-1:123456789012:key/abc+arn:aws:iam::123456789012:role/sops-ci", Valid, Valid},
		{"kms role path", KMS, "arn:aws:kms:eu-west-1:123456789012:key/abc+arn:aws:iam::123456789012:role/ci/sops@prod.x", Valid, Valid},
		// SOPS joins a rule's keys with commas and splits them again: no comma.
		{"kms role comma", KMS, "arn:aws:kms:eu-west-1:123456789012:key/abc+arn:aws:iam::123456789012:role/a,b", BadKMS, BadKMS},
		{"kms as key", Unknown, "arn:aws:kms:eu-west-1:123456789012:key/abc", Valid, Valid},
		{"kms 11-digit account", KMS, "arn:aws:kms:eu-west-1:12345678901:key/abc", BadKMS, BadKMS},
		{"kms not kms", KMS, "arn:aws:s3:eu-west-1:123456789012:key/abc", BadKMS, BadKMS},
		{"kms empty id", KMS, "arn:aws:kms:eu-west-1:123456789012:key/", BadKMS, BadKMS},
		{"kms underscore id", KMS, "arn:aws:kms:eu-west-1:123456789012:key/a_b", BadKMS, BadKMS},
		{"kms bad role", KMS, "arn:aws:kms:eu-west-1:123456789012:key/abc+arn:aws:iam:eu-west-1:123456789012:role/x", BadKMS, BadKMS},
		{"kms as key, malformed", Unknown, "arn:aws:kms:eu-west-1", BadKMS, BadKMS},

		{"gcp", GCPKMS, "projects/my-proj/locations/global/keyRings/sops/cryptoKeys/sops-key", Valid, Valid},
		{"gcp domain project", GCPKMS, "projects/example.com:proj/locations/europe-west1/keyRings/r_1/cryptoKeys/k", Valid, Valid},
		{"gcp as key", Unknown, "projects/p/locations/l/keyRings/r/cryptoKeys/k", Valid, Valid},
		{"gcp version", GCPKMS, "projects/p/locations/l/keyRings/r/cryptoKeys/k/cryptoKeyVersions/1", BadGCPKMS, BadGCPKMS},
		{"gcp trailing slash", GCPKMS, "projects/p/locations/l/keyRings/r/cryptoKeys/k/", BadGCPKMS, BadGCPKMS},
		{"gcp missing key", GCPKMS, "projects/p/locations/l/keyRings/r", BadGCPKMS, BadGCPKMS},

		{"azure", AzureKeyVault, "https://myvault.vault.azure.net/keys/sops-key", Valid, Valid},
		{"azure version", AzureKeyVault, "https://myvault.vault.azure.net/keys/sops-key/0123456789abcdef0123456789abcdef", Valid, Valid},
		{"azure port", AzureKeyVault, "https://myvault.vault.azure.net:443/keys/k", Valid, Valid},
		{"azure as key", Unknown, "https://myvault.vault.azure.net/keys/k/v1", Valid, Valid},
		{"azure http", AzureKeyVault, "http://myvault.vault.azure.net/keys/k", BadAzureKeyVault, BadAzureKeyVault},
		{"azure trailing slash", AzureKeyVault, "https://myvault.vault.azure.net/keys/k/", BadAzureKeyVault, BadAzureKeyVault},
		{"azure dash in version", AzureKeyVault, "https://v.vault.azure.net/keys/k/a-b", BadAzureKeyVault, BadAzureKeyVault},
		{"azure underscore name", AzureKeyVault, "https://v.vault.azure.net/keys/a_b", BadAzureKeyVault, BadAzureKeyVault},

		{"vault", HCVaultTransit, "https://vault.example.com:8200/v1/transit/keys/sops", Valid, Valid},
		{"vault http", HCVaultTransit, "http://127.0.0.1:8200/v1/transit/keys/sops", Valid, Valid},
		{"vault nested engine", HCVaultTransit, "https://vault.example.com/v1/team/prod/transit/keys/k.1", Valid, Valid},
		{"vault as key", Unknown, "https://vault.example.com/v1/transit/keys/k", Valid, Valid},
		{"vault v2", HCVaultTransit, "https://vault.example.com/v2/transit/keys/k", BadHCVaultURI, BadHCVaultURI},
		{"vault prefix", HCVaultTransit, "https://vault.example.com/vault/v1/transit/keys/k", BadHCVaultURI, BadHCVaultURI},
		{"vault trailing slash", HCVaultTransit, "https://vault.example.com/v1/transit/keys/k/", BadHCVaultURI, BadHCVaultURI},
		{"vault no engine", HCVaultTransit, "https://vault.example.com/v1/keys/k", BadHCVaultURI, BadHCVaultURI},
		// SOPS reads /v1/v2/… as a Vault behind a path prefix and refuses it.
		{"vault engine named like a version", HCVaultTransit, "https://vault.example.com/v1/v2/x/keys/k", Valid, SopsSplitsURI},
	}
}

func TestCheckAndVerify(t *testing.T) {
	for _, tt := range checkCases(t) {
		t.Run(tt.name, func(t *testing.T) {
			reason := func(e *Error) Reason {
				if e == nil {
					return Valid
				}
				return e.Reason
			}
			if got := reason(Check(tt.typ, tt.key)); got != tt.check {
				t.Errorf("Check(%v, %q) = %v, want %v", tt.typ, tt.key, got, tt.check)
			}
			if got := reason(Verify(tt.typ, tt.key)); got != tt.verify {
				t.Errorf("Verify(%v, %q) = %v, want %v", tt.typ, tt.key, got, tt.verify)
			}
			if tt.check != Valid && tt.check.NixDetects() != true {
				t.Errorf("Check returned %v, which Nix does not detect", tt.check)
			}
		})
	}
}

// The texts are docs/policy.md's E4 and E5, byte for byte.
func TestErrorText(t *testing.T) {
	tests := []struct {
		typ  Type
		key  string
		want string
	}{
		// docs/policy.md's example key has a valid checksum; its last
		// character flipped does not.
		{Age, "age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gp",
			`invalid age key "age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gp": bad bech32 checksum`},
		{Unknown, "hello \"world\"\n",
			`cannot tell the type of key "hello \"world\"\n" (use age, pgp, kms, gcpKms, azureKeyvault or hcVaultTransit)`},
		{Age, "age1short",
			`invalid age key "age1short": expected age1 and lowercase bech32: 58 characters after age1 (X25519), 1952 after age1pq1 (post-quantum) or age1<plugin>1 and at least 6 (plugin)`},
		{Age, "ssh-ed25519 AAAA",
			`invalid age key "ssh-ed25519 AAAA": expected ssh-ed25519 or ssh-rsa, one space, the base64 key, then optionally one space and a comment without "#"`},
		{PGP, "abc", `invalid pgp key "abc": expected a fingerprint of 40 or 64 hexadecimal digits`},
		{KMS, "arn:x", `invalid kms key "arn:x": expected arn:<partition>:kms:<region>:<account>:key/<id> or arn:<partition>:kms:<region>:<account>:alias/<name>, optionally followed by +arn:<partition>:iam::<account>:role/<name>`},
		{Unknown, "projects/x", `invalid gcpKms key "projects/x": expected projects/<project>/locations/<location>/keyRings/<keyRing>/cryptoKeys/<key>`},
		{AzureKeyVault, "https://v/keys/", `invalid azureKeyvault key "https://v/keys/": expected https://<vault host>/keys/<name> or https://<vault host>/keys/<name>/<version>`},
		{HCVaultTransit, "https://v/v1/", `invalid hcVaultTransit key "https://v/v1/": expected http(s)://<host>[:<port>]/v1/<engine path>/keys/<name>`},
	}
	for _, tt := range tests {
		err := Check(tt.typ, tt.key)
		if err == nil {
			t.Errorf("Check(%v, %q) = nil, want an error", tt.typ, tt.key)
			continue
		}
		if got := err.Error(); got != tt.want {
			t.Errorf("Check(%v, %q):\n got %s\nwant %s", tt.typ, tt.key, got, tt.want)
		}
	}
}

func TestQuote(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", `""`},
		{"alice", `"alice"`},
		{`a"b\c`, `"a\"b\\c"`},
		{"l\nr\rt\t", `"l\nr\rt\t"`},
		{"\x00\x01\x08\x0c\x1f", `"\u0000\u0001\u0008\u000c\u001f"`},
		{"\x7f<>&é\u2028\xff", "\"\x7f<>&é\u2028\xff\""}, // copied as they are
	}
	for _, tt := range tests {
		if got := Quote(tt.in); got != tt.want {
			t.Errorf("Quote(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestSopsCheck(t *testing.T) {
	k := testKeys(t)
	tests := []struct {
		typ Type
		key string
		ok  bool
	}{
		{Age, "  " + k["x25519-a"] + " ", true}, // SOPS trims
		{Age, k["pq"], true},
		{Age, k["ssh-ed25519"], true},
		{Age, k["ssh-rsa-1024-weak"], false},
		{Age, k["ssh-ecdsa"], false},
		{Age, "ssh-ecdsa-sha2-nistp256 AAAA", false},
		{Age, strings.ToUpper(k["x25519-a"]), false},
		{Age, flipLast(k["x25519-a"]), false},
		{Age, plugin.EncodeRecipient("tpm", []byte{1, 2, 3}), true},
		{PGP, "19C1 AD22 6D24 AA05", true}, // left to gpg
		{PGP, " ", false},
		{KMS, "arn:aws:kms:eu-west-1:1:key/x", true}, // SOPS takes any account number
		{KMS, "arn:aws:kms:eu-west-1:123456789012:key/x +arn:aws:iam::1:role/r", true},
		{KMS, "arn:aws:s3:::bucket", false},
		{GCPKMS, "projects/p/locations/l/keyRings/r/cryptoKeys/k", true},
		{GCPKMS, "projects/p/locations/l/keyRings/r/cryptoKeys/k/", false},
		{AzureKeyVault, "https://v.vault.azure.net/keys/k/", true},
		{AzureKeyVault, "http://v.vault.azure.net/keys/k", false},
		{HCVaultTransit, "https://vault:8200/v2/transit/keys/k", true},
		{HCVaultTransit, "/v1/transit/keys/k", false},
		{HCVaultTransit, "vault:8200/v1/transit/keys/k", true}, // "vault:" parses as a scheme
		{HCVaultTransit, "https://vault/prefix/v1/transit/keys/k", false},
		{HuaweiKMS, "cn-north-4:0f2b0c1e-0000-4d1c-9c1b-1234567890ab", true},
		{HuaweiKMS, "nokeyid", false},
		{Unknown, "anything", false},
	}
	for _, tt := range tests {
		err := SopsCheck(tt.typ, tt.key)
		if (err == nil) != tt.ok {
			t.Errorf("SopsCheck(%v, %q) = %v, want ok=%v", tt.typ, tt.key, err, tt.ok)
		}
		if err != nil && (err.Reason != SopsRejects || !strings.HasPrefix(err.Error(), "invalid "+tt.typ.String()+" key ")) {
			t.Errorf("SopsCheck(%v, %q) = %v (%v)", tt.typ, tt.key, err, err.Reason)
		}
	}
}

func TestCanonicalAndSame(t *testing.T) {
	k := testKeys(t)
	ed := k["ssh-ed25519"]
	edBare := strings.Join(strings.Fields(ed)[:2], " ")
	fp := k["pgp-v4"]
	arn := "arn:aws:kms:eu-west-1:123456789012:key/abc"
	role := "arn:aws:iam::123456789012:role/sops"
	az := "https://v.vault.azure.net"
	tests := []struct {
		typ        Type
		policy     string
		file       string
		same       bool
		canonical  string // of policy
		sameAsFile bool   // Canonical(policy) == Canonical(file)
	}{
		{Age, k["x25519-a"], k["x25519-a"], true, k["x25519-a"], true},
		{Age, k["x25519-a"], k["x25519-b"], false, k["x25519-a"], false},
		{Age, ed, edBare, true, edBare, true},
		{Age, edBare + " other comment", ed, true, edBare, true},
		{Unknown, ed, edBare, true, edBare, true},
		{PGP, strings.ToLower(fp), fp, true, fp, true},
		{PGP, fp[:4] + " " + fp[4:], fp, true, fp, true},
		{KMS, arn + "+" + role, JoinKMS(arn, role), true, arn + "+" + role, true},
		{KMS, arn, JoinKMS(arn, role), false, arn, false},
		{KMS, arn + " + " + role, JoinKMS(arn, role), true, arn + "+" + role, true},
		{GCPKMS, "projects/p/locations/l/keyRings/r/cryptoKeys/k", "projects/p/locations/l/keyRings/r/cryptoKeys/k", true, "projects/p/locations/l/keyRings/r/cryptoKeys/k", true},
		{AzureKeyVault, az + "/keys/k", JoinAzure(az, "k", "0a1b"), true, az + "/keys/k", false},
		{AzureKeyVault, az + "/keys/k/0a1b", JoinAzure(az, "k", "0a1b"), true, az + "/keys/k/0a1b", true},
		{AzureKeyVault, az + "/keys/k/0a1b", JoinAzure(az, "k", "ffff"), false, az + "/keys/k/0a1b", false},
		{AzureKeyVault, az + "/keys/k/0a1b", JoinAzure(az, "k", ""), false, az + "/keys/k/0a1b", false},
		{AzureKeyVault, az + "/keys/k", JoinAzure(az, "other", "0a1b"), false, az + "/keys/k", false},
		{HCVaultTransit, "https://vault:8200/v1/transit/keys/k", JoinVault("https://vault:8200", "transit", "k"), true, "https://vault:8200/v1/transit/keys/k", true},
		{HCVaultTransit, "https://vault/v1/a/b/keys/k", JoinVault("https://vault", "a/b", "k"), true, "https://vault/v1/a/b/keys/k", true},
		{HCVaultTransit, "https://vault/v1/a/keys/k/", JoinVault("https://vault", "a", "k"), true, "https://vault/v1/a/keys/k", true},
		{HCVaultTransit, "https://vault/v1/a/keys/k", JoinVault("http://vault", "a", "k"), false, "https://vault/v1/a/keys/k", false},
	}
	for _, tt := range tests {
		if got := Same(tt.typ, tt.policy, tt.file); got != tt.same {
			t.Errorf("Same(%v, %q, %q) = %v, want %v", tt.typ, tt.policy, tt.file, got, tt.same)
		}
		if got := Canonical(tt.typ, tt.policy); got != tt.canonical {
			t.Errorf("Canonical(%v, %q) = %q, want %q", tt.typ, tt.policy, got, tt.canonical)
		}
		if got := Canonical(tt.typ, tt.policy) == Canonical(tt.typ, tt.file); got != tt.sameAsFile {
			t.Errorf("Canonical(%q) == Canonical(%q) is %v, want %v", tt.policy, tt.file, got, tt.sameAsFile)
		}
	}
}

func TestShortAndDescribe(t *testing.T) {
	k := testKeys(t)
	x := k["x25519-a"]
	pq := k["pq"]
	yubi := plugin.EncodeRecipient("yubikey", []byte("plugin data, any length"))
	tests := []struct {
		typ             Type
		key             string
		short, describe string
	}{
		{Age, x, x[:8] + "…" + x[len(x)-3:], "age X25519 recipient"},
		{Age, pq, pq[:11] + "…" + pq[len(pq)-3:], "age post-quantum recipient (ML-KEM-768 + X25519)"},
		{Age, yubi, yubi[:16] + "…" + yubi[len(yubi)-3:], "age plugin recipient (age-plugin-yubikey)"},
		{Age, k["ssh-ed25519"], "ssh-ed25519 …" + strings.Fields(k["ssh-ed25519"])[1][60:] + " alice@laptop", "SSH Ed25519 key (age recipient)"},
		{Unknown, k["pgp-v4"], "19C1…6381ECA0", "PGP fingerprint (v4)"},
		{KMS, "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab+arn:aws:iam::123456789012:role/ci/sops",
			"arn:aws:kms:eu-west-1:…:key/1234abcd… +role/sops",
			"AWS KMS key in eu-west-1, account 123456789012, assuming arn:aws:iam::123456789012:role/ci/sops"},
		{KMS, "arn:aws:kms:eu-west-1:123456789012:alias/sops", "arn:aws:kms:eu-west-1:…:alias/sops", "AWS KMS alias in eu-west-1, account 123456789012"},
		{GCPKMS, "projects/p/locations/global/keyRings/r/cryptoKeys/k", "projects/p/…/cryptoKeys/k", "GCP KMS key k (key ring r, project p, global)"},
		{AzureKeyVault, "https://v.vault.azure.net/keys/k/0123456789abcdef", "v.vault.azure.net/keys/k/01234567…", "Azure Key Vault key k in v.vault.azure.net (version 0123456789abcdef)"},
		{AzureKeyVault, "https://v.vault.azure.net/keys/k", "v.vault.azure.net/keys/k", "Azure Key Vault key k in v.vault.azure.net (latest version)"},
		{HCVaultTransit, "https://vault:8200/v1/transit/keys/k", "vault:8200/v1/transit/keys/k", "HashiCorp Vault transit key k (engine transit at https://vault:8200)"},
		{Unknown, "short", "short", "key of unknown type"},
		{Unknown, strings.Repeat("é", 40), strings.Repeat("é", 24) + "…" + strings.Repeat("é", 8), "key of unknown type"},
	}
	for _, tt := range tests {
		if got := Short(tt.typ, tt.key); got != tt.short {
			t.Errorf("Short(%v, %q) = %q, want %q", tt.typ, tt.key, got, tt.short)
		}
		if got := Describe(tt.typ, tt.key); got != tt.describe {
			t.Errorf("Describe(%v, %q) = %q, want %q", tt.typ, tt.key, got, tt.describe)
		}
	}
}

func TestTypeNames(t *testing.T) {
	want := []struct{ name, rule, group, metadata string }{
		{"age", "age", "age", "age"},
		{"pgp", "pgp", "pgp", "pgp"},
		{"kms", "kms", "kms", "kms"},
		{"gcpKms", "gcp_kms", "gcp_kms", "gcp_kms"},
		{"azureKeyvault", "azure_keyvault", "azure_keyvault", "azure_kv"},
		{"hcVaultTransit", "hc_vault_transit_uri", "hc_vault", "hc_vault"},
	}
	types := PolicyTypes()
	if len(types) != len(want) {
		t.Fatalf("PolicyTypes() has %d types, want %d", len(types), len(want))
	}
	for i, typ := range types {
		w := want[i]
		if typ.String() != w.name || typ.RuleField() != w.rule || typ.GroupField() != w.group || typ.MetadataField() != w.metadata {
			t.Errorf("type %d: %q %q %q %q, want %v", i, typ, typ.RuleField(), typ.GroupField(), typ.MetadataField(), w)
		}
		if back, ok := ParseType(w.name); !ok || back != typ {
			t.Errorf("ParseType(%q) = %v, %v", w.name, back, ok)
		}
		if !typ.InPolicy() {
			t.Errorf("%v.InPolicy() = false", typ)
		}
	}
	if HuaweiKMS.InPolicy() || Unknown.InPolicy() {
		t.Error("hckms and unknown are not policy types")
	}
	if _, ok := ParseType("unknown"); ok {
		t.Error(`ParseType("unknown") succeeded`)
	}
	if Type(99).String() != "unknown" || Reason(99).Code() != "invalid-reason" {
		t.Error("out-of-range values must not panic")
	}
}
