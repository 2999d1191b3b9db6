package keys

import (
	"testing"

	"filippo.io/age"
)

// benchKey is one entry of a policy: the type it is written as and the key.
type benchKey struct {
	typ Type
	key string
}

// benchMix returns a policy's keys in realistic proportions: mostly age
// X25519 recipients (the benchmark policies are all age), some SSH keys,
// PGP fingerprints and cloud KMS keys, each written as a typed field or as
// a `key` entry. A few are malformed, as in a policy being edited.
func benchMix(b *testing.B) []benchKey {
	b.Helper()
	k := testKeys(b)
	var mix []benchKey
	for i := 0; i < 70; i++ {
		id, err := age.GenerateX25519Identity()
		if err != nil {
			b.Fatal(err)
		}
		t := Age
		if i%2 == 1 {
			t = Unknown
		}
		mix = append(mix, benchKey{t, id.Recipient().String()})
	}
	for _, name := range []string{"ssh-ed25519", "ssh-ed25519", "ssh-ed25519", "ssh-ed25519", "ssh-ed25519",
		"ssh-rsa-2048", "ssh-rsa-3072-nocomment", "pq", "pgp-v4", "pgp-v4"} {
		mix = append(mix, benchKey{Age, k[name]}, benchKey{Unknown, k[name]})
	}
	mix[len(mix)-2].typ = PGP // the first pgp-v4 as a typed field
	for _, key := range []string{
		"arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
		"projects/my-proj/locations/global/keyRings/sops/cryptoKeys/sops-key",
		"https://myvault.vault.azure.net/keys/sops-key",
		"https://vault.example.com:8200/v1/transit/keys/sops",
		flipLast(k["x25519-a"]),
		k["x25519-b"][:40],
	} {
		mix = append(mix, benchKey{Unknown, key})
	}
	return mix
}

// BenchmarkVerify verifies a policy's worth of keys (b.N counts keys). Its
// sub-benchmarks single out the common kinds.
func BenchmarkVerify(b *testing.B) {
	k := testKeys(b)
	run := func(name string, mix []benchKey) {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				c := mix[i%len(mix)]
				_ = Verify(c.typ, c.key)
			}
		})
	}
	run("mix", benchMix(b))
	run("x25519", []benchKey{{Age, k["x25519-a"]}, {Age, k["x25519-b"]}})
	run("x25519-as-key", []benchKey{{Unknown, k["x25519-a"]}, {Unknown, k["x25519-b"]}})
	run("ssh-ed25519", []benchKey{{Age, k["ssh-ed25519"]}})
	run("ssh-rsa", []benchKey{{Age, k["ssh-rsa-2048"]}})
	run("pgp", []benchKey{{PGP, k["pgp-v4"]}, {Unknown, k["pgp-v4"]}})
}

// BenchmarkInfer classifies the keys of a policy written as `key` entries.
func BenchmarkInfer(b *testing.B) {
	mix := benchMix(b)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		_ = Infer(mix[i%len(mix)].key)
	}
}
