package check

import (
	"testing"

	"github.com/secrets-lsp/secrets-lsp/analysis"
)

// TestSecretOption: the secret a module-system message is about, as
// optionPrefix writes it, whatever its names hold.
func TestSecretOption(t *testing.T) {
	tests := []struct {
		msg, want string
	}{
		{"The option `flake.secrets.prod.secret.db.targetz' does not exist. Definition values:", optionPrefix("prod", "db")},
		{"A definition for option `flake.secrets.prod.secret.api.targets.\"[definition 1-entry 1]\"' is not of type `one of \"web\"'.", optionPrefix("prod", "api")},
		{"The option `flake.secrets.\"a.b\".secret.\"d b\".file' is not of type `string'.", optionPrefix("a.b", "d b")},
		{"The option `flake.secrets.\"q\\\"x\".secret.s.targetz' does not exist.", optionPrefix(`q"x`, "s")},
		{"The option `flake.secrets.prod.recipients.admins' does not exist.", ""},
		{"The option `flake.secrets.prod.secret' is not of type `attrset'.", ""},
		{"The option `perSystem.secret.db.x' does not exist.", ""},
		{"flake.secrets: group \"prod\", secret \"db\": selects no recipient", ""},
	}
	for _, tt := range tests {
		got, ok := secretOption(analysis.Diagnostic{Message: tt.msg})
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("secretOption(%q) = %q, %v; want %q", tt.msg, got, ok, tt.want)
		}
	}
}
