package analysis

import (
	"regexp"
	"testing"
	"testing/fstest"
)

// TestVerifyRename renames a recipient of small flakes, analyses the
// renamed flake and compares: VerifyRename must find exactly the changes
// the rename makes to who can decrypt what, to what is known, and to the
// errors.
func TestVerifyRename(t *testing.T) {
	const (
		k1 = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg"
		k2 = "age1yflkun7n5n62c6a6p05t8ex9h4elal5xuf38lnq65fsyzmheevxqwm2w7y"
		k3 = "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv"
	)
	// alice and bob are admins, web a target; {SECRET} is the secret.
	group := func(let, admins, secret string) string {
		return `{ lib, ... }:
let
  ` + let + `
in {
  flake.secrets.prod = {
    recipients.admins = ` + admins + `;
    recipients.targets = [ { name = "web"; age = "` + k3 + `"; } ];
    ` + secret + `
  };
}
`
	}
	plain := `[ { name = "alice"; age = "` + k1 + `"; } { name = "bob"; age = "` + k2 + `"; } ]`
	for _, c := range []struct {
		name     string
		policy   string
		files    map[string]string // more files
		old, new string
		keyNames bool               // RenameKeyNames, else Rename
		noEdits  bool               // verify the flake against itself
		kind     RenameConflictKind // 0: no conflict
		want     string             // a regexp the message matches
	}{{
		name:   "literals only",
		policy: group(`x = 1;`, plain, `secret.s.targets = [ "web" ];`),
		old:    "bob", new: "robert",
	}, {
		name:   "compared by value widens",
		policy: group(`admins = `+plain+`;`, `admins`, `secret.s.admins = map (r: r.name) (builtins.filter (r: r.name != "bob") admins);`),
		old:    "bob", new: "robert",
		kind: ConflictAccess,
		want: `^cannot rename "bob" to "robert": it would let "robert" decrypt secret "s" of group "prod": the name is compared by value at /policy\.nix:8:\d+$`,
	}, {
		name:   "an element of a list narrows",
		policy: group(`targets = [ { name = "web"; age = "`+k3+`"; } ];`, plain, `secret.s.targets = map (r: r.name) (builtins.filter (r: builtins.elem r.name [ "web" ]) targets);`),
		old:    "web", new: "www",
		kind: ConflictAccess,
		want: `^cannot rename "web" to "www": it would stop "web" from decrypting secret "s" of group "prod": "web" is also written at /policy\.nix:8:\d+, which a rename does not change$`,
	}, {
		name:   "key looked up by the name",
		policy: group(`keys = { alice = "`+k1+`"; bob = "`+k2+`"; }; admin = n: { name = n; age = keys.${n}; };`, `map admin [ "alice" "bob" ]`, `secret.s.targets = [ "web" ];`),
		old:    "bob", new: "robert",
		kind: ConflictError,
		want: `^cannot rename "bob" to "robert": it would break the policy: attribute 'robert' missing, at /policy\.nix:3:\d+$`,
	}, {
		name:   "key looked up by the name, attribute renamed",
		policy: group(`keys = { alice = "`+k1+`"; bob = "`+k2+`"; }; admin = n: { name = n; age = keys.${n}; };`, `map admin [ "alice" "bob" ]`, `secret.s.targets = [ "web" ];`),
		old:    "bob", new: "robert",
		keyNames: true,
	}, {
		name:   "key read by a static name, attribute renamed",
		policy: group(`keys = { alice = "`+k1+`"; bob = "`+k2+`"; };`, `[ { name = "alice"; age = keys.alice; } { name = "bob"; age = keys.bob; } ]`, `secret.s.targets = [ "web" ];`),
		old:    "bob", new: "robert",
		keyNames: true,
		kind:     ConflictError,
		want:     `attribute 'bob' missing, at /policy\.nix:6:\d+$`,
	}, {
		name:   "JSON key looked up by the name",
		policy: group(`keys = builtins.fromJSON (builtins.readFile ./keys.json); admin = n: { name = n; age = keys.${n}; };`, `map admin [ "alice" "bob" ]`, `secret.s.targets = [ "web" ];`),
		files:  map[string]string{"keys.json": `{ "alice": "` + k1 + `", "bob": "` + k2 + `" }`},
		old:    "bob", new: "robert",
		keyNames: true,
	}, {
		name:   "secret named after the recipient",
		policy: group(`hosts = [ "web" ];`, plain, `secret = builtins.listToAttrs (map (h: { name = h; value.targets = [ h ]; }) hosts);`),
		old:    "web", new: "www",
		kind: ConflictSecrets,
		want: `it would add secret "www" of group "prod"$`,
	}, {
		name:   "file named after the recipient",
		policy: group(`h = "web";`, plain, `secret.s = { targets = [ h ]; file = "secrets/${h}.yaml"; };`),
		old:    "web", new: "www",
		kind: ConflictSecrets,
		want: `it would move the file of secret "s" of group "prod" from "secrets/web\.yaml" to "secrets/www\.yaml"`,
	}, {
		name:   "error about the name stays",
		policy: group(`x = 1;`, `[ { name = "alice"; age = "`+k1+`"; } { name = "bob"; age = "`+k2+`"; } { name = "bob"; age = "`+k3+`"; } ]`, `secret.s.targets = [ "web" ];`),
		old:    "bob", new: "robert",
	}, {
		name:   "error whose place moves",
		policy: group(`names = [ "alice" ]; mk = { name, age }: { inherit name age; };`, `map (n: mk { name = n; age = "`+k1+`"; }) names ++ [ (mk { name = "bob"; }) ]`, `secret.s.targets = [ "web" ];`),
		old:    "alice", new: "alice-longer",
	}, {
		name:   "becomes unknown",
		policy: group(`admin = n: { name = n; age = if n == "bob" then "`+k2+`" else builtins.getEnv "KEY"; };`, `[ { name = "alice"; age = "`+k1+`"; } (admin "bob") ]`, `secret.s.targets = [ "web" ];`),
		old:    "bob", new: "robert",
		kind: ConflictUnknown,
		want: `it would leave who can decrypt secret "s" of group "prod" unknown to the analysis: the name is compared by value at /policy\.nix:3:\d+$`,
	}, {
		name:   "not renamed",
		policy: group(`x = 1;`, plain, `secret.s.targets = [ "web" ];`),
		old:    "bob", new: "robert",
		noEdits: true,
		kind:    ConflictMissing,
		want:    `it would leave group "prod" without admin "robert" holding the keys of "bob": "bob" is also written at /policy\.nix:6:\d+, which a rename does not change$`,
	}} {
		t.Run(c.name, func(t *testing.T) {
			fsys := fstest.MapFS{"flake.nix": {Data: testFlake([]string{"./policy.nix"}, "")}, "policy.nix": {Data: []byte(c.policy)}}
			for p, s := range c.files {
				fsys[p] = &fstest.MapFile{Data: []byte(s)}
			}
			opts := Options{Dir: ".", FSRoot: "/"}
			before := Analyze(fsys, opts)
			var rc *Recipient
			if g := before.Policy.Group("prod"); g != nil {
				rc = g.Admins.Lookup(c.old)
				if rc == nil {
					rc = g.Targets.Lookup(c.old)
				}
			}
			if rc == nil {
				t.Fatalf("no recipient %q: %v", c.old, before.Diagnostics)
			}
			rename := before.Rename
			if c.keyNames {
				rename = before.RenameKeyNames
			}
			edits, err := rename(rc, c.new)
			if err != nil {
				t.Fatal(err)
			}
			if c.noEdits {
				edits = nil
			}
			after := Analyze(applyEdits(t, fsys, edits), opts)
			got := VerifyRename(before, after, rc, c.new, edits)
			switch {
			case got == nil && c.kind != 0:
				t.Fatalf("no conflict, want %d %q (edits %+v)", c.kind, c.want, edits)
			case got == nil:
				return
			case c.kind == 0:
				t.Fatalf("conflict %q, want none (edits %+v)", got, edits)
			case got.Kind != c.kind || !regexp.MustCompile(c.want).MatchString(got.Error()):
				t.Fatalf("conflict %d %q, want %d %q", got.Kind, got, c.kind, c.want)
			}
		})
	}
}

// TestRenameKeyNames: the attribute renamed with a recipient is the
// innermost named like it whose value holds its key, in Nix; in JSON and
// TOML, the object key right before the key.
func TestRenameKeyNames(t *testing.T) {
	const k1, k2 = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg", "age1yflkun7n5n62c6a6p05t8ex9h4elal5xuf38lnq65fsyzmheevxqwm2w7y"
	nixKeys, jsonKeys := `import ./keys.nix`, `builtins.fromJSON (builtins.readFile ./keys.json)`
	for _, c := range []struct {
		name, keysFile, keys, read, rename string
		want                               string // the keys file after renaming to www
	}{
		{"nix", "keys.nix", `{ web = "` + k1 + `"; db.age = "` + k2 + `"; }`, nixKeys, "web", `{ www = "` + k1 + `"; db.age = "` + k2 + `"; }`},
		{"nix quoted", "keys.nix", `{ "web" = "` + k1 + `"; db.age = "` + k2 + `"; }`, nixKeys, "web", `{ "www" = "` + k1 + `"; db.age = "` + k2 + `"; }`},
		{"nix nested", "keys.nix", `{ web = "` + k1 + `"; "db" = { age = "` + k2 + `"; }; }`, nixKeys, "db", `{ web = "` + k1 + `"; "www" = { age = "` + k2 + `"; }; }`},
		{"nix path", "keys.nix", `{ web = "` + k1 + `"; db.age = "` + k2 + `"; }`, nixKeys, "db", `{ web = "` + k1 + `"; db.age = "` + k2 + `"; }`},
		{"json", "keys.json", `{"web":"` + k1 + `", "db": {"age": "` + k2 + `"}}`, jsonKeys, "web", `{"www":"` + k1 + `", "db": {"age": "` + k2 + `"}}`},
		{"json nested", "keys.json", `{"web":"` + k1 + `", "db": {"age": "` + k2 + `"}}`, jsonKeys, "db", `{"web":"` + k1 + `", "db": {"age": "` + k2 + `"}}`},
		{"toml", "keys.toml", "web = \"" + k1 + "\"\n\"db\" = { age = \"" + k2 + "\" }\n", `builtins.fromTOML (builtins.readFile ./keys.toml)`, "web", "\"www\" = \"" + k1 + "\"\n\"db\" = { age = \"" + k2 + "\" }\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			policy := `{ ... }:
let keys = ` + c.read + `; key = k: if builtins.isAttrs k then k.age else k; in {
  flake.secrets.prod.recipients.admins = map (n: { name = n; age = key keys.${n}; }) [ "web" "db" ];
}
`
			fsys := fstest.MapFS{"flake.nix": {Data: testFlake([]string{"./policy.nix"}, "")}, "policy.nix": {Data: []byte(policy)}, c.keysFile: {Data: []byte(c.keys)}}
			res := Analyze(fsys, Options{Dir: "."})
			if res.HasErrors() {
				t.Fatal(res.Diagnostics)
			}
			edits, err := res.RenameKeyNames(res.Policy.Group("prod").Admins.Lookup(c.rename), "www")
			if err != nil {
				t.Fatal(err)
			}
			if got := string(applyEdits(t, fsys, edits)[c.keysFile].Data); got != c.want {
				t.Errorf("renaming %s, %s is\n%s\nwant\n%s", c.rename, c.keysFile, got, c.want)
			}
		})
	}
}
