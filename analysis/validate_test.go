package analysis

import (
	"regexp"
	"strings"
	"testing"
)

// TestNameAndPathSyntax checks validName and validPath against the
// regular expressions of the module's isValidName and isValidPath, on
// every string of up to four characters of an alphabet that meets each
// class and each special case ("." "..", empty components, non-ASCII).
func TestNameAndPathSyntax(t *testing.T) {
	name := regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_.-]*$`)
	component := regexp.MustCompile(`^[A-Za-z0-9_.+-]+$`)
	path := func(p string) bool {
		for _, c := range strings.Split(p, "/") {
			if !component.MatchString(c) || c == "." || c == ".." {
				return false
			}
		}
		return true
	}
	var each func(s string, n int)
	each = func(s string, n int) {
		if validName(s) != name.MatchString(s) {
			t.Errorf("validName(%q) = %v", s, validName(s))
		}
		if validPath(s) != path(s) {
			t.Errorf("validPath(%q) = %v", s, validPath(s))
		}
		if n > 0 {
			for _, r := range "aZ09_.-+/ é\n$" {
				each(s+string(r), n-1)
			}
		}
	}
	each("", 4)
}
