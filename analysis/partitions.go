package analysis

import (
	"strings"

	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
)

// flake-parts' partitions (its extras/partitions.nix, imported as
// flake-parts.flakeModules.partitions): partitionedAttrs.secrets = "P"
// makes the flake's secrets mkForce config.partitions.P.module.flake.secrets,
// where the option partitions.P.module is the flake's top-level modules
// extended (extendModules) with P's module definitions, in which
// partitionedAttrs no longer apply (partitionStack). The analysis then
// computes the policy from that evaluation: the flake's modules with P's
// collected beside them.

// partitionsMarker marks the value standing for flake-parts'
// flakeModules.partitions.
const partitionsMarker = "__flake-parts-partitions-module"

// partitionsModule is flake-parts' partitions module: it declares
// partitions and partitionedAttrs.
var partitionsModule = &module{
	key:      "<flake-parts>/extras/partitions.nix",
	file:     "<flake-parts>/extras/partitions.nix",
	declares: map[string]*declTree{"partitions": openDecl, "partitionedAttrs": openDecl},
}

// partitionModules reads the definition t of the option partitions into
// mod.partitions: the modules each partition's module option imports.
// A definition it does not follow (not a plain set, extraInputs) makes
// the partition unknown.
func (x *extractor) partitionModules(mod *module, t *eval.Thunk) {
	if mod.partitions == nil {
		mod.partitions = map[string]*partition{}
	}
	ps, ok := x.m.Force(t).(*eval.Attrs)
	if !ok || ps.Open || ps.Lookup("_type") != nil {
		mod.partitions[""] = &partition{unseen: true} // any partition
		return
	}
	for i, name := range ps.Names {
		p := mod.partitions[name]
		if p == nil {
			p = &partition{}
			mod.partitions[name] = p
		}
		def, ok := x.m.Force(ps.Vals[i]).(*eval.Attrs)
		if !ok || def.Open || def.Lookup("_type") != nil || len(def.Names) != 1 || def.Names[0] != "module" {
			p.unseen = true
			continue
		}
		refs := x.importRef(def.Vals[0], mod, len(p.imports)+1)
		p.unseen = p.unseen || len(refs) == 0
		p.imports = append(p.imports, refs...)
	}
}

// partition is what one module defines of a partition.
type partition struct {
	imports []importRef
	// unseen: a definition the analysis does not follow.
	unseen bool
}

// partitioned returns the partition whose flake output attr the flake
// takes (partitionedAttrs.${attr}), "" for none, and whether that is
// known, from the modules in order.
func partitioned(order []*module, attr string) (name string, known bool) {
	for _, m := range order {
		for _, d := range m.config {
			p := d.val.Lookup("partitionedAttrs")
			if p == nil {
				continue
			}
			if p.Kind != eval.KAttrs || p.Open || p.propType() != "" {
				return "", false
			}
			if v := p.Lookup(attr); v != nil {
				if v.Kind != eval.KString || name != "" {
					return "", false // a definition the analysis does not merge
				}
				name = v.Str
			}
		}
	}
	return name, true
}

// partitionOrder returns the modules of the evaluation of partition p:
// those of order (the flake's, collected from root) with p's modules
// collected beside root, or nil when some definition of p is not known,
// may be in a module the analysis does not see, or there is none (Nix's
// error of its own).
func (r *run) partitionOrder(root *module, order []*module, p string) []*module {
	if unseen(order) {
		return nil
	}
	top := &module{key: "partition " + p, file: root.file, imports: []importRef{{inline: root}}}
	defined := false
	for _, m := range order {
		if m.partitions[""] != nil {
			return nil
		}
		if part := m.partitions[p]; part != nil {
			if part.unseen {
				return nil
			}
			defined = true
			top.imports = append(top.imports, part.imports...)
		}
	}
	if !defined {
		return nil
	}
	return collect(top, r.module, r.prefetch)
}

// partitionedPolicy returns the modules the policy is computed from when
// the flake takes secrets from a partition (else order as it is), the
// prefix of the options there (partitions.P.module.) and the error of a
// flake whose sopsYaml is then missing: neither partitioned nor defined by
// the flake's own modules.
func (r *run) partitionedPolicy(root *module, order []*module) ([]*module, string, []Diagnostic) {
	p, known := partitioned(order, "secrets")
	if known && p == "" {
		return order, "", nil
	}
	var at eval.Origin
	for _, m := range order {
		for _, d := range m.config {
			if v := d.val.Lookup("partitionedAttrs").Lookup("secrets"); v != nil {
				at = v.O
			}
		}
	}
	var full []*module
	if known && !hasPolicyModule(order) {
		// With the secrets-lsp module in the flake's own modules too,
		// the partition's computed values are set twice there (Nix's
		// read-only error, not modelled).
		full = r.partitionOrder(root, order, p)
	}
	prefix := showOption([]string{"partitions", p, "module"}) + "."
	switch yaml, yamlKnown := partitioned(order, "sopsYaml"); {
	case full == nil || !yamlKnown || yaml != "" && yaml != p:
		// flake.secrets (or sopsYaml) is a partition's the analysis does
		// not evaluate.
		unknown := &module{key: "partition", file: root.file,
			config: []def{{val: attrsData("flake", attrsData("secrets", unknownData(at, "flake.secrets of a flake-parts partition"))), file: root.file}}}
		return append(order, unknown), "", nil
	case yaml == "":
		// The flake's own outputs (no partition) have no sopsYaml.
		return full, prefix, []Diagnostic{{Span: spanOf(at), Severity: SeverityError, Code: CodeEval, Message: "attribute 'sopsYaml' missing"}}
	}
	return full, prefix, nil
}

// inPartition words the module system's messages about the policy's
// options in a partition's evaluation as Nix does, under prefix (its loc).
func inPartition(diags []Diagnostic, prefix string) {
	for i := range diags {
		for _, opt := range []string{"`flake.secrets", "`flake.sopsYaml"} {
			diags[i].Message = strings.ReplaceAll(diags[i].Message, opt, "`"+prefix+opt[1:])
		}
	}
}

// hasPolicyModule reports whether the secrets-lsp module is among the
// modules in order.
func hasPolicyModule(order []*module) bool {
	for _, m := range order {
		if m.policy {
			return true
		}
	}
	return false
}
