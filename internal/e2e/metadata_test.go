package e2e

import (
	"bufio"
	"bytes"
	"fmt"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// recipients maps a .sops.yaml rule field (age, pgp, kms, gcp_kms,
// azure_keyvault, hc_vault_transit_uri) to its keys, spelled as in a rule.
type recipients map[string][]string

// metadataRecipients reads who can decrypt an encrypted file from its sops
// metadata, in the file's store format (chosen by extension, as sops does),
// and spells each key as it would appear in a creation rule. It is the test
// oracle, deliberately independent of the sopsfile package.
func metadataRecipients(name string, data []byte) (recipients, error) {
	var entries map[string][]map[string]string
	switch filepath.Ext(name) {
	case ".env":
		entries = flatEntries(data, "sops_", "=", "")
	case ".ini":
		entries = flatEntries(data, "", "=", "[sops]")
	default: // YAML, JSON, and binary files (stored as JSON) all parse as YAML
		var doc struct {
			Sops map[string]yaml.Node `yaml:"sops"`
		}
		if err := yaml.Unmarshal(data, &doc); err != nil {
			return nil, err
		}
		if doc.Sops == nil {
			return nil, fmt.Errorf("%s: no sops metadata", name)
		}
		entries = map[string][]map[string]string{}
		for field, node := range doc.Sops {
			var list []map[string]string
			if node.Kind != yaml.SequenceNode || node.Decode(&list) != nil {
				continue // scalars such as mac, version, lastmodified
			}
			entries[field] = list
		}
	}
	r := recipients{}
	for field, list := range entries {
		for _, e := range list {
			switch field {
			case "age":
				r["age"] = append(r["age"], e["recipient"])
			case "pgp":
				r["pgp"] = append(r["pgp"], e["fp"])
			case "kms":
				arn := e["arn"]
				if e["role"] != "" {
					arn += "+" + e["role"]
				}
				r["kms"] = append(r["kms"], arn)
			case "gcp_kms":
				r["gcp_kms"] = append(r["gcp_kms"], e["resource_id"])
			case "azure_kv":
				r["azure_keyvault"] = append(r["azure_keyvault"], e["vault_url"]+"/keys/"+e["name"]+"/"+e["version"])
			case "hc_vault":
				r["hc_vault_transit_uri"] = append(r["hc_vault_transit_uri"], e["vault_address"]+"/v1/"+e["engine_path"]+"/keys/"+e["key_name"])
			}
		}
	}
	return r, nil
}

var flatKey = regexp.MustCompile(`^([a-z_]+?)__list_(\d+)__map_([a-z_]+)$`)

// flatEntries reads the metadata that dotenv and INI files flatten into
// `<prefix><field>__list_<i>__map_<key>=<value>` lines (INI: in section).
func flatEntries(data []byte, prefix, sep, section string) map[string][]map[string]string {
	out := map[string][]map[string]string{}
	inSection := section == ""
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "[") {
			inSection = line == section
			continue
		}
		k, v, ok := strings.Cut(line, sep)
		if !inSection || !ok {
			continue
		}
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		m := flatKey.FindStringSubmatch(strings.TrimPrefix(k, prefix))
		if m == nil || !strings.HasPrefix(k, prefix) {
			continue
		}
		i, _ := strconv.Atoi(m[2])
		for len(out[m[1]]) <= i {
			out[m[1]] = append(out[m[1]], map[string]string{})
		}
		out[m[1]][i][m[3]] = v
	}
	return out
}

// sameRecipients reports whether two recipient maps hold the same keys per
// field, ignoring order, and describes the difference otherwise.
func sameRecipients(want, got recipients) (bool, string) {
	fields := map[string]bool{}
	for f := range want {
		fields[f] = true
	}
	for f := range got {
		fields[f] = true
	}
	var diff []string
	for f := range fields {
		w, g := sorted(want[f]), sorted(got[f])
		if strings.Join(w, "\n") != strings.Join(g, "\n") {
			diff = append(diff, fmt.Sprintf("%s: want %q, got %q", f, w, g))
		}
	}
	sort.Strings(diff)
	return len(diff) == 0, strings.Join(diff, "; ")
}

func sorted(s []string) []string {
	s = append([]string(nil), s...)
	sort.Strings(s)
	return s
}
