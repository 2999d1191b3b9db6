package keys

// Type is the kind of a recipient key, as the module names it.
type Type int

const (
	Unknown Type = iota
	Age
	PGP
	KMS
	GCPKMS
	AzureKeyVault
	HCVaultTransit
	// HuaweiKMS is a key type SOPS knows (hckms) but the module cannot
	// express; it only appears in files and hand-written .sops.yaml, where a
	// policy can never allow it.
	HuaweiKMS
)

// typeInfo is one row of the name table: the module's option name, the
// field of a .sops.yaml creation rule (and of a key group, which differs
// for Vault), and the field of an encrypted file's sops metadata.
type typeInfo struct {
	name, ruleField, groupField, metadataField string
}

var typeTable = [...]typeInfo{
	Unknown:        {"unknown", "", "", ""},
	Age:            {"age", "age", "age", "age"},
	PGP:            {"pgp", "pgp", "pgp", "pgp"},
	KMS:            {"kms", "kms", "kms", "kms"},
	GCPKMS:         {"gcpKms", "gcp_kms", "gcp_kms", "gcp_kms"},
	AzureKeyVault:  {"azureKeyvault", "azure_keyvault", "azure_keyvault", "azure_kv"},
	HCVaultTransit: {"hcVaultTransit", "hc_vault_transit_uri", "hc_vault", "hc_vault"},
	HuaweiKMS:      {"hckms", "hckms", "hckms", "hckms"},
}

func (t Type) info() typeInfo {
	if t < 0 || int(t) >= len(typeTable) {
		return typeTable[Unknown]
	}
	return typeTable[t]
}

// String returns the module's name for t: age, pgp, kms, gcpKms,
// azureKeyvault, hcVaultTransit (and hckms, unknown).
func (t Type) String() string { return t.info().name }

// RuleField returns the name of t's field in a .sops.yaml creation rule
// (age, pgp, kms, gcp_kms, azure_keyvault, hc_vault_transit_uri).
func (t Type) RuleField() string { return t.info().ruleField }

// GroupField returns the name of t's field inside a creation rule's
// key_groups item, which differs from RuleField only for Vault (hc_vault).
func (t Type) GroupField() string { return t.info().groupField }

// MetadataField returns the name of t's list in an encrypted file's sops
// metadata (age, pgp, kms, gcp_kms, azure_kv, hc_vault).
func (t Type) MetadataField() string { return t.info().metadataField }

// InPolicy reports whether the module has a typed field for t.
func (t Type) InPolicy() bool { return t >= Age && t <= HCVaultTransit }

// PolicyTypes returns the module's key types in its canonical order, the
// order of a recipient's keys and of a creation rule's fields.
func PolicyTypes() []Type {
	return []Type{Age, PGP, KMS, GCPKMS, AzureKeyVault, HCVaultTransit}
}

// ParseType returns the type the module calls name ("gcpKms", …).
func ParseType(name string) (Type, bool) {
	for t, info := range typeTable {
		if Type(t) != Unknown && info.name == name {
			return Type(t), true
		}
	}
	return Unknown, false
}
