package keys

import (
	"strings"
	"testing"
	"unicode/utf8"

	"filippo.io/age"
)

// FuzzKeys checks that no function panics on any input, and the promises
// that tie them together: Verify is stricter than Check, Check only reports
// what Nix detects, a key is the same as itself, and the module's X25519
// rule accepts exactly the lowercase keys age parses. It also holds the
// hand-written matchers to their regular expressions and the X25519 fast
// path to age (see FuzzSyntax and FuzzX25519, which aim at them).
func FuzzKeys(f *testing.F) {
	for _, c := range checkCases(f) {
		f.Add(uint8(c.typ), c.key)
	}
	f.Add(uint8(HuaweiKMS), "cn-north-4:id")
	f.Fuzz(func(t *testing.T, typ uint8, key string) {
		tp := Type(typ % uint8(len(typeTable)+1)) // one out of range
		check, verify := Check(tp, key), Verify(tp, key)
		if check != nil && verify == nil {
			t.Errorf("Check rejects %q (%v) but Verify accepts it", key, check.Reason)
		}
		if check != nil && !check.Reason.NixDetects() {
			t.Errorf("Check reports %v, which Nix does not detect", check.Reason)
		}
		if (Infer(key) == Unknown) != (Check(Unknown, key) != nil && Check(Unknown, key).Reason == UnknownType) {
			t.Errorf("Infer and Check(Unknown) disagree on %q", key)
		}
		for _, e := range []*Error{check, verify, SopsCheck(tp, key)} {
			if e != nil && e.Error() == "" {
				t.Errorf("empty message for %q", key)
			}
		}
		if !Same(tp, key, key) {
			t.Errorf("Same(%v, %q, itself) = false", tp, key)
		}
		short := Short(tp, key)
		if utf8.ValidString(key) && !utf8.ValidString(short) {
			t.Errorf("Short(%q) = %q is not valid UTF-8", key, short)
		}
		_ = Describe(tp, key)
		_ = Canonical(tp, key)

		compareSyntax(t, key)
		if hrp, data, ok := bech32Syntax(key); ok && hrp == "age" && len(data) == ageDataLength {
			sameAsAge(t, key)
		}

		_, ageErr := age.ParseX25519Recipient(key)
		modern := strings.HasPrefix(key, "age1") && len(key) == 62 && key == strings.ToLower(key)
		if AgeKindOf(key) == X25519 {
			if Check(Age, key) == nil && ageErr != nil {
				t.Errorf("Check accepts %q, age refuses it: %v", key, ageErr)
			}
			if modern && ageErr == nil && Check(Age, key) != nil {
				t.Errorf("age accepts %q, Check refuses it: %v", key, Check(Age, key))
			}
		}
	})
}
