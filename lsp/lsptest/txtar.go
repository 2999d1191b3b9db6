package lsptest

import (
	"bytes"
	"strings"
)

// archive is a txtar archive: a comment, then files introduced by lines of
// the form "-- name --". (The format of golang.org/x/tools/txtar, which is
// not a dependency of this module.)
type archive struct {
	comment string
	files   []archiveFile
}

type archiveFile struct {
	name string
	data []byte
}

func parseArchive(data []byte) *archive {
	a := &archive{}
	cur := -1 // index of the file being read, -1 for the comment
	var buf []byte
	flush := func() {
		if cur < 0 {
			a.comment = string(buf)
		} else {
			a.files[cur].data = buf
		}
		buf = nil
	}
	for len(data) > 0 {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i+1], data[i+1:]
		} else {
			data = nil
		}
		if name, ok := fileMarker(line); ok {
			flush()
			a.files = append(a.files, archiveFile{name: name})
			cur = len(a.files) - 1
			continue
		}
		buf = append(buf, line...)
	}
	flush()
	return a
}

// fileMarker reports whether line is "-- name --" and returns the name.
func fileMarker(line []byte) (string, bool) {
	s := strings.TrimRight(string(line), "\r\n")
	if !strings.HasPrefix(s, "-- ") || !strings.HasSuffix(s, " --") || len(s) < 7 {
		return "", false
	}
	name := strings.TrimSpace(s[3 : len(s)-3])
	return name, name != ""
}

// file returns the content of the archive's file name.
func (a *archive) file(name string) ([]byte, bool) {
	for _, f := range a.files {
		if f.name == name {
			return f.data, true
		}
	}
	return nil, false
}

// setFile replaces the content of the file name, or adds the file.
func (a *archive) setFile(name string, data []byte) {
	for i := range a.files {
		if a.files[i].name == name {
			a.files[i].data = data
			return
		}
	}
	a.files = append(a.files, archiveFile{name: name, data: data})
}

// format returns the archive as text; parseArchive(a.format()) is a.
// File contents that do not end in a newline get one.
func (a *archive) format() []byte {
	var b bytes.Buffer
	b.WriteString(a.comment)
	for _, f := range a.files {
		b.WriteString("-- " + f.name + " --\n")
		b.Write(f.data)
		if len(f.data) > 0 && f.data[len(f.data)-1] != '\n' {
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}
