package analysis

import "testing"

// TestAppendYAMLKey: keys YAML would read as numbers are quoted, as
// nix/lib.nix's yamlKey quotes them (the golden vector
// rw3-enable-option-staging holds one, written by Nix).
func TestAppendYAMLKey(t *testing.T) {
	for key, want := range map[string]string{
		"1111222233334444555566667777888899990000":                       "'1111222233334444555566667777888899990000'",
		"1234567890123456789012345678901234e56789":                       "'1234567890123456789012345678901234e56789'",
		"1234567890123456789012345678901234E56789":                       "'1234567890123456789012345678901234E56789'",
		"1234567890123456789012345678901234e5678e":                       "1234567890123456789012345678901234e5678e",
		"E234567890123456789012345678901234567890":                       "E234567890123456789012345678901234567890",
		"123456789012345678901234567890123456789e":                       "123456789012345678901234567890123456789e",
		"ABCDEF0123456789ABCDEF0123456789ABCDEF01":                       "ABCDEF0123456789ABCDEF0123456789ABCDEF01",
		"age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv": "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv",
	} {
		if got := string(appendYAMLKey(nil, key)); got != want {
			t.Errorf("%s: got %s, want %s", key, got, want)
		}
	}
}
