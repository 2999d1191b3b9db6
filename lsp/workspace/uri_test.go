package workspace

import "testing"

func TestRootPath(t *testing.T) {
	tests := []struct {
		root, uri, want string
		wantErr         bool
	}{
		{"/", "file:///home/u/flake.nix", "home/u/flake.nix", false},
		{"/", "file:///", ".", false},
		{"/", "file://localhost/a/b.nix", "a/b.nix", false},
		{"/", "file:///a/with%20space/%C3%A9.nix", "a/with space/é.nix", false},
		{"/", "file:///a/../b/./c.nix", "b/c.nix", false},
		{"/ws", "file:///ws/flake.nix", "flake.nix", false},
		{"/ws", "file:///ws", ".", false},
		{"/ws", "file:///ws/", ".", false},
		{"/ws", "file:///wsx/flake.nix", "", true}, // outside, despite the common prefix
		{"/ws", "file:///etc/passwd", "", true},
		{"/", "untitled:Untitled-1", "", true},
		{"/", "https://example.com/a.nix", "", true},
		{"/", "file://host/share/a.nix", "", true},
		{"/", "file:relative.nix", "", true},
		{"/", "%zz", "", true},
		{"/", "", "", true},
	}
	for _, tt := range tests {
		r, err := NewRoot(tt.root)
		if err != nil {
			t.Fatal(err)
		}
		got, err := r.Path(tt.uri)
		if got != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("Root(%q).Path(%q) = %q, %v; want %q, error %v", tt.root, tt.uri, got, err, tt.want, tt.wantErr)
		}
		if err == nil {
			back, err := r.Path(r.URI(got))
			if err != nil || back != got {
				t.Errorf("Path(URI(%q)) = %q, %v", got, back, err)
			}
		}
	}
	if _, err := NewRoot("relative"); err == nil {
		t.Error("NewRoot accepted a relative directory")
	}
}

func TestRootURI(t *testing.T) {
	r, _ := NewRoot("/ws")
	if got, want := r.URI("a b/é.nix"), "file:///ws/a%20b/%C3%A9.nix"; got != want {
		t.Errorf("URI = %q, want %q", got, want)
	}
	if got, want := r.URI("."), "file:///ws"; got != want {
		t.Errorf("URI(.) = %q, want %q", got, want)
	}
}
