package check

import "github.com/secrets-lsp/secrets-lsp/sopsfile"

// codeInfo describes each code a report may hold, for SARIF rules and the
// README: --check's own, sopsfile's and the analysis'.
var codeInfo = map[string]struct {
	severity Severity
	text     string
}{
	CodeDrift:            {Error, "the committed .sops.yaml differs from the one flake.secrets generates"},
	CodeNoSopsYAML:       {Error, "the policy declares secrets but there is no .sops.yaml"},
	CodeStale:            {Error, "a key the policy no longer allows can still decrypt a file"},
	CodeMissing:          {Warning, "a key the policy allows cannot decrypt a file yet"},
	CodeKeyGroups:        {Warning, "a file's key groups or Shamir threshold differ from its rule's"},
	CodeNoFile:           {Warning, "a declared secret's file does not exist"},
	CodeUndeclared:       {Warning, "a file in a group's directory that no secret declares"},
	CodePlaintextFile:    {Error, "a file that must be encrypted has no SOPS metadata"},
	CodePlaintextValue:   {Error, "a value that SOPS would have encrypted is in clear"},
	CodePlaintextComment: {Error, "a comment that SOPS would have encrypted is in clear"},
	CodeCorrupt:          {Error, "a file that no SOPS store can read"},
	CodeUnreadable:       {Error, "a file or directory that cannot be read"},
	CodeNotCompared:      {Info, "a file not compared with the policy, whose errors its recipients follow from"},
	CodeNotEvaluated:     {Warning, "a policy with parts the analysis cannot evaluate: .sops.yaml is not compared"},
	CodeCanDecrypt:       {Info, "a key that can decrypt a file (--who-can-decrypt)"},

	sopsfile.CodeMetadata:   {Error, "SOPS cannot use a file's metadata as it is"},
	sopsfile.CodeFormat:     {Warning, "a SOPS file whose content is another store than its extension says"},
	sopsfile.CodeNonString:  {Error, "a mapping key SOPS cannot handle"},
	sopsfile.CodeSyntax:     {Error, ".sops.yaml is not valid YAML, or not the shape SOPS reads"},
	sopsfile.CodeUnknown:    {Warning, ".sops.yaml has a field SOPS ignores"},
	sopsfile.CodeFieldType:  {Error, "a .sops.yaml field has the wrong type"},
	sopsfile.CodeBadRegex:   {Error, "a path_regex that does not compile"},
	sopsfile.CodeUnanchored: {Warning, "a path_regex that is not anchored"},
	sopsfile.CodeShadowed:   {Warning, "a creation rule no path can reach: an earlier rule matches first"},
	sopsfile.CodeCatchAll:   {Warning, "a catch-all creation rule before other rules"},
	sopsfile.CodeNoKeys:     {Error, "a creation rule without keys"},
	sopsfile.CodeNoRules:    {Warning, ".sops.yaml has no creation rules"},
	sopsfile.CodeBadKey:     {Error, "a key SOPS cannot use"},
	sopsfile.CodeSettings:   {Error, "conflicting encryption settings in a creation rule"},
	sopsfile.CodeFlatKeys:   {Warning, "flat keys that key_groups make SOPS ignore"},
	sopsfile.CodeShamir:     {Error, "a Shamir threshold that does not fit the key groups"},

	// The analysis' codes (docs/policy.md, "Errors").
	"E1":                  {Error, "an invalid name"},
	"E2":                  {Error, "a duplicate recipient name"},
	"E3":                  {Error, "a recipient without a key"},
	"E4":                  {Error, "a key whose type cannot be told"},
	"E5":                  {Error, "a malformed key"},
	"E6":                  {Error, "an invalid group directory"},
	"E7":                  {Error, "an invalid secret file"},
	"E8":                  {Error, "a secret that selects no recipient"},
	"E9":                  {Error, "two secrets with the same file"},
	"unknown-recipient":   {Error, "a name that is not a recipient of the group"},
	"unknown-option":      {Error, "an option that does not exist"},
	"wrong-type":          {Error, "a definition of the wrong type"},
	"missing-name":        {Error, "a recipient without a name"},
	"read-only":           {Error, "a computed option set by hand"},
	"conflicting-values":  {Error, "two different values for one option"},
	"eval-error":          {Error, "evaluation of the policy fails"},
	"syntax":              {Error, "a Nix syntax error or undefined variable"},
	"shared-key":          {Warning, "one key under two recipient names"},
	"admin-and-target":    {Warning, "a recipient in both admins and targets"},
	"star-beside-names":   {Warning, `"*" beside names in targets`},
	"module-not-imported": {Warning, "flake.secrets without the secrets-lsp flake module"},
	"not-imported":        {Info, "a module file no flake imports"},
}

// DescribeCode returns a one-line description of a finding code.
func DescribeCode(code string) string {
	if c, ok := codeInfo[code]; ok {
		return c.text
	}
	return code
}

// DefaultSeverity returns the severity findings of a code usually have.
func DefaultSeverity(code string) Severity {
	if c, ok := codeInfo[code]; ok {
		return c.severity
	}
	return Error
}
