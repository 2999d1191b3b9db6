package policy

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestSchemaMatchesModule keeps the option documentation shown in
// completion and hover in step with the module's own (nix/flake-module.nix):
// the same options, each with the module's description.
func TestSchemaMatchesModule(t *testing.T) {
	data, err := os.ReadFile("../../nix/flake-module.nix")
	if err != nil {
		t.Fatal(err)
	}
	module := string(data)
	normal := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	text := normal(module)

	var declared []string
	for _, m := range regexp.MustCompile(`(?m)^\s*(\w+) = (?:mkOption|keysOption|recipientsOption)\b`).FindAllStringSubmatch(module, -1) {
		declared = append(declared, m[1])
	}
	// Options the editor never offers: the top ones (where a group or
	// flake.sopsYaml is written) and the computed, read-only ones; and
	// recipients, a plain set of options in the module.
	want := []string{"recipients"}
	for _, n := range declared {
		if !slices.Contains([]string{"secrets", "sopsYaml", "_recipients", "_creationRule"}, n) {
			want = append(want, n)
		}
	}
	var got []string
	for _, o := range schema {
		got = append(got, o.name)
		desc := strings.TrimSuffix(o.desc, keysNote)
		if o.name != "recipients" && !strings.Contains(text, normal(desc)) {
			t.Errorf("%s: the description is not the module's: %q", o.name, desc)
		}
	}
	if !strings.Contains(text, normal(keysNote)) {
		t.Errorf("the note on key fields is not the module's: %q", keysNote)
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(slices.Compact(got), slices.Compact(want)) {
		t.Errorf("options %q, the module declares %q", slices.Compact(got), slices.Compact(want))
	}
}
