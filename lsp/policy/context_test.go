package policy

import (
	"fmt"
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

// TestSelectionAt checks which lists the tokens tell are a secret's
// selection, also in definitions to merge, kept or discarded.
func TestSelectionAt(t *testing.T) {
	tests := []struct {
		src  string // | is the cursor
		want string // group/role, or "" for no selection
	}{
		{`{ flake.secrets.prod.secret.api.targets = [ "|" ]; }`, "prod/target"},
		{`{ flake.secrets.prod.secret.api = { admins = [ "a" | ]; }; }`, "prod/admin"},
		{`{ flake.secrets.prod.secret.b = lib.mkIf off { targets = [ "|`, "prod/target"},
		{`{ flake.secrets.prod = lib.mkMerge [ { secret.a.admins = [ "|" ]; } ]; }`, "prod/admin"},
		{`{ flake.secrets.prod = lib.mkMerge [ { } (lib.mkIf (!settings.mail) { secret.a.targets = [ "|`, "prod/target"},
		{`{ flake.secrets = lib.mkMerge [ { prod.secret.a.targets = [ | ]; } ]; }`, "prod/target"},
		{`{ flake.secrets.prod.secret.a.targets = [ [ "|" ] ]; }`, ""}, // a list in the list
		{`{ flake.secrets.prod.recipients.targets = [ "|" ]; }`, ""},
		{`{ flake.secrets.prod = lib.mkMerge [ { recipients.targets = [ | ]; } ]; }`, ""},
	}
	for _, tt := range tests {
		before, after, _ := strings.Cut(tt.src, "|")
		src := []byte(before + after)
		pos := token.Pos(len(before))
		got := ""
		if l := contextAt(newTokenList(src, nil).upTo(pos), src, pos).list; l != nil {
			got = l.group + "/" + l.role.String()
		}
		if got != tt.want {
			t.Errorf("%s: selection %q, want %q", tt.src, got, tt.want)
		}
	}
}

// TestTokenListReuse: the tokens of a new version, reused from the old one
// before the change and scanned after it, are those of a fresh scan.
func TestTokenListReuse(t *testing.T) {
	base := strings.Repeat("{ lib, ... }:\nlet k = \"a ${b} c\";\n  p = ./a/${x}/b.nix;\nin {\n  s = ''\n    x ${y}\n  '';\n  # comment }\n  t = [ \"q\" ];\n}\n", 3)
	edits := []string{"\"", "${", "}", "''", "#", "\n", "x", " ", "./p/", "/*", "*/", "*", "/"}
	rng := rand.New(rand.NewPCG(1, 2))
	cur := newTokenList([]byte(base), nil)
	for i := 0; i < 20000; i++ {
		if i%100 == 0 || len(cur.src) > 4*len(base) {
			cur = newTokenList([]byte(base), nil) // start again from the base text
			// Now and then settle gives up a few bytes past a change
			// (as it does a few kilobytes past an opened string).
			if rng.IntN(2) == 0 {
				cur.settleWithin = token.Pos(rng.IntN(40))
			}
		}
		cur.upTo(token.Pos(rng.IntN(len(cur.src) + 1)))
		at := rng.IntN(len(cur.src) + 1)
		end := min(len(cur.src), at+rng.IntN(3))
		newSrc := []byte(string(cur.src[:at]) + edits[rng.IntN(len(edits))] + string(cur.src[end:]))
		limit := token.Pos(len(newSrc) + 1) // through the end of the file
		next := newTokenList(newSrc, cur)
		if rng.IntN(2) == 0 {
			next.settle() // as the diagnostics run does
		}
		got := next.upTo(limit)
		want := newTokenList(newSrc, nil).upTo(limit)
		if len(got) != len(want) {
			t.Fatalf("%q → %q: %d tokens, want %d", cur.src, newSrc, len(got), len(want))
		}
		for j := range got {
			if got[j] != want[j] {
				t.Fatalf("%q: token %d is %+v, want %+v", newSrc, j, got[j], want[j])
			}
		}
		cur = next
	}
}

// TestTokenListSplices: after a change near the start of a large file,
// the tokens after it are taken from the previous version, not scanned.
func TestTokenListSplices(t *testing.T) {
	src := "{\n" + strings.Repeat("  a.b = [ \"x ${y}\" ./p/${q}/r ''s'' ];\n", 2000) + "}\n"
	old := newTokenList([]byte(src), nil)
	old.upTo(token.Pos(len(src)))
	at := strings.Index(src, "x ${y}")
	edited := []byte(src[:at] + "xyz" + src[at+1:])
	tl := newTokenList(edited, old)
	got := tl.upTo(token.Pos(len(edited)))
	if !tl.eof || int(tl.base) > at+100 {
		t.Errorf("the scanner went on to %d (eof %v): the tail was not spliced", tl.base, tl.eof)
	}
	sameTokens(t, got, newTokenList(edited, nil).upTo(token.Pos(len(edited))))
}

// TestTokenListOpenString: a quote typed in the middle of a large file
// turns the lexer around to its end; following the keystroke scans a few
// kilobytes, not the rest of the file, and the keystrokes that close the
// string or delete the quote again take the tokens after it from the
// version before the quote.
func TestTokenListOpenString(t *testing.T) {
	src := "{\n" + strings.Repeat("  a.b = [ \"x ${y}\" ./p/${q}/r ''s'' ];\n", 2000) + "}\n"
	at := len(src) / 2
	at += strings.Index(src[at:], "[ ") + 2
	all := func(s string) token.Pos { return token.Pos(len(s) + 1) }
	before := newTokenList([]byte(src), nil)
	before.upTo(all(src))
	steps := []struct {
		name, text string
		closed     bool // the lexer agrees with before's after the change
	}{
		{"quote typed", src[:at] + `"` + src[at:], false},
		{"quote deleted", src, true},
		{"quote typed again", src[:at] + `"` + src[at:], false},
		{"name typed in it", src[:at] + `"h1` + src[at:], false},
		{"string closed", src[:at] + `"h1" ` + src[at:], true},
	}
	cur := before
	for _, step := range steps {
		next := newTokenList([]byte(step.text), cur)
		next.settle() // as following a keystroke does
		if scanned := next.base; scanned > token.Pos(at+defaultSettleWithin+100) {
			t.Errorf("%s: settle scanned on to %d of %d", step.name, scanned, len(step.text))
		}
		if step.closed != (next.whole == nil) {
			t.Errorf("%s: whole is %p, want one: %v", step.name, next.whole, !step.closed)
		}
		sameTokens(t, next.upTo(all(step.text)), newTokenList([]byte(step.text), nil).upTo(all(step.text)))
		if step.closed && (!next.eof || next.base > token.Pos(at+100)) {
			t.Errorf("%s: the scanner went on to %d (eof %v): the tokens after the string were not spliced", step.name, next.base, next.eof)
		}
		cur = next
	}
}

// sameTokens fails t unless got and want are the same tokens.
func sameTokens(t *testing.T, got, want []tok) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d tokens, want %d", len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("token %d is %+v, want %+v", i, got[i], want[i])
		}
	}
}

// FuzzTokenList: the tokens of an edited text, reused from the previous
// version, are those of a fresh scan, whatever the text and the edit.
//
//	go test -run XXX -fuzz FuzzTokenList ./lsp/policy/
func FuzzTokenList(f *testing.F) {
	f.Add("{ a = \"x ${y}\"; b = ./p/${q}/r; c = ''s''; /* d */ }", uint16(10), uint16(1), "*/", uint16(40), false)
	f.Add("let x = 1; in /* x", uint16(17), uint16(0), " */", uint16(99), true)
	f.Fuzz(func(t *testing.T, src string, at, del uint16, ins string, scanned uint16, settle bool) {
		a := min(int(at), len(src))
		d := min(a+int(del), len(src))
		old := newTokenList([]byte(src), nil)
		old.settleWithin = token.Pos(scanned % 64) // settle gives up, or not
		old.upTo(token.Pos(scanned))
		edited := []byte(src[:a] + ins + src[d:])
		limit := token.Pos(len(edited) + 1)
		next := newTokenList(edited, old)
		if settle {
			next.settle()
		}
		got := next.upTo(limit)
		sameTokens(t, got, newTokenList(edited, nil).upTo(limit))
	})
}

// TestContextCheckpoints: the context at the cursor resumed from the walk
// checkpoints a token list keeps, across edits, is the context a walk from
// the file's start finds; so is the context in the next version read from
// the list of the version before (contextIn), near the edit or anywhere.
func TestContextCheckpoints(t *testing.T) {
	var b strings.Builder
	b.WriteString("{ lib, ... }:\nlet k = \"a ${b} c\"; in {\n  flake.secrets = {\n")
	for g := range 8 {
		fmt.Fprintf(&b, "    g%d = {\n      recipients.admins = [ { name = \"p\"; age = k; } ];\n      secret = {\n", g)
		for s := range 4 {
			fmt.Fprintf(&b, "        s%d.targets = [ \"h%d\" ];\n        t%d = { admins = [ \"p\" ]; file = ./a/${k}/b; };\n", s, s, s)
		}
		b.WriteString("      };\n    };\n")
	}
	b.WriteString("  };\n}\n")
	base := b.String()
	edits := []string{"\"", "${", "}", "{", "[", "]", "''", "#", "\n", "x", " ", ";", "=", "/*", "*/", "let ", " in "}
	rng := rand.New(rand.NewPCG(3, 4))
	var cur *tokenList
	answered := 0
	defer func() {
		t.Logf("contextIn answered %d times", answered)
		if answered < 5000 {
			t.Errorf("contextIn answered %d times", answered)
		}
	}()
	for i := 0; i < 3000; i++ {
		if i%100 == 0 {
			cur = newTokenList([]byte(base), nil)
			cur.walkEvery = 1 + rng.IntN(8)
		}
		for range 3 {
			pos := token.Pos(rng.IntN(len(cur.src) + 1))
			got := cur.contextAt(pos)
			want := contextAt(newTokenList(cur.src, nil).upTo(pos), cur.src, pos)
			if !sameContext(got, want) {
				t.Fatalf("edit %d, %q at %d: %+v (list %v), want %+v (list %v)", i, cur.src, pos, got, got.list, want, want.list)
			}
		}
		at := rng.IntN(len(cur.src) + 1)
		end := min(len(cur.src), at+rng.IntN(3))
		text := edits[rng.IntN(len(edits))]
		next := []byte(string(cur.src[:at]) + text + string(cur.src[end:]))
		for _, pos := range []int{at, at + len(text), at + rng.IntN(len(text)+1), rng.IntN(len(next) + 1)} {
			got, ok := cur.contextIn(next, token.Pos(pos))
			if want := contextAt(newTokenList(next, nil).upTo(token.Pos(pos)), next, token.Pos(pos)); ok && !sameContext(got, want) {
				t.Fatalf("edit %d, %q at %d, read from %q: %+v (list %v), want %+v (list %v)", i, next, pos, cur.src, got, got.list, want, want.list)
			}
			answered += count(ok)
		}
		cur = newTokenList(next, cur)
		if rng.IntN(2) == 0 {
			cur.settle()
		}
	}
}

func sameContext(got, want cursorContext) bool {
	return got.scope == want.scope && got.start == want.start && got.end == want.end && got.set == want.set &&
		(got.list == nil) == (want.list == nil) && (got.list == nil || *got.list == *want.list)
}

func count(ok bool) int {
	if ok {
		return 1
	}
	return 0
}
