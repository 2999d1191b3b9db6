package lsptest

import (
	"fmt"
	"testing"
)

func TestParseArchive(t *testing.T) {
	a := parseArchive([]byte("comment\nmore\n-- a.nix --\n{ }\n-- dir/b.json --\n{}\n--  --\n-- not a marker\n-- last --\nno newline"))
	if a.comment != "comment\nmore\n" {
		t.Errorf("comment = %q", a.comment)
	}
	var got []string
	for _, f := range a.files {
		got = append(got, fmt.Sprintf("%s=%q", f.name, f.data))
	}
	want := `[a.nix="{ }\n" dir/b.json="{}\n--  --\n-- not a marker\n" last="no newline"]`
	if fmt.Sprint(got) != want {
		t.Errorf("files = %s, want %s", got, want)
	}
}
