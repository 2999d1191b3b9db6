package lsptest

import (
	"fmt"
	"strings"

	"filippo.io/age"
)

// Flake is a generated workspace for benchmarks: a flake-parts flake whose
// policy file (policy.nix) has about the number of lines asked for, with
// keys in keys.nix (through functions and map) and keys.json, and modules
// that add to the policy (one with mkDefault). It is valid: Nix evaluates
// it, and the analysis finds nothing wrong.
type Flake struct {
	Files map[string]string // by path, relative to the flake's directory
	// Secrets are the offsets of secret names in policy.nix (hover them);
	// Targets the offsets of target names in targets lists, inside the
	// quotes (complete there, or misspell them).
	Secrets, Targets []int
	// The second group writes its recipients literally, each with its
	// key: Inline are the offsets of its admins' and targets' lists
	// (their first element), InlineKeys those of its keys, inside the
	// quotes.
	InlineAdmins, InlineTargets int
	InlineKeys                  []int
}

// FlakeNix returns a flake.nix for flake-parts that imports the
// secrets-lsp module and the given modules ("./secrets.nix").
func FlakeNix(modules ...string) string {
	return `{
  inputs.flake-parts.url = "github:hercules-ci/flake-parts";
  inputs.secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ` + strings.Join(modules, " ") + ` ];
      systems = [ "x86_64-linux" ];
    };
}
`
}

// PolicyFile is the generated flake's big file.
const PolicyFile = "policy.nix"

// GenerateFlake writes a flake whose policy file has about lines lines:
// groups of 4 admins and 10 targets, each secret on one line. The second
// group's recipients are written literally, the others' with map and
// functions of keys.nix.
func GenerateFlake(lines int) (*Flake, error) {
	const people, hosts, perGroup = 8, 40, 240
	recipientKeys := map[string]string{}
	keys := func(prefix string, n int) (string, error) {
		var b strings.Builder
		for i := 0; i < n; i++ {
			id, err := age.GenerateX25519Identity()
			if err != nil {
				return "", err
			}
			name := fmt.Sprintf("%s%d", prefix, i)
			recipientKeys[name] = id.Recipient().String()
			fmt.Fprintf(&b, "    %s = %q;\n", name, recipientKeys[name])
		}
		return b.String(), nil
	}
	pk, err := keys("p", people)
	if err != nil {
		return nil, err
	}
	hk, err := keys("h", hosts)
	if err != nil {
		return nil, err
	}
	ci, err := age.GenerateX25519Identity()
	if err != nil {
		return nil, err
	}
	f := &Flake{Files: map[string]string{
		"flake.nix": FlakeNix("./policy.nix", "./modules/ci.nix", "./modules/defaults.nix"),
		"keys.nix":  "# Public keys of people and hosts.\n{\n  people = {\n" + pk + "  };\n  hosts = {\n" + hk + "  };\n}\n",
		"keys.json": fmt.Sprintf("{ \"ci\": %q }\n", ci.Recipient().String()),
	}}

	var b strings.Builder
	b.WriteString(`# Generated: groups of secrets, recipients from keys.nix.
{ lib, ... }:
let
  keys = import ./keys.nix;
  person = name: { inherit name; age = keys.people.${name}; };
  host = name: { inherit name; age = keys.hosts.${name}; };
in
{
  flake.secrets = {
`)
	// written counts the lines of b, reading each byte once.
	counted, n := 0, 0
	written := func() int {
		n += strings.Count(b.String()[counted:], "\n")
		counted = b.Len()
		return n
	}
	var groups []string
	for g := 0; written() < lines-2; g++ {
		group := fmt.Sprintf("g%03d", g)
		groups = append(groups, group)
		h := (g * 7) % (hosts - 10)
		var hostNames []string
		for i := h; i < h+10; i++ {
			hostNames = append(hostNames, fmt.Sprintf("%q", fmt.Sprintf("h%d", i)))
		}
		p := g % (people - 4)
		if g == 1 {
			// Literal recipients, one a line: { name = "p1"; age = "age1…"; }
			inline := func(names ...string) {
				for i, name := range names {
					b.WriteString("          { name = \"" + name + "\"; age = \"")
					f.InlineKeys = append(f.InlineKeys, b.Len())
					b.WriteString(recipientKeys[name] + "\"; }")
					if i < len(names)-1 {
						b.WriteString("\n")
					}
				}
			}
			fmt.Fprintf(&b, "    %s = {\n      recipients = {\n        admins = [\n", group)
			f.InlineAdmins = b.Len() + len("          ")
			inline(fmt.Sprintf("p%d", p), fmt.Sprintf("p%d", p+1), fmt.Sprintf("p%d", p+2), fmt.Sprintf("p%d", p+3))
			b.WriteString(" ];\n        targets = [\n")
			f.InlineTargets = b.Len() + len("          ")
			var hosts []string
			for i := h; i < h+10; i++ {
				hosts = append(hosts, fmt.Sprintf("h%d", i))
			}
			inline(hosts...)
			b.WriteString(" ];\n      };\n      secret = {\n")
		} else {
			fmt.Fprintf(&b, "    %s = {\n      recipients.admins = map person [ \"p%d\" \"p%d\" \"p%d\" \"p%d\" ];\n      recipients.targets = map host [ %s ];\n      secret = {\n",
				group, p, p+1, p+2, p+3, strings.Join(hostNames, " "))
		}
		for s := 0; s < perGroup && written() < lines-4; s++ {
			b.WriteString("        ")
			f.Secrets = append(f.Secrets, b.Len())
			name := fmt.Sprintf("s%03d", s)
			t1, t2 := h+s%10, h+(s*3+1)%10
			switch s % 4 {
			case 0:
				fmt.Fprintf(&b, "%s.targets = [ \"", name)
				f.Targets = append(f.Targets, b.Len())
				fmt.Fprintf(&b, "h%d\" \"h%d\" ];\n", t1, t2)
			case 1:
				fmt.Fprintf(&b, "%s = { admins = [ \"p%d\" ]; targets = [ \"", name, p)
				f.Targets = append(f.Targets, b.Len())
				fmt.Fprintf(&b, "h%d\" ]; };\n", t1)
			case 2:
				fmt.Fprintf(&b, "%s.targets = [ \"*\" ];\n", name)
			default:
				fmt.Fprintf(&b, "%s = { file = \"secrets/%s/%s.json\"; };\n", name, group, name)
			}
		}
		b.WriteString("      };\n    };\n")
	}
	b.WriteString("  };\n}\n")
	f.Files[PolicyFile] = b.String()

	f.Files["modules/ci.nix"] = fmt.Sprintf(`# CI decrypts the first group's secrets with a key from keys.json.
{ lib, ... }:
let ci = (lib.importJSON ../keys.json).ci; in
{
  flake.secrets.%s.recipients.admins = [ { name = "ci"; age = ci; } ];
}
`, groups[0])
	f.Files["modules/defaults.nix"] = fmt.Sprintf(`# A secret every group of hosts can read, unless a group says otherwise.
{ lib, ... }:
{
  flake.secrets.%s.secret.shared = lib.mkDefault { targets = [ "*" ]; };
}
`, groups[len(groups)-1])
	return f, nil
}
