package keys

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// The golden vectors of testdata/policies hold what real Nix printed for
// malformed keys and the keys it accepted; Check must agree with both.

const policies = "../testdata/policies"

// unquoteNix reads a string quoted the way builtins.toJSON quotes it.
func unquoteNix(t *testing.T, q string) string {
	t.Helper()
	var b strings.Builder
	for i := 0; i < len(q); i++ {
		if q[i] != '\\' {
			b.WriteByte(q[i])
			continue
		}
		i++
		switch q[i] {
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			n, err := strconv.ParseUint(q[i+1:i+5], 16, 8)
			if err != nil {
				t.Fatalf("bad escape in %q", q)
			}
			b.WriteByte(byte(n))
			i += 4
		default:
			b.WriteByte(q[i])
		}
	}
	return b.String()
}

var keyMessage = regexp.MustCompile(`^flake\.secrets: group "[^"]*", (?:admin|target) "(?:[^"\\]|\\.)*": ` +
	`(invalid (\w+) key "((?:[^"\\]|\\.)*)": .*|cannot tell the type of key "((?:[^"\\]|\\.)*)" \(.*\))$`)

func TestPolicyErrorVectors(t *testing.T) {
	cases, err := filepath.Glob(filepath.Join(policies, "*", "error.txt"))
	if err != nil || len(cases) == 0 {
		t.Fatalf("no golden vectors under %s: %v", policies, err)
	}
	checked := 0
	for _, path := range cases {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		msg := strings.TrimSuffix(string(raw), "\n")
		m := keyMessage.FindStringSubmatch(msg)
		if m == nil {
			continue // not about a key
		}
		reason := m[1]
		typ, key := Unknown, unquoteNix(t, m[4])
		if m[2] != "" {
			var ok bool
			if typ, ok = ParseType(m[2]); !ok {
				t.Errorf("%s: unknown type %q", path, m[2])
				continue
			}
			key = unquoteNix(t, m[3])
		}
		checked++
		got := Check(typ, key)
		if got == nil {
			t.Errorf("%s: Check(%v, %q) accepts a key Nix rejected with\n%s", path, typ, key, reason)
			continue
		}
		if got.Error() != reason {
			t.Errorf("%s:\n got %s\nwant %s", path, got.Error(), reason)
		}
	}
	t.Logf("%d key errors checked", checked)
	if checked < 15 {
		t.Errorf("only %d key errors among the golden vectors; is the message format still the same?", checked)
	}
}

// Every key of every valid case passed Nix; it passes Check. It passes
// Verify too, except in the cases named *-cannot-decode: their keys have
// the syntax Nix checks but are no keys, and sops refuses them
// (internal/e2e asserts that).
func TestPolicyValidVectors(t *testing.T) {
	cases, err := filepath.Glob(filepath.Join(policies, "*", "secrets.json"))
	if err != nil || len(cases) == 0 {
		t.Fatalf("no golden vectors under %s: %v", policies, err)
	}
	type recipient map[string]any
	checked := 0
	for _, path := range cases {
		undecodable := strings.HasSuffix(filepath.Base(filepath.Dir(path)), "-cannot-decode")
		rejected := 0
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var groups map[string]struct {
			Recipients struct {
				Admins, Targets []recipient
			}
		}
		if err := json.Unmarshal(raw, &groups); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		for _, g := range groups {
			for _, r := range append(g.Recipients.Admins, g.Recipients.Targets...) {
				for field, v := range r {
					typ, ok := ParseType(field)
					if field == "key" {
						typ, ok = Unknown, true
					}
					list, isList := v.([]any)
					if !ok || !isList {
						continue
					}
					for _, k := range list {
						key := k.(string)
						checked++
						if err := Check(typ, key); err != nil {
							t.Errorf("%s: Nix accepted %v key %q, Check says %v", path, typ, key, err)
						}
						if err := Verify(typ, key); err != nil {
							rejected++
							if !undecodable {
								t.Errorf("%s: Verify(%v, %q): %v (%s)", path, typ, key, err, err.Detail)
							}
						}
					}
				}
			}
		}
		if undecodable && rejected == 0 {
			t.Errorf("%s: a -cannot-decode case, but Verify accepts all its keys", path)
		}
	}
	t.Logf("%d valid keys checked", checked)
	if checked < 50 {
		t.Errorf("only %d keys checked", checked)
	}
}
