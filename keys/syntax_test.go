package keys

import (
	"regexp"
	"strings"
	"testing"
)

// The module's regular expressions that syntax.go and Infer match by hand,
// as Go compiled them before: the reference the matchers must agree with on
// every string.
var (
	inferReference = []struct {
		looksLike *regexp.Regexp
		typ       Type
	}{
		{regexp.MustCompile(`^age1`), Age},
		{regexp.MustCompile(`^ssh-(ed25519|rsa) `), Age},
		{regexp.MustCompile(`^([0-9A-Fa-f]{40}|[0-9A-Fa-f]{64})$`), PGP},
		{regexp.MustCompile(`^arn:`), KMS},
		{regexp.MustCompile(`^projects/`), GCPKMS},
		{regexp.MustCompile(`(?s)^https?://[^/]+/v1/.*$`), HCVaultTransit},
		{regexp.MustCompile(`(?s)^https://[^/]+/keys/.*$`), AzureKeyVault},
	}
	pgpReference        = regexp.MustCompile(`^([0-9A-Fa-f]{40}|[0-9A-Fa-f]{64})$`)
	sshEd25519Reference = regexp.MustCompile(`^ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI[A-Za-z0-9+/]{43}( [^#\n\r]*)?$`)
	sshRSAReference     = regexp.MustCompile(`^ssh-rsa (AAAAB3NzaC1yc2E[A-Za-z0-9+/]*={0,2})( [^#\n\r]*)?$`)
	bech32Reference     = regexp.MustCompile(`^(age|age1[a-z0-9+._-]+)1([qpzry9x8gf2tvdw0s3jn54khce6mua7l]{6,})$`)
)

// compareSyntax fails t where a hand-written matcher disagrees with its
// regular expression on s.
func compareSyntax(t *testing.T, s string) {
	t.Helper()
	want := Unknown
	for _, row := range inferReference {
		if row.looksLike.MatchString(s) {
			want = row.typ
			break
		}
	}
	if got := Infer(s); got != want {
		t.Errorf("Infer(%q) = %v, the regular expressions say %v", s, got, want)
	}
	if got, want := isPGPFingerprint(s), pgpReference.MatchString(s); got != want {
		t.Errorf("isPGPFingerprint(%q) = %v, the regular expression says %v", s, got, want)
	}
	if got, want := sshEd25519Syntax(s), sshEd25519Reference.MatchString(s); got != want {
		t.Errorf("sshEd25519Syntax(%q) = %v, the regular expression says %v", s, got, want)
	}
	m := sshRSAReference.FindStringSubmatch(s)
	if got, want := sshRSASyntax(s), m != nil && len(m[1])%4 == 0; got != want {
		t.Errorf("sshRSASyntax(%q) = %v, the regular expression says %v", s, got, want)
	}
	m = bech32Reference.FindStringSubmatch(s)
	hrp, data, ok := bech32Syntax(s)
	if ok != (m != nil) || ok && (hrp != m[1] || data != m[2]) {
		t.Errorf("bech32Syntax(%q) = %q, %q, %v; the regular expression says %q", s, hrp, data, ok, m)
	}
}

// syntaxSeeds are strings on the edges of each expression, and the real
// keys of testdata/keys.
func syntaxSeeds(t testing.TB) []string {
	k := testKeys(t)
	ed := strings.Join(strings.Fields(k["ssh-ed25519"])[:2], " ")
	rsa := strings.Join(strings.Fields(k["ssh-rsa-2048"])[:2], " ")
	seeds := []string{
		"", "age1", "age", "age1qqqqqq", "age11qqqqqq", "age1pq1qqqqqq", "age1a1qqqqq", "age1a1qqqqqq",
		"age1A1qqqqqq", "age1a b1qqqqqq", "age1\xff1qqqqqq", "age1yubikey1qqqqqqb", "age1yubikey1qqq1qqq",
		"ssh-ed25519 ", "ssh-rsa ", "ssh-rsa AAAAB3NzaC1yc2E", "ssh-rsa AAAAB3NzaC1yc2E=", "ssh-rsa AAAAB3NzaC1yc2E=A",
		"ssh-rsa AAAAB3NzaC1yc2E==", "ssh-rsa AAAAB3NzaC1yc2E===", "ssh-rsa AAAAB3NzaC1yc2EA", "ssh-rsa AAAAB3NzaC1yc2EA ",
		"ssh-rsa AAAAB3NzaC1yc2EA c#", "ssh-rsa AAAAB3NzaC1yc2EA  two", "ssh-rsa AAAAB3NzaC1yc2EA \xff",
		ed, ed + " ", ed + " a b", ed + "\n", ed + " \r", ed + "A", ed[:len(ed)-1], rsa, rsa + " x", rsa + "\t",
		strings.Repeat("a", 40), strings.Repeat("F", 64), strings.Repeat("0", 41), strings.Repeat("g", 40),
		"arn:", "projects/", "http://h/v1/", "https://h/v1/", "https:///v1/", "http://h/v1", "https://h/keys/",
		"http://h/keys/", "https://h/x/keys/", "https://\n/v1/\n", "https://h\xff/keys/\xff", "https://h/v1/keys/",
	}
	for _, key := range k {
		seeds = append(seeds, key)
	}
	return seeds
}

// TestSyntaxMatchers compares the matchers with the regular expressions on
// the keys of checkCases and the seeds, then on each seed cut short or with
// one byte replaced by one that matters to some expression. A long seed is mutated with its middle
// cut out, a multiple of 4 bytes (base64): the expressions look at its ends,
// and the regexps are slow on long strings under -race.
func TestSyntaxMatchers(t *testing.T) {
	const pivotal = "=1 #\n/+.-aAqb\xff"
	seen := map[string]bool{}
	compare := func(s string) {
		if !seen[s] {
			seen[s] = true
			compareSyntax(t, s)
		}
	}
	for _, c := range checkCases(t) {
		compare(c.key)
	}
	for _, s := range syntaxSeeds(t) {
		compare(s)
		if n := len(s) - 96; n > 0 {
			s = s[:64] + s[64+n-n%4:]
		}
		for i := range len(s) {
			compare(s[:i])
			for _, c := range []byte(pivotal) {
				compare(s[:i] + string(c) + s[i+1:])
			}
		}
	}
	t.Logf("%d strings compared", len(seen))
}

func FuzzSyntax(f *testing.F) {
	for _, s := range syntaxSeeds(f) {
		f.Add(s)
	}
	for _, c := range checkCases(f) {
		f.Add(c.key)
	}
	f.Fuzz(compareSyntax)
}

// TestSplitBech32 holds the forward search to bech32's split at the last '1'.
func TestSplitBech32(t *testing.T) {
	for _, s := range []string{"", "1", "11", "age", "age1", "1age", "age1qqq", "age1pq1qqq", "age1a1b1c", "age1qq1", "x1" + strings.Repeat("q", 70) + "1q"} {
		hrp, data, ok := splitBech32(s)
		i := strings.LastIndexByte(s, '1')
		if ok != (i >= 0) || ok && (hrp != s[:i] || data != s[i+1:]) {
			t.Errorf("splitBech32(%q) = %q, %q, %v", s, hrp, data, ok)
		}
	}
}
