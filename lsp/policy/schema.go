package policy

import (
	"strings"
)

// scope is a place of the option tree under flake.secrets where options
// can be written.
type scope uint8

const (
	scopeNone       scope = iota
	scopeSecrets          // flake.secrets: group names
	scopeGroup            // flake.secrets.<group>
	scopeRecipients       // flake.secrets.<group>.recipients
	scopeRecipient        // an element of recipients.admins or recipients.targets
	scopeSecretSet        // flake.secrets.<group>.secret: secret names
	scopeSecret           // flake.secrets.<group>.secret.<name>
)

// option is one option of the module's schema, with the documentation the
// module gives it (nix/flake-module.nix; TestSchemaMatchesModule keeps the
// two in step).
type option struct {
	scope scope
	name  string
	typ   string
	dflt  string // the default, as the module documents it; "" if required
	desc  string
}

// isSet reports whether the option's value is a set, which attribute
// paths may extend beside a binding of the whole.
func (o option) isSet() bool {
	return o.typ == "submodule" || strings.HasPrefix(o.typ, "attribute set")
}

// The key fields share a type and a default.
const (
	keysType    = "string or list of strings"
	keysDefault = "[ ]"
	keysNote    = " A string or a list of strings; always a list when read. Every key of a recipient is used: any single one decrypts."
)

var schema = []option{
	{scopeGroup, "recipients", "submodule", "", "The group's admins and targets."},
	{scopeGroup, "directory", "string", `"secrets/<group>"`, "Where the group's encrypted files live, relative to the flake root."},
	{scopeGroup, "secret", "attribute set of secrets", "{ }", "The group's secrets, one encrypted file each."},

	{scopeRecipients, "admins", "list of recipients", "[ ]", "Recipients who can decrypt every secret of the group unless a secret narrows its `admins`: people, CI, break-glass keys."},
	{scopeRecipients, "targets", "list of recipients", "[ ]", "Recipients who can decrypt only the secrets that name them (or `\"*\"`) in `targets`: machines, services."},

	{scopeRecipient, "name", "string", "", "The recipient's name, unique within its list (`admins` or `targets`). Letters, digits, `_`, `-` and `.`, not starting with `-` or `.`. Secrets select recipients by this name."},
	{scopeRecipient, "key", keysType, keysDefault, "Keys whose type is read from their syntax: `age1…` and `ssh-ed25519 …`/`ssh-rsa …` are age keys, 40 or 64 hexadecimal digits a PGP fingerprint, `arn:…` an AWS KMS key, `projects/…` a GCP KMS key, `http(s)://HOST/v1/…` a Vault transit key and `https://HOST/keys/…` an Azure Key Vault key. A key of no recognisable type is an error: use a typed field." + keysNote},
	{scopeRecipient, "age", keysType, keysDefault, "age recipients: X25519 (`age1…`), post-quantum (`age1pq1…`), plugin (`age1<plugin>1…`), or an SSH public key (`ssh-ed25519 …` or `ssh-rsa …`, optionally with a comment)." + keysNote},
	{scopeRecipient, "pgp", keysType, keysDefault, "PGP key fingerprints (40 or 64 hexadecimal digits, no spaces)." + keysNote},
	{scopeRecipient, "kms", keysType, keysDefault, "AWS KMS key ARNs (`arn:aws:kms:REGION:ACCOUNT:key/ID` or `…:alias/NAME`), optionally followed by `+arn:aws:iam::ACCOUNT:role/NAME` to assume a role." + keysNote},
	{scopeRecipient, "gcpKms", keysType, keysDefault, "GCP KMS keys: `projects/P/locations/L/keyRings/R/cryptoKeys/K`." + keysNote},
	{scopeRecipient, "azureKeyvault", keysType, keysDefault, "Azure Key Vault keys: `https://VAULT/keys/NAME` or `https://VAULT/keys/NAME/VERSION`." + keysNote},
	{scopeRecipient, "hcVaultTransit", keysType, keysDefault, "HashiCorp Vault transit keys: `http(s)://HOST[:PORT]/v1/ENGINE/keys/NAME`." + keysNote},

	{scopeSecret, "admins", "list of admin names", "every admin of the group, in declaration order", "The admins (names from `recipients.admins`) who can decrypt this secret. Order and repetition do not matter."},
	{scopeSecret, "targets", "list of target names or `\"*\"`", "[ ]", "The targets (names from `recipients.targets`) that can decrypt this secret; `\"*\"` selects every target of the group."},
	{scopeSecret, "file", "string", `"<directory>/<name>.yaml"`, "The encrypted file, relative to the flake root (where `.sops.yaml` lives). SOPS picks the file format from the extension."},
}

// doc is the option's documentation in Markdown.
func (o *option) doc() string {
	s := o.desc + "\n\n*Type:* " + o.typ
	if o.dflt != "" {
		s += " · *Default:* " + o.dflt
	} else {
		s += " · *Required*"
	}
	return s + "\n"
}

// optionsIn returns the options that can be written in scope sc.
func optionsIn(sc scope) []*option {
	var out []*option
	for i := range schema {
		if schema[i].scope == sc {
			out = append(out, &schema[i])
		}
	}
	return out
}

// lookupOption returns the option name in the option path (as the
// analysis shows it: flake.secrets.prod.secret.apiKey.targets).
func lookupOption(name, path string) *option {
	sc := scopeOfPath(splitOptionPath(path))
	for i := range schema {
		if schema[i].scope == sc && schema[i].name == name {
			return &schema[i]
		}
	}
	return nil
}

// scopeOfPath returns where the last name of an option path is written:
// the scope of the path without it, after the last flake.secrets.
func scopeOfPath(path []string) scope {
	if len(path) == 0 {
		return scopeNone
	}
	return scopeOf(path[:len(path)-1])
}

// scopeOf returns the scope that an attribute path (with "[]" for list
// elements) designates, after its last flake.secrets.
func scopeOf(path []string) scope {
	start := -1
	for i := 0; i+1 < len(path); i++ {
		if path[i] == "flake" && path[i+1] == "secrets" {
			start = i + 2
		}
	}
	if start < 0 {
		return scopeNone
	}
	rest := path[start:]
	switch {
	case len(rest) == 0:
		return scopeSecrets
	case len(rest) == 1:
		return scopeGroup
	case rest[1] == "recipients":
		switch {
		case len(rest) == 2:
			return scopeRecipients
		case (rest[2] == "admins" || rest[2] == "targets") && (len(rest) == 3 || len(rest) == 4 && isElement(rest[3])):
			// A set written directly in the list, or made by a function
			// the list is mapped with.
			return scopeRecipient
		}
	case rest[1] == "secret":
		switch len(rest) {
		case 2:
			return scopeSecretSet
		case 3:
			return scopeSecret
		}
	}
	return scopeNone
}

// isElement reports whether a path segment stands for a list element: "[]"
// in paths built from source, "[definition 1-entry 2]" in the analysis'.
func isElement(seg string) bool { return strings.HasPrefix(seg, "[") }

// splitOptionPath splits an option path at its dots, keeping quoted names
// ("[definition 1-entry 1]") whole and unquoted.
func splitOptionPath(p string) []string {
	var out []string
	var cur strings.Builder
	quoted := false
	for i := 0; i < len(p); i++ {
		switch c := p[i]; {
		case c == '"':
			quoted = !quoted
		case c == '\\' && quoted && i+1 < len(p):
			i++
			cur.WriteByte(p[i])
		case c == '.' && !quoted:
			out = append(out, cur.String())
			cur.Reset()
		default:
			cur.WriteByte(c)
		}
	}
	return append(out, cur.String())
}
