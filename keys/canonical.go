package keys

import (
	"strings"
)

// Canonical returns the form in which two spellings of one key compare
// equal: the form SOPS' ToString gives the key once it has read it, minus
// what is not part of the key. Age keys are trimmed, SSH keys lose their
// comment, PGP fingerprints lose spaces and are upper-cased (as gpg prints
// them), KMS, GCP and PGP keys lose the spaces SOPS deletes, Azure and
// Vault URLs are decomposed and recombined as SOPS stores them. Unknown
// infers the type first. A key SOPS cannot decompose is returned trimmed.
func Canonical(t Type, key string) string {
	if t == Unknown {
		t = Infer(key)
	}
	switch t {
	case Age:
		k := strings.TrimSpace(key)
		if !strings.HasPrefix(k, "ssh-") {
			return k
		}
		if f := strings.Fields(k); len(f) >= 2 {
			return f[0] + " " + f[1]
		}
		return k
	case PGP:
		return strings.ToUpper(strings.ReplaceAll(key, " ", ""))
	case KMS:
		return JoinKMS(splitKMS(strings.ReplaceAll(key, " ", "")))
	case GCPKMS:
		return strings.ReplaceAll(key, " ", "")
	case AzureKeyVault:
		if vault, name, version, ok := splitAzure(key); ok {
			return JoinAzure(vault, name, version)
		}
	case HCVaultTransit:
		if address, engine, name, problem := splitVaultURI(key); problem == "" {
			return JoinVault(address, engine, name)
		}
	}
	return strings.TrimSpace(key)
}

// Same reports whether the policy key p (as written in the policy or a
// .sops.yaml) designates the key f found in an encrypted file's metadata.
// Both are compared in canonical form, except that an Azure key written
// without a version matches every version of that key: SOPS resolves the
// latest version when it encrypts and records it in the file.
func Same(t Type, p, f string) bool {
	if t == Unknown {
		t = Infer(p)
	}
	if Canonical(t, p) == Canonical(t, f) {
		return true
	}
	if t != AzureKeyVault {
		return false
	}
	pv, pn, pver, ok1 := splitAzure(p)
	fv, fn, _, ok2 := splitAzure(f)
	return ok1 && ok2 && pver == "" && pv == fv && pn == fn
}

// JoinKMS recombines the arn and role that SOPS stores separately in a
// file's kms metadata into the "arn+role" a rule lists.
func JoinKMS(arn, role string) string {
	if role == "" {
		return arn
	}
	return arn + "+" + role
}

// JoinAzure recombines the vault_url, name and version of a file's azure_kv
// metadata into a key URL, as SOPS' ToString does; without a version it
// gives the versionless URL a rule may list.
func JoinAzure(vaultURL, name, version string) string {
	s := vaultURL + "/keys/" + name
	if version != "" {
		s += "/" + version
	}
	return s
}

// JoinVault recombines the vault_address, engine_path and key_name of a
// file's hc_vault metadata into the URI a rule lists, as SOPS' ToString does.
func JoinVault(address, enginePath, keyName string) string {
	return address + "/v1/" + enginePath + "/keys/" + keyName
}

// splitAzure decomposes a key URL the way SOPS' azkv key source does.
func splitAzure(key string) (vaultURL, name, version string, ok bool) {
	m := sopsAzureURL().FindStringSubmatch(strings.TrimSpace(key))
	if m == nil {
		return "", "", "", false
	}
	return m[1], m[2], strings.TrimPrefix(m[3], "/"), true
}

// Short returns a display form of key for hovers and lists, such as
// age1v9z2…7xq: enough to recognise a key, never enough to mistake it for
// the whole.
func Short(t Type, key string) string {
	if t == Unknown {
		t = Infer(key)
	}
	switch t {
	case Age:
		switch kind := AgeKindOf(key); kind {
		case SSHEd25519, SSHRSA:
			f := strings.Fields(key)
			if len(f) < 2 {
				return key
			}
			s := f[0] + " " + ellipsis(f[1], 0, 8)
			if len(f) > 2 {
				s += " " + strings.Join(f[2:], " ")
			}
			return s
		case X25519, PostQuantum, Plugin:
			hrp, _, _ := splitBech32(key)
			return ellipsis(key, len(hrp)+1+4, 3)
		}
	case PGP:
		return ellipsis(strings.ToUpper(key), 4, 8)
	case KMS:
		arn, role := splitKMS(key)
		f := strings.SplitN(arn, ":", 6)
		if len(f) < 6 {
			return ellipsis(key, 20, 8)
		}
		s := strings.Join(f[:4], ":") + ":…:" + ellipsis(f[5], 12, 0)
		if i := strings.LastIndex(role, "/"); i >= 0 {
			s += " +role" + role[i:]
		}
		return s
	case GCPKMS:
		f := strings.Split(key, "/")
		if len(f) == 8 {
			return "projects/" + f[1] + "/…/cryptoKeys/" + f[7]
		}
	case AzureKeyVault:
		if vault, name, version, ok := splitAzure(key); ok {
			return JoinAzure(strings.TrimPrefix(vault, "https://"), name, ellipsis(version, 8, 0))
		}
	case HCVaultTransit:
		if address, engine, name, problem := splitVaultURI(key); problem == "" {
			return JoinVault(address[strings.Index(address, "://")+3:], engine, name)
		}
	}
	return ellipsis(key, 24, 8)
}

// ellipsis keeps the first head and last tail bytes of s around a "…", or
// s itself when that would not make it shorter.
// It counts runes, so that a malformed key never yields invalid UTF-8.
func ellipsis(s string, head, tail int) string {
	r := []rune(s)
	if len(r) <= head+tail+3 {
		return s
	}
	return string(r[:head]) + "…" + string(r[len(r)-tail:])
}

// Describe names what kind of key key is, for a hover: "age X25519
// recipient", "age plugin recipient (age-plugin-yubikey)", "PGP fingerprint
// (v4)", "AWS KMS key in eu-west-1, account 123456789012", …
func Describe(t Type, key string) string {
	if t == Unknown {
		t = Infer(key)
	}
	switch t {
	case Age:
		kind := AgeKindOf(key)
		if kind == Plugin {
			hrp, _, _ := splitBech32(key)
			return kind.String() + " (age-plugin-" + strings.TrimPrefix(hrp, "age1") + ")"
		}
		return kind.String()
	case PGP:
		switch len(key) {
		case 40:
			return "PGP fingerprint (v4)"
		case 64:
			return "PGP fingerprint (v5)"
		}
		return "PGP fingerprint"
	case KMS:
		arn, role := splitKMS(key)
		f := strings.SplitN(arn, ":", 6)
		s := "AWS KMS key"
		if len(f) == 6 {
			if strings.HasPrefix(f[5], "alias/") {
				s = "AWS KMS alias"
			}
			s += " in " + f[3] + ", account " + f[4]
		}
		if role != "" {
			s += ", assuming " + role
		}
		return s
	case GCPKMS:
		f := strings.Split(key, "/")
		if len(f) == 8 {
			return "GCP KMS key " + f[7] + " (key ring " + f[5] + ", project " + f[1] + ", " + f[3] + ")"
		}
		return "GCP KMS key"
	case AzureKeyVault:
		if vault, name, version, ok := splitAzure(key); ok {
			s := "Azure Key Vault key " + name + " in " + strings.TrimPrefix(vault, "https://")
			if version == "" {
				return s + " (latest version)"
			}
			return s + " (version " + version + ")"
		}
		return "Azure Key Vault key"
	case HCVaultTransit:
		if address, engine, name, problem := splitVaultURI(key); problem == "" {
			return "HashiCorp Vault transit key " + name + " (engine " + engine + " at " + address + ")"
		}
		return "HashiCorp Vault transit key"
	case HuaweiKMS:
		return "Huawei Cloud KMS key"
	}
	return "key of unknown type"
}
