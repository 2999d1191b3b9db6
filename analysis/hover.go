package analysis

import (
	"strings"

	"github.com/secrets-lsp/secrets-lsp/keys"
)

// optionDocs are one-line descriptions of the module's options
// (nix/flake-module.nix has the full ones).
var optionDocs = map[string]string{
	"secrets":        "SOPS access policy, one attribute per group (dev, staging, prod…).",
	"sopsYaml":       "Computed, read-only: the whole generated `.sops.yaml`.",
	"recipients":     "Who may decrypt the group's secrets: `admins` and `targets`.",
	"admins":         "Recipients who can decrypt every secret of the group unless a secret narrows its `admins`; in a secret: the admins who can decrypt it (default: all).",
	"targets":        "Recipients who can decrypt only the secrets that name them (or `\"*\"`); in a secret: the targets that can decrypt it (default: none).",
	"directory":      "Where the group's encrypted files live, relative to the flake root (default `secrets/<group>`).",
	"secret":         "The group's secrets, one encrypted file each.",
	"file":           "The encrypted file, relative to the flake root (default `<directory>/<name>.yaml`).",
	"name":           "The recipient's name, unique within its list; secrets select recipients by it.",
	"key":            "Keys whose type is read from their syntax (age1…, ssh-…, fingerprint, arn:…, projects/…, https://…).",
	"age":            "age recipients: X25519, post-quantum, plugin, or an SSH public key.",
	"pgp":            "PGP key fingerprints (40 or 64 hexadecimal digits).",
	"kms":            "AWS KMS key ARNs, optionally `+arn:aws:iam::…:role/…`.",
	"gcpKms":         "GCP KMS keys: `projects/P/locations/L/keyRings/R/cryptoKeys/K`.",
	"azureKeyvault":  "Azure Key Vault keys: `https://VAULT/keys/NAME[/VERSION]`.",
	"hcVaultTransit": "HashiCorp Vault transit keys: `http(s)://HOST[:PORT]/v1/ENGINE/keys/NAME`.",
	"_recipients":    "Computed, read-only: who can decrypt this secret.",
	"_creationRule":  "Computed, read-only: this secret's `creation_rules` item.",
}

// Hover returns Markdown describing an item: a secret's recipients (role,
// key, why) and rule, a recipient's keys and blast radius, a key's owners
// and what it can decrypt, a group's summary, an option's meaning.
func (r *Result) Hover(it *Item) string {
	if it == nil {
		return ""
	}
	var b strings.Builder
	switch it.Kind {
	case ItemGroup:
		g := it.Group
		b.WriteString("**group `" + g.Name + "`**")
		if g.Directory.Known {
			b.WriteString(" — files in `" + g.Directory.S + "/`")
		}
		b.WriteString("\n\n" + countOf(len(g.Admins.Items), "admin", g.Admins.Open) + ", " +
			countOf(len(g.Targets.Items), "target", g.Targets.Open) + ", " + countOf(len(g.Secrets), "secret", g.SecretsOpen))
	case ItemSecret:
		r.hoverSecret(&b, it.Secret)
	case ItemRecipient:
		r.hoverRecipient(&b, it.Recipient)
	case ItemRecipientRef:
		switch {
		case it.Name == "*":
			b.WriteString("`\"*\"`: every target of group `" + it.Group.Name + "`: " + strings.Join(it.Group.Targets.Names(), ", "))
		case it.Recipient != nil:
			r.hoverRecipient(&b, it.Recipient)
		default:
			b.WriteString("`" + it.Name + "` is not " + article(it.Role) + " of group `" + it.Group.Name + "`")
			if names := it.Group.List(it.Role).Names(); len(names) > 0 {
				b.WriteString("; " + it.Role.list() + ": " + strings.Join(names, ", "))
			}
		}
	case ItemKey:
		k := it.Key
		b.WriteString("**" + keys.Describe(k.Type, k.Value) + "** of " + it.Role.String() + " `" + it.Recipient.Name + "`\n\n`" + keys.Short(k.Type, k.Value) + "`")
		if k.Type != keys.Unknown {
			writeAccess(&b, r.KeyBlastRadius(k.Type, k.Value), true)
		}
	case ItemOption:
		o := it.Option
		b.WriteString("`" + o.Path() + "`")
		if !o.Known {
			b.WriteString(" does not exist; here: " + strings.Join(o.Siblings(), ", "))
		} else if doc := optionDocs[o.Name]; doc != "" {
			b.WriteString("\n\n" + doc)
		}
	case ItemSlot:
		b.WriteString(it.Role.list() + " of secret `" + it.Secret.Name + "`: ")
		var names []string
		for _, c := range it.Candidates {
			names = append(names, c.Name)
		}
		b.WriteString(strings.Join(names, ", "))
	}
	return b.String()
}

func countOf(n int, what string, open bool) string {
	s := itoa(n) + " " + what
	if n != 1 {
		s += "s"
	}
	if open {
		s += " or more"
	}
	return s
}

func (r *Result) hoverSecret(b *strings.Builder, s *Secret) {
	b.WriteString("**secret `" + s.Name + "`** of group `" + s.Group.Name + "`")
	if s.File.Known {
		b.WriteString(" — `" + s.File.S + "`")
	}
	if !s.RecipientsKnown {
		b.WriteString("\n\nrecipients: not known statically")
		return
	}
	b.WriteString("\n\n| recipient | role | key | why |\n|---|---|---|---|\n")
	for _, sel := range s.Recipients {
		rc := sel.Recipient
		var ks []string
		for _, k := range rc.Keys {
			ks = append(ks, k.Type.String()+" `"+keys.Short(k.Type, k.Value)+"`")
		}
		b.WriteString("| " + rc.Name + " | " + sel.Role.String() + " | " + strings.Join(ks, ", ") + " | " + sel.Why.String() + " |\n")
	}
	if s.RuleKnown {
		b.WriteString("\n```yaml\n" + s.Rule() + "```")
	}
}

func (r *Result) hoverRecipient(b *strings.Builder, rc *Recipient) {
	b.WriteString("**" + rc.Role.String() + " `" + rc.Name + "`** of group `" + rc.Group.Name + "`\n")
	for _, k := range rc.Keys {
		b.WriteString("\n- " + k.Field + ": `" + keys.Short(k.Type, k.Value) + "` (" + keys.Describe(k.Type, k.Value) + ")")
	}
	writeAccess(b, r.BlastRadius(rc), false)
}

// writeAccess lists what can be decrypted: the blast radius.
func writeAccess(b *strings.Builder, access []Access, withGroup bool) {
	b.WriteString("\n\ncan decrypt " + countOf(len(access), "secret", false))
	for i, a := range access {
		if i == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString(", ")
		}
		name := a.Secret.Name
		if withGroup {
			name = a.Secret.Group.Name + "." + name
		}
		b.WriteString("`" + name + "`")
		if a.Why != WhyExplicit {
			b.WriteString(" (" + a.Why.String() + ")")
		}
	}
}
