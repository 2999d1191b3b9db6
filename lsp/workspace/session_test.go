package workspace

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

func newTestSession(t *testing.T, disk fstest.MapFS) *Session {
	t.Helper()
	root, err := NewRoot("/ws")
	if err != nil {
		t.Fatal(err)
	}
	return NewSession(disk, root, 1<<20)
}

func content(t *testing.T, snap *Snapshot, name string) string {
	t.Helper()
	b, err := snap.ReadFile(name)
	if err != nil {
		t.Fatalf("ReadFile(%s): %v", name, err)
	}
	return string(b)
}

func TestSnapshotOverlaysDisk(t *testing.T) {
	disk := fstest.MapFS{
		"flake.nix":        {Data: []byte("disk flake")},
		"keys.json":        {Data: []byte(`{"a":1}`)},
		"modules/a.nix":    {Data: []byte("a")},
		"secrets/.keep":    {Data: nil},
		"secrets/prod/x.y": {Data: []byte("enc")},
	}
	s := newTestSession(t, disk)
	for _, o := range []struct{ uri, text string }{
		{"file:///ws/flake.nix", "editor flake"},        // shadows a file on disk
		{"file:///ws/modules/b.nix", "unsaved b"},       // new file in an existing directory
		{"file:///ws/new/dir/c.nix", "unsaved c"},       // new file in new directories
		{"file:///ws/modules/a.nix", "edited a on top"}, // shadows, same directory as b
	} {
		if _, err := s.Open(o.uri, 1, o.text); err != nil {
			t.Fatal(err)
		}
	}
	snap := s.Snapshot()
	if err := fstest.TestFS(snap, "flake.nix", "keys.json", "modules/a.nix", "modules/b.nix", "new/dir/c.nix", "secrets/prod/x.y"); err != nil {
		t.Fatal(err)
	}
	if got := content(t, snap, "flake.nix"); got != "editor flake" {
		t.Errorf("flake.nix = %q, want the editor's text", got)
	}
	if got := content(t, snap, "keys.json"); got != `{"a":1}` {
		t.Errorf("keys.json = %q, want the disk's text", got)
	}
	if got, want := strings.Join(snap.OpenFiles(), " "), "flake.nix modules/a.nix modules/b.nix new/dir/c.nix"; got != want {
		t.Errorf("OpenFiles = %q, want %q", got, want)
	}
	if got := snap.URI("keys.json"); got != "file:///ws/keys.json" {
		t.Errorf("URI(keys.json) = %q", got)
	}

	// Closing shows the disk again and removes editor-only files.
	if _, err := s.Close("file:///ws/flake.nix"); err != nil {
		t.Fatal(err)
	}
	snap2, err := s.Close("file:///ws/new/dir/c.nix")
	if err != nil {
		t.Fatal(err)
	}
	if got := content(t, snap2, "flake.nix"); got != "disk flake" {
		t.Errorf("after close, flake.nix = %q", got)
	}
	if _, err := snap2.Stat("new"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("after close, Stat(new) = %v, want not exist", err)
	}
	if snap2.ID() <= snap.ID() {
		t.Errorf("snapshot IDs did not increase: %d then %d", snap.ID(), snap2.ID())
	}
	// The old snapshot is unchanged.
	if got := content(t, snap, "flake.nix"); got != "editor flake" {
		t.Errorf("old snapshot changed: %q", got)
	}
}

func TestSnapshotMemoizesDisk(t *testing.T) {
	disk := fstest.MapFS{"a.nix": {Data: []byte("one")}}
	s := newTestSession(t, disk)
	snap := s.Snapshot()
	if got := content(t, snap, "a.nix"); got != "one" {
		t.Fatalf("a.nix = %q", got)
	}
	disk["a.nix"] = &fstest.MapFile{Data: []byte("two!")}
	disk["b.nix"] = &fstest.MapFile{Data: []byte("b")}
	if got := content(t, snap, "a.nix"); got != "one" {
		t.Errorf("the same snapshot read a.nix as %q after the disk changed", got)
	}
	if fi, err := snap.Stat("a.nix"); err != nil || fi.Size() != 3 {
		t.Errorf("Stat(a.nix) = %v, %v; want the size of the bytes served", fi, err)
	}
	next := s.DiskChanged()
	if got := content(t, next, "a.nix"); got != "two!" {
		t.Errorf("next snapshot read a.nix as %q", got)
	}
	if _, err := next.ReadFile("b.nix"); err != nil {
		t.Errorf("next snapshot cannot read a new file: %v", err)
	}
}

// TestKeystrokeKeepsDiskReads: the snapshot of an edit serves the files
// the snapshot before it read from disk, the same token.File (nothing is
// read again: the disk version is the same), until the disk changes or
// the open documents do.
func TestKeystrokeKeepsDiskReads(t *testing.T) {
	disk := fstest.MapFS{"keys.nix": {Data: []byte("keys")}, "policy.nix": {Data: []byte("{ }")}}
	s := newTestSession(t, disk)
	first, err := s.Open("file:///ws/policy.nix", 1, "{ }")
	if err != nil {
		t.Fatal(err)
	}
	read, err := first.File("keys.nix")
	if err != nil {
		t.Fatal(err)
	}
	disk["keys.nix"] = &fstest.MapFile{Data: []byte("changed, not told")}
	typed, err := s.Change("file:///ws/policy.nix", 2, []Change{{Text: "{ a = 1; }"}}, token.UTF8)
	if err != nil {
		t.Fatal(err)
	}
	if f, err := typed.File("keys.nix"); err != nil || f != read {
		t.Errorf("after a keystroke keys.nix is %v (%v), want the file read before", f, err)
	}
	if got := content(t, s.DiskChanged(), "keys.nix"); got != "changed, not told" {
		t.Errorf("after a disk change keys.nix = %q", got)
	}
	disk["keys.nix"] = &fstest.MapFile{Data: []byte("again")}
	if _, err := s.Open("file:///ws/other.nix", 1, ""); err != nil {
		t.Fatal(err)
	}
	if got := content(t, s.Snapshot(), "keys.nix"); got != "again" {
		t.Errorf("after a document opened keys.nix = %q", got)
	}
}

func TestSnapshotRefusesOddFiles(t *testing.T) {
	disk := fstest.MapFS{
		"fifo":    {Mode: fs.ModeNamedPipe},
		"big.nix": {Data: make([]byte, 2<<20)},
		"dir/x":   {Data: []byte("x")},
	}
	snap := newTestSession(t, disk).Snapshot()
	for _, name := range []string{"fifo", "big.nix", "dir", "missing", "../etc/passwd", "/abs"} {
		if _, err := snap.ReadFile(name); err == nil {
			t.Errorf("ReadFile(%q) succeeded", name)
		}
		if _, err := snap.File(name); err == nil {
			t.Errorf("File(%q) succeeded", name)
		}
	}
	if _, err := snap.ReadFile("missing"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("ReadFile(missing) = %v, want fs.ErrNotExist", err)
	}
}

func rng(l1, c1, l2, c2 int) *Range { return &Range{l1, c1, l2, c2} }

func TestChange(t *testing.T) {
	// "é" is 2 bytes and 1 UTF-16 unit; "𝄞" is 4 bytes and 2 units.
	const text = "a = \"é𝄞\";\nb = 2;\n"
	tests := []struct {
		name    string
		enc     token.Encoding
		changes []Change
		want    string
		wantErr bool
	}{
		{"insert utf16", token.UTF16, []Change{{rng(0, 8, 0, 8), "X"}}, "a = \"é𝄞X\";\nb = 2;\n", false},
		{"insert utf8", token.UTF8, []Change{{rng(0, 11, 0, 11), "X"}}, "a = \"é𝄞X\";\nb = 2;\n", false},
		{"replace across lines", token.UTF16, []Change{{rng(0, 9, 1, 4), ""}}, "a = \"é𝄞\"2;\n", false},
		{"sequential edits see each other", token.UTF16, []Change{
			{rng(1, 0, 1, 1), "c"},
			{rng(1, 0, 1, 1), "dd"},
		}, "a = \"é𝄞\";\ndd = 2;\n", false},
		{"full replacement then edit", token.UTF16, []Change{
			{nil, "x"},
			{rng(0, 1, 0, 1), "y"},
		}, "xy", false},
		{"append at end of document", token.UTF16, []Change{{rng(2, 0, 2, 0), "c = 3;"}}, text + "c = 3;", false},
		{"character past end of line clamps", token.UTF16, []Change{{rng(1, 99, 1, 99), "!"}}, "a = \"é𝄞\";\nb = 2;!\n", false},
		{"line past the end", token.UTF16, []Change{{rng(5, 0, 5, 0), "x"}}, text, true},
		{"end before start", token.UTF16, []Change{{rng(1, 3, 1, 1), "x"}}, text, true},
		{"one bad edit rejects all", token.UTF16, []Change{{nil, "x"}, {rng(3, 0, 3, 0), "y"}}, text, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newTestSession(t, fstest.MapFS{})
			if _, err := s.Open("file:///ws/a.nix", 1, text); err != nil {
				t.Fatal(err)
			}
			snap, err := s.Change("file:///ws/a.nix", 2, tt.changes, tt.enc)
			if (err != nil) != tt.wantErr {
				t.Fatalf("Change error = %v, want error %v", err, tt.wantErr)
			}
			if got := content(t, snap, "a.nix"); got != tt.want {
				t.Errorf("text = %q, want %q", got, tt.want)
			}
			wantVersion := int32(2)
			if tt.wantErr {
				wantVersion = 1
			}
			if v := snap.Document("a.nix").Version; v != wantVersion {
				t.Errorf("version = %d, want %d", v, wantVersion)
			}
		})
	}
}

func TestSessionErrors(t *testing.T) {
	s := newTestSession(t, fstest.MapFS{})
	if _, err := s.Change("file:///ws/a.nix", 2, []Change{{nil, "x"}}, token.UTF16); !errors.Is(err, ErrNotOpen) {
		t.Errorf("Change of an unopened document: %v, want ErrNotOpen", err)
	}
	if _, err := s.Close("file:///ws/a.nix"); !errors.Is(err, ErrNotOpen) {
		t.Errorf("Close of an unopened document: %v, want ErrNotOpen", err)
	}
	if _, err := s.Open("untitled:1", 1, "x"); err == nil {
		t.Error("Open of an untitled: URI succeeded")
	}
	if id := s.Snapshot().ID(); id != 0 {
		t.Errorf("failed operations made snapshots: ID %d", id)
	}
}

func TestChangeFolders(t *testing.T) {
	s := newTestSession(t, fstest.MapFS{})
	snap, err := s.ChangeFolders([]string{"file:///ws/a", "file:///ws/b", "file:///elsewhere"}, nil)
	if err == nil {
		t.Error("a folder outside the root was accepted silently")
	}
	if got := strings.Join(snap.Folders(), " "); got != "a b" {
		t.Errorf("folders = %q, want \"a b\"", got)
	}
	snap, err = s.ChangeFolders([]string{"file:///ws/c", "file:///ws/a"}, []string{"file:///ws/a"})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(snap.Folders(), " "); got != "b c a" {
		t.Errorf("folders = %q, want \"b c a\"", got)
	}
}

// TestChangeOldVersion checks that an edit of a version lower than the
// document's is not applied (versions only increase: it was made to an
// older text), and that one of the same version is.
func TestChangeOldVersion(t *testing.T) {
	s := newTestSession(t, fstest.MapFS{})
	if _, err := s.Open("file:///ws/a.nix", 3, "three"); err != nil {
		t.Fatal(err)
	}
	snap, err := s.Change("file:///ws/a.nix", 2, []Change{{nil, "two"}}, token.UTF16)
	if !errors.Is(err, ErrOldVersion) {
		t.Errorf("Change of version 2: %v, want ErrOldVersion", err)
	}
	if got, v := content(t, snap, "a.nix"), snap.Document("a.nix").Version; got != "three" || v != 3 || snap.ID() != 1 {
		t.Errorf("after an old edit: %q version %d, snapshot %d; want the text of version 3, no new snapshot", got, v, snap.ID())
	}
	snap, err = s.Change("file:///ws/a.nix", 3, []Change{{nil, "three again"}}, token.UTF16)
	if err != nil || content(t, snap, "a.nix") != "three again" {
		t.Errorf("Change of the same version: %v, text %q", err, content(t, snap, "a.nix"))
	}
}
