package policy

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

func TestContextAt(t *testing.T) {
	tests := []struct {
		src  string // | is the cursor
		want scope
		word string
	}{
		{"{ flake.secrets.prod = { | }; }", scopeGroup, ""},
		{"{ flake.secrets.prod = { rec| }; }", scopeGroup, "rec"},
		{"{ flake.secrets.prod = { |recipients = { }; }; }", scopeGroup, "recipients"},
		{"{ flake.secrets.prod.recipients.| }", scopeRecipients, ""},
		{"{ flake.secrets.prod.recipients = { ad| }; }", scopeRecipients, "ad"},
		{"{ flake = { secrets = { prod.recipients.admins = [ { na| } ]; }; }; }", scopeRecipient, "na"},
		{"{ flake.secrets.prod.recipients.targets = map (name: { inherit name; a| }) [ ]; }", scopeRecipient, "a"},
		{"{ flake.secrets.prod.secret.api = { | }; }", scopeSecret, ""},
		{"{ flake.secrets.prod.secret.api.| }", scopeSecret, ""},
		{"{ flake.secrets.prod.secret = { api.tar| = [ ]; }; }", scopeSecret, "tar"},
		{"{ flake.secrets.prod.secret.db = lib.mkDefault { fi| }; }", scopeSecret, "fi"},
		{"{ flake.secrets.prod.secret.db = lib.mkIf cond { fi| }; }", scopeSecret, "fi"},
		{"{ flake.secrets.prod.secret.db = with lib; { fi| }; }", scopeSecret, "fi"},
		{"{ flake.secrets.prod = let x = 1; in { | }; }", scopeGroup, ""},
		{`{ flake.secrets."prod-eu" = { | }; }`, scopeGroup, ""},
		{"{ lib, ... }: { flake.secrets.prod.secret.x = { | }; }", scopeSecret, ""},
		{"inputs: { outputs = inputs@{ self, ... }: mkFlake { inherit inputs; } { flake.secrets.prod = { | }; }; }", scopeGroup, ""},
		{"{ flake.secrets.prod.secret.| }", scopeSecretSet, ""},
		{"{ flake.secrets.| }", scopeSecrets, ""},
		// Not where an option's name is written.
		{"{ flake.secrets.prod = { directory = \"se|\"; }; }", scopeNone, ""},
		{"{ flake.secrets.prod = { directory = x|; }; }", scopeNone, "x"},
		{"{ flake.secrets.prod.secret.api.targets = [ | ]; }", scopeNone, ""},
		{"let | in { }", scopeNone, ""},
		{`{ flake.secrets."a${x}b" = { | }; }`, scopeGroup, ""}, // a group named by an expression
		{"{ other.prod = { | }; }", scopeNone, ""},
		{"{ flake.secrets.prod = { x = \"}\"; | }; }", scopeGroup, ""},
		{"{ flake.secrets.prod = { x = ''${\"}\"}''; | }; }", scopeGroup, ""},
	}
	for _, tt := range tests {
		before, after, _ := strings.Cut(tt.src, "|")
		src := []byte(before + after)
		pos := token.Pos(len(before))
		ctx := contextAt(newTokenList(src, nil).upTo(pos), src, pos)
		if ctx.scope != tt.want || string(src[ctx.start:ctx.end]) != tt.word {
			t.Errorf("%s: scope %d, word %q; want %d, %q", tt.src, ctx.scope, src[ctx.start:ctx.end], tt.want, tt.word)
		}
	}
}

// TestTokenListReuse: the tokens of a new version, reused from the old one
// before the change and scanned after it, are those of a fresh scan.
func TestTokenListReuse(t *testing.T) {
	base := "{ lib, ... }:\nlet k = \"a ${b} c\";\n  p = ./a/${x}/b.nix;\nin {\n  s = ''\n    x ${y}\n  '';\n  # comment }\n  t = [ \"q\" ];\n}\n"
	edits := []string{"\"", "${", "}", "''", "#", "\n", "x", " ", "./p/", "/*", "*/"}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 2000; i++ {
		oldSrc := []byte(base)
		old := newTokenList(oldSrc, nil)
		old.upTo(token.Pos(rng.IntN(len(oldSrc) + 1)))
		at := rng.IntN(len(base) + 1)
		newSrc := []byte(base[:at] + edits[rng.IntN(len(edits))] + base[at:])
		limit := token.Pos(len(newSrc))
		got := newTokenList(newSrc, old).upTo(limit)
		want := newTokenList(newSrc, nil).upTo(limit)
		if len(got) != len(want) {
			t.Fatalf("%q: %d tokens, want %d", newSrc, len(got), len(want))
		}
		for j := range got {
			if got[j] != want[j] {
				t.Fatalf("%q: token %d is %+v, want %+v", newSrc, j, got[j], want[j])
			}
		}
	}
}
