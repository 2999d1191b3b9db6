package keys

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"filippo.io/age"
)

// ageDataLength is the data length of an X25519 key.
var ageDataLength, _ = bech32DataLength("age")

// sameAsAge fails t where checkAge's verdict on an X25519 key, whose syntax
// and length are right, differs from age's alone (parseAge): checkAge
// accepts such keys by bech32Sound without asking age. It returns age's
// verdict, nil for a key age accepts.
func sameAsAge(t *testing.T, key string) *Error {
	t.Helper()
	hrp, data, ok := bech32Syntax(key)
	if !ok || hrp != "age" || len(data) != ageDataLength {
		t.Fatalf("%q is not an X25519 key by its syntax", key)
	}
	got, want := checkAge(key), parseAge(X25519, key)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("checkAge(%q) = %+v, age alone says %+v", key, got, want)
	}
	return want
}

// x25519Key encodes 52 5-bit values (32 bytes and 4 spare bits) with a right
// checksum, then writes c at position at of the data, when at < 58.
func x25519Key(values []byte, at int, c byte) string {
	v := make([]byte, 52)
	for i := range min(len(v), len(values)) {
		v[i] = values[i] & 31
	}
	key := bech32Encode5("age", v)
	if i := len("age1") + at; at >= 0 && i < len(key) {
		key = key[:i] + string(c) + key[i+1:]
	}
	return key
}

// TestX25519FastPath compares checkAge with age on keys age-keygen would
// make, on every value of the last data character (which carries the spare
// bits: padding), and on every one-character typo of a few keys.
func TestX25519FastPath(t *testing.T) {
	reasons := map[Reason]int{}
	tally := func(e *Error) {
		if e == nil {
			reasons[Valid]++
		} else {
			reasons[e.Reason]++
		}
	}
	for range 50 {
		id, err := age.GenerateX25519Identity()
		if err != nil {
			t.Fatal(err)
		}
		tally(sameAsAge(t, id.Recipient().String()))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for k := range 4 {
		values := make([]byte, 52)
		for i := range values {
			values[i] = byte(rng.IntN(32))
		}
		for _, c := range []byte(bech32Charset) {
			tally(sameAsAge(t, x25519Key(values, 51, c)))
		}
		if k > 0 {
			continue
		}
		for at := range 58 {
			for _, c := range []byte(bech32Charset) {
				tally(sameAsAge(t, x25519Key(values, at, c)))
			}
		}
	}
	for _, r := range []Reason{Valid, BadChecksum, BadPadding} {
		if reasons[r] == 0 {
			t.Errorf("no key gave %v: %v", r, reasons)
		}
	}
	t.Logf("verdicts: %v", reasons)
}

// FuzzX25519 compares checkAge with age on X25519 keys of any 32 bytes and
// spare bits, with a right checksum, and with one character replaced by any
// in the bech32 alphabet.
func FuzzX25519(f *testing.F) {
	f.Add([]byte{}, -1, byte('q'))
	f.Add([]byte{31, 31, 31, 31, 31, 31, 31, 31}, 57, byte('l'))
	f.Fuzz(func(t *testing.T, values []byte, at int, c byte) {
		sameAsAge(t, x25519Key(values, at, bech32Charset[c&31]))
	})
}
