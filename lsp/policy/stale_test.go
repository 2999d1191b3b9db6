package policy

import (
	"testing"

	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

func TestEditMap(t *testing.T) {
	tests := []struct {
		old, new string
		typed    bool
		back     map[token.Pos]token.Pos // new offset → old offset; -1: none
	}{
		{`[ "we" ]`, `[ "web" ]`, true, map[token.Pos]token.Pos{0: 0, 5: 5, 6: 5, 7: 6, 9: 8}},
		{`[ "web" ]`, `[ "we" ]`, true, map[token.Pos]token.Pos{5: 5, 6: 7, 8: 9}},
		{`[ "a" "b" ]`, `[ "a" "c" "b" ]`, true, map[token.Pos]token.Pos{6: 6, 7: 7, 9: -1, 11: 7, 15: 11}},
		{"x", "x", true, map[token.Pos]token.Pos{0: 0, 1: 1}},
		{"a\nb", "a\nc\nb", false, nil},
		{"[ ]", "[ " + string(make([]byte, maxTyped+1)) + " ]", false, nil},
	}
	for _, tt := range tests {
		m := diffTexts([]byte(tt.old), []byte(tt.new))
		if got := m.typed([]byte(tt.old), []byte(tt.new)); got != tt.typed {
			t.Errorf("%q → %q: typed = %v", tt.old, tt.new, got)
		}
		for pos, want := range tt.back {
			got, ok := m.back(pos)
			if !ok {
				got = -1
			}
			if got != want {
				t.Errorf("%q → %q: back(%d) = %d, want %d", tt.old, tt.new, pos, got, want)
			}
		}
	}
}
