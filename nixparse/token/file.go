package token

import (
	"bytes"
	"fmt"
	"sort"
	"sync"
	"unicode/utf8"
)

// Pos is a byte offset into the source of one File. Byte offsets are the only
// position kept in trees and diagnostics; lines and columns are computed on
// demand by File, the single mapper between the two worlds.
type Pos int32

// NoPos is the zero position: no location is known.
const NoPos Pos = -1

// IsValid reports whether p is a real offset.
func (p Pos) IsValid() bool { return p >= 0 }

// Position is a human-readable location: 1-based line, 1-based column in
// bytes, as Nix prints them in its error messages.
type Position struct {
	Filename string
	Offset   int
	Line     int
	Column   int
}

// String formats p as FILE:LINE:COL, the form compilers and Nix use.
func (p Position) String() string {
	s := p.Filename
	if p.Line > 0 {
		if s != "" {
			s += ":"
		}
		s += fmt.Sprintf("%d:%d", p.Line, p.Column)
	}
	if s == "" {
		s = "-"
	}
	return s
}

// Encoding is the unit in which an LSP client counts columns.
type Encoding int

const (
	UTF16 Encoding = iota // the LSP default, what VS Code and Neovim use
	UTF8                  // bytes; offered by some clients since LSP 3.17
	UTF32                 // code points
)

// File maps byte offsets in one immutable source text to lines and columns.
// Lines end at "\n", "\r\n" or a lone "\r": both Nix's lexer (adjustLoc)
// and the Language Server Protocol count line breaks this way. A File is
// safe for concurrent use.
type File struct {
	name string
	src  []byte
	// lines holds the byte offset of the first byte of each line (lines[0]
	// is 0), indexed on first use: parsing a file whose tree is printed
	// without errors never needs it.
	lines     []int
	indexOnce sync.Once
}

// NewFile returns a File for src. The File keeps src; callers must not
// modify it.
func NewFile(name string, src []byte) *File { return &File{name: name, src: src} }

// lineStarts returns the line index, computing it once.
func (f *File) lineStarts() []int {
	f.indexOnce.Do(func() {
		src := f.src
		lines := make([]int, 1, 1+bytes.Count(src, []byte{'\n'}))
		if bytes.IndexByte(src, '\r') < 0 {
			for i := 0; ; {
				j := bytes.IndexByte(src[i:], '\n')
				if j < 0 {
					break
				}
				i += j + 1
				lines = append(lines, i)
			}
		} else {
			for i, b := range src {
				if b == '\n' || b == '\r' && (i+1 == len(src) || src[i+1] != '\n') {
					lines = append(lines, i+1)
				}
			}
		}
		f.lines = lines
	})
	return f.lines
}

// Name returns the file name given to NewFile.
func (f *File) Name() string { return f.name }

// Source returns the indexed text.
func (f *File) Source() []byte { return f.src }

// Size returns the length of the source in bytes.
func (f *File) Size() int { return len(f.src) }

// LineCount returns the number of lines; a text ending in '\n' has an empty
// last line after it.
func (f *File) LineCount() int { return len(f.lineStarts()) }

// LineStart returns the offset of the first byte of the 1-based line.
func (f *File) LineStart(line int) Pos {
	lines := f.lineStarts()
	if line < 1 || line > len(lines) {
		return NoPos
	}
	return Pos(lines[line-1])
}

// lineEnd returns the offset just past the last byte of the 0-based line,
// excluding its line break.
func (f *File) lineEnd(line0 int) int {
	lines := f.lineStarts()
	if line0+1 >= len(lines) {
		return len(f.src)
	}
	end := lines[line0+1] - 1
	if f.src[end] == '\n' && end > lines[line0] && f.src[end-1] == '\r' {
		end--
	}
	return end
}

// line0 returns the 0-based line containing offset off (clamped to the text).
func (f *File) line0(off int) int {
	lines := f.lineStarts()
	return sort.Search(len(lines), func(i int) bool { return lines[i] > off }) - 1
}

func (f *File) clamp(p Pos) int {
	switch {
	case p < 0:
		return 0
	case int(p) > len(f.src):
		return len(f.src)
	}
	return int(p)
}

// Position converts an offset to a 1-based line and 1-based byte column.
// Offsets outside the text are clamped to it.
func (f *File) Position(p Pos) Position {
	off := f.clamp(p)
	l := f.line0(off)
	return Position{Filename: f.name, Offset: off, Line: l + 1, Column: off - f.lineStarts()[l] + 1}
}

// LSPPosition converts an offset to a 0-based line and a 0-based character
// counted in enc, as the Language Server Protocol wants. An offset inside a
// multi-byte character maps to the start of that character; an invalid byte
// counts as one U+FFFD.
func (f *File) LSPPosition(p Pos, enc Encoding) (line, character int) {
	off := f.clamp(p)
	l := f.line0(off)
	return l, f.units(f.lineStarts()[l], off, enc)
}

// units counts the characters, in enc, of the complete runes in src[from:to].
func (f *File) units(from, to int, enc Encoding) int {
	if enc == UTF8 {
		return to - from
	}
	n := 0
	for i := from; i < to; {
		r, size := utf8.DecodeRune(f.src[i:])
		if i+size > to {
			break // p points inside this rune
		}
		i += size
		n++
		if enc == UTF16 && r >= 0x10000 && r != utf8.RuneError {
			n++ // surrogate pair
		}
	}
	return n
}

// LSPOffset converts a 0-based line and character counted in enc to an offset.
// A character past the end of the line means the end of the line (the
// protocol asks servers to clamp); one inside a surrogate pair or a multi-byte
// character means the start of that character. A line past the last is an
// error, except the line just after it at character 0, which editors use for
// "end of document".
func (f *File) LSPOffset(line, character int, enc Encoding) (Pos, error) {
	if line < 0 || character < 0 {
		return NoPos, fmt.Errorf("invalid position %d:%d", line, character)
	}
	lines := f.lineStarts()
	if line >= len(lines) {
		if line == len(lines) && character == 0 {
			return Pos(len(f.src)), nil
		}
		return NoPos, fmt.Errorf("line %d is past the end of the file (%d lines)", line, len(lines))
	}
	start, end := lines[line], f.lineEnd(line)
	if enc == UTF8 {
		return Pos(min(start+character, end)), nil
	}
	i, n := start, 0
	for i < end {
		r, size := utf8.DecodeRune(f.src[i:end])
		w := 1
		if enc == UTF16 && r >= 0x10000 && r != utf8.RuneError {
			w = 2
		}
		if n+w > character {
			break
		}
		n += w
		i += size
	}
	return Pos(i), nil
}
