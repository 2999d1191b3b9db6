package sopsfile

import (
	"gopkg.in/yaml.v3"
)

// expander resolves what yaml.v3 resolves when SOPS decodes .sops.yaml
// into its structs, so that the linter sees the same values: aliases
// (*name) become copies of what they name, and merge keys (<<: *name)
// become the keys they merge. Keys written in a mapping win over merged
// ones, and among merged mappings the first wins, as in yaml.v3.
type expander struct {
	budget int // nodes left to copy: aliases must not explode
}

// expand returns n with its aliases and merge keys resolved, or false
// when that would take more than the budget.
func (x *expander) expand(n *yaml.Node) (*yaml.Node, bool) {
	if x.budget--; x.budget < 0 {
		return nil, false
	}
	switch n.Kind {
	case yaml.AliasNode:
		if n.Alias == nil {
			return n, true
		}
		c, ok := x.expand(n.Alias)
		if !ok {
			return nil, false
		}
		copied := *c
		// The copy is where the alias is, and does not define the anchor
		// again.
		copied.Anchor, copied.Line, copied.Column = "", n.Line, n.Column
		return &copied, true
	case yaml.MappingNode:
		return x.mapping(n)
	case yaml.SequenceNode, yaml.DocumentNode:
		out := *n
		out.Content = make([]*yaml.Node, 0, len(n.Content))
		for _, c := range n.Content {
			e, ok := x.expand(c)
			if !ok {
				return nil, false
			}
			out.Content = append(out.Content, e)
		}
		return &out, true
	}
	return n, true
}

func (x *expander) mapping(n *yaml.Node) (*yaml.Node, bool) {
	out := *n
	out.Content = make([]*yaml.Node, 0, len(n.Content))
	seen := map[string]bool{}
	var merges []*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if isMergeKey(k) {
			merges = append(merges, v)
			continue
		}
		ev, ok := x.expand(v)
		if !ok {
			return nil, false
		}
		out.Content = append(out.Content, k, ev)
		seen[k.Value] = true
	}
	for _, m := range merges {
		em, ok := x.expand(m)
		if !ok {
			return nil, false
		}
		sources := []*yaml.Node{em}
		if em.Kind == yaml.SequenceNode {
			sources = em.Content
		}
		for _, src := range sources {
			if src.Kind != yaml.MappingNode {
				continue // yaml.v3 refuses it; SOPS' own decoding reports that
			}
			for i := 0; i+1 < len(src.Content); i += 2 {
				if k := src.Content[i]; !seen[k.Value] {
					seen[k.Value] = true
					out.Content = append(out.Content, k, src.Content[i+1])
				}
			}
		}
	}
	return &out, true
}

// isMergeKey tells YAML's merge key, <<, as yaml.v3 does.
func isMergeKey(k *yaml.Node) bool {
	return k.Kind == yaml.ScalarNode && k.Value == "<<" && k.ShortTag() == "!!merge"
}

// definesAnchor reports whether n or a node under it carries an anchor:
// a field SOPS does not know that holds the &name values the rules
// refer to (often "keys") is the usual way to write a .sops.yaml.
func definesAnchor(n *yaml.Node) bool {
	if n.Anchor != "" {
		return true
	}
	for _, c := range n.Content {
		if definesAnchor(c) {
			return true
		}
	}
	return false
}
