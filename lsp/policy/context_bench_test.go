package policy

import (
	"fmt"
	"strings"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// BenchmarkTokenListKeystroke follows keystrokes in a 10,000-line policy
// as the server does: a character of a target name deleted or typed again
// anywhere in the file, the context at the cursor read at once by a
// completion (contextIn, from the list of the version before), then the
// list made for the new version (the diagnostics' followTokens).
func BenchmarkTokenListKeystroke(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("{ ... }: {\n  flake.secrets.g.secret = {\n")
	var targets []int
	for i := range 10000 {
		fmt.Fprintf(&sb, "    s%d.targets = [ \"h%d\" \"h%d\" ]; # ${x}\n", i, i%40, (i+1)%40)
		targets = append(targets, sb.Len()-len("\" ]; # ${x}\n")-len(fmt.Sprint((i+1)%40)))
	}
	sb.WriteString("  };\n}\n")
	src := []byte(sb.String())
	tl := newTokenList(src, nil)
	tl.contextAt(token.Pos(len(src))) // as warmTokens does
	i := 0
	for b.Loop() {
		at := targets[(i/2*7919)%len(targets)]
		text := src
		if i%2 == 0 {
			text = append(src[:at:at], src[at+1:]...)
		}
		if cc, ok := tl.contextIn(text, token.Pos(at)); !ok || cc.list == nil {
			b.Fatalf("%q: not read, or not in a targets list", text[at-20:at+5])
		}
		tl = newTokenList(text, tl)
		tl.settle()
		i++
	}
}
