package token

import (
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

func TestPosition(t *testing.T) {
	f := NewFile("a.nix", []byte("ab\ncd\r\n\nx"))
	tests := []struct {
		off        Pos
		line, col  int
		wantString string
	}{
		{0, 1, 1, "a.nix:1:1"},
		{2, 1, 3, "a.nix:1:3"}, // the '\n' itself belongs to line 1
		{3, 2, 1, "a.nix:2:1"},
		{5, 2, 3, "a.nix:2:3"}, // a line break belongs to its line
		{7, 3, 1, "a.nix:3:1"},
		{8, 4, 1, "a.nix:4:1"},
		{9, 4, 2, "a.nix:4:2"},  // end of file
		{99, 4, 2, "a.nix:4:2"}, // clamped
		{-5, 1, 1, "a.nix:1:1"}, // clamped
	}
	for _, tt := range tests {
		p := f.Position(tt.off)
		if p.Line != tt.line || p.Column != tt.col || p.String() != tt.wantString {
			t.Errorf("Position(%d) = %+v (%s), want %d:%d", tt.off, p, p, tt.line, tt.col)
		}
	}
	cr := NewFile("cr.nix", []byte("a\rb\r\nc"))
	if b, c := cr.Position(2), cr.Position(5); b.Line != 2 || b.Column != 1 || c.Line != 3 || c.Column != 1 {
		t.Errorf("a lone CR ends a line: b at %d:%d, c at %d:%d; want 2:1, 3:1", b.Line, b.Column, c.Line, c.Column)
	}
	if got := f.LineCount(); got != 4 {
		t.Errorf("LineCount = %d, want 4", got)
	}
	if got := f.LineStart(2); got != 3 {
		t.Errorf("LineStart(2) = %d, want 3", got)
	}
	if got := f.LineStart(5); got != NoPos {
		t.Errorf("LineStart(5) = %d, want NoPos", got)
	}
}

// "é" is 2 bytes/1 UTF-16 unit, "𝄞" 4 bytes/2 units, "\xff" an invalid byte.
const mixed = "aé𝄞\xffb\nz"

func TestLSPPosition(t *testing.T) {
	f := NewFile("m.nix", []byte(mixed))
	tests := []struct {
		off             Pos
		u16, u8, u32    int
		line, wantLine0 int
	}{
		{0, 0, 0, 0, 0, 0},
		{1, 1, 1, 1, 0, 0},  // before é
		{2, 1, 2, 1, 0, 0},  // inside é: start of é
		{3, 2, 3, 2, 0, 0},  // before 𝄞
		{5, 2, 5, 2, 0, 0},  // inside 𝄞
		{7, 4, 7, 3, 0, 0},  // before \xff
		{8, 5, 8, 4, 0, 0},  // before b
		{9, 6, 9, 5, 0, 0},  // before \n
		{10, 0, 0, 0, 0, 1}, // z
	}
	for _, tt := range tests {
		for _, c := range []struct {
			enc  Encoding
			want int
		}{{UTF16, tt.u16}, {UTF8, tt.u8}, {UTF32, tt.u32}} {
			l, ch := f.LSPPosition(tt.off, c.enc)
			if l != tt.wantLine0 || ch != c.want {
				t.Errorf("LSPPosition(%d, %d) = %d:%d, want %d:%d", tt.off, c.enc, l, ch, tt.wantLine0, c.want)
			}
		}
	}
}

func TestLSPOffset(t *testing.T) {
	f := NewFile("m.nix", []byte(mixed))
	tests := []struct {
		line, char int
		enc        Encoding
		want       Pos
		wantErr    bool
	}{
		{0, 0, UTF16, 0, false},
		{0, 2, UTF16, 3, false},
		{0, 3, UTF16, 3, false}, // inside the surrogate pair: start of 𝄞
		{0, 4, UTF16, 7, false},
		{0, 6, UTF16, 9, false},
		{0, 60, UTF16, 9, false}, // past the end of the line: clamped
		{0, 3, UTF32, 7, false},
		{0, 2, UTF8, 2, false},
		{0, 60, UTF8, 9, false},
		{1, 1, UTF16, 11, false},
		{2, 0, UTF16, 11, false}, // one past the last line: end of document
		{2, 1, UTF16, NoPos, true},
		{7, 0, UTF16, NoPos, true},
		{-1, 0, UTF16, NoPos, true},
	}
	for _, tt := range tests {
		got, err := f.LSPOffset(tt.line, tt.char, tt.enc)
		if got != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("LSPOffset(%d, %d, %d) = %d, %v; want %d, error %v", tt.line, tt.char, tt.enc, got, err, tt.want, tt.wantErr)
		}
	}
}

// FuzzRoundTrip checks that every rune boundary survives offset → LSP → offset
// in every encoding (except the middle of a "\r\n", which no LSP position
// names), and that UTF-16 columns agree with unicode/utf16.
func FuzzRoundTrip(f *testing.F) {
	f.Add([]byte(mixed))
	f.Add([]byte("\r\n\n"))
	f.Add([]byte("a\rb\r\r\nc"))
	f.Fuzz(func(t *testing.T, src []byte) {
		file := NewFile("f", src)
		lineStart := 0
		for i := 0; i <= len(src); {
			if i > 0 && i < len(src) && src[i-1] == '\r' && src[i] == '\n' {
				lineStart = i + 1
				i++
				continue
			}
			for _, enc := range []Encoding{UTF8, UTF16, UTF32} {
				l, c := file.LSPPosition(Pos(i), enc)
				back, err := file.LSPOffset(l, c, enc)
				if err != nil || back != Pos(i) {
					t.Fatalf("offset %d → %d:%d (enc %d) → %d, %v", i, l, c, enc, back, err)
				}
			}
			_, c16 := file.LSPPosition(Pos(i), UTF16)
			if want := len(utf16.Encode([]rune(string(src[lineStart:i])))); c16 != want {
				t.Fatalf("offset %d: UTF-16 column %d, want %d", i, c16, want)
			}
			if i == len(src) {
				break
			}
			if src[i] == '\n' || src[i] == '\r' {
				lineStart = i + 1
				i++
				continue
			}
			_, size := utf8.DecodeRune(src[i:])
			i += size
		}
	})
}
