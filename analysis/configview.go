package analysis

import (
	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
	"github.com/secrets-lsp/secrets-lsp/keys"
)

// A policy may read itself through the module argument `config`
// (`recipients.admins = config.flake.secrets.prod.recipients.admins;`).
// The analysis evaluates such modules again with `config` bound to the
// policy computed without them, until the policy no longer changes (Nix
// does the same lazily). configView turns a Policy back into the values
// `config` holds, each keeping the place it was written.

// configView returns the value of `config`: flake.secrets as computed,
// everything else unknown.
func configView(p *Policy) eval.Value {
	groups := map[string]eval.Value{}
	for _, g := range p.Groups {
		groups[g.Name] = groupView(g)
	}
	secrets := eval.NewAttrs(groups, p.Open, eval.Origin{})
	flake := eval.NewAttrs(map[string]eval.Value{"secrets": secrets}, true, eval.Origin{})
	return eval.NewAttrs(map[string]eval.Value{"flake": flake}, true, eval.Origin{})
}

func strView(s Str) eval.Value {
	if !s.Known {
		return &eval.Unknown{Reason: "config: unknown string"}
	}
	return &eval.String{S: s.S, O: s.o}
}

func groupView(g *Group) eval.Value {
	secrets := map[string]eval.Value{}
	for _, s := range g.Secrets {
		secrets[s.Name] = secretView(s)
	}
	return eval.NewAttrs(map[string]eval.Value{
		"directory": strView(g.Directory),
		"recipients": eval.NewAttrs(map[string]eval.Value{
			"admins":  recipientsView(g.Admins),
			"targets": recipientsView(g.Targets),
		}, false, eval.Origin{}),
		"secret": eval.NewAttrs(secrets, g.SecretsOpen, eval.Origin{}),
	}, false, eval.Origin{})
}

func recipientsView(l *RecipientList) eval.Value {
	if l.Open {
		return &eval.Unknown{Reason: "config: unknown recipients"}
	}
	items := make([]eval.Value, len(l.Items))
	for i, r := range l.Items {
		items[i] = recipientView(r)
	}
	return eval.NewList(items, eval.Origin{})
}

func recipientView(r *Recipient) eval.Value {
	fields := map[string]eval.Value{}
	for _, f := range append(append([]string(nil), keyOrder...), "key") {
		var ks []eval.Value
		for _, k := range r.Keys {
			if k.Field == f {
				ks = append(ks, &eval.String{S: k.Value, O: k.o})
			}
		}
		fields[f] = eval.NewList(ks, eval.Origin{})
		if r.KeysOpen {
			fields[f] = &eval.Unknown{Reason: "config: unknown keys"}
		}
	}
	fields["name"] = &eval.Unknown{Reason: "config: unknown name"}
	if r.NameKnown {
		fields["name"] = &eval.String{S: r.Name, O: r.nameO}
	}
	return eval.NewAttrs(fields, false, r.o)
}

func secretView(s *Secret) eval.Value {
	fields := map[string]eval.Value{
		"admins":  selectionView(s.Admins),
		"targets": selectionView(s.Targets),
		"file":    strView(s.File),
	}
	fields["_recipients"] = &eval.Unknown{Reason: "config: unknown _recipients"}
	if s.RecipientsKnown {
		rs := make([]eval.Value, len(s.Recipients))
		for i, sel := range s.Recipients {
			ks := make([]eval.Value, len(sel.Recipient.Keys))
			for j, k := range sel.Recipient.Keys {
				var t eval.Value = &eval.Unknown{Reason: "config: unknown key type"}
				if k.Type != keys.Unknown {
					t = &eval.String{S: k.Type.String()}
				}
				ks[j] = eval.NewAttrs(map[string]eval.Value{"key": &eval.String{S: k.Value, O: k.o}, "type": t}, false, eval.Origin{})
			}
			rs[i] = eval.NewAttrs(map[string]eval.Value{
				"keys": eval.NewList(ks, eval.Origin{}),
				"name": &eval.String{S: sel.Recipient.Name, O: sel.Recipient.nameO},
				"role": &eval.String{S: sel.Role.String()},
			}, false, eval.Origin{})
		}
		fields["_recipients"] = eval.NewList(rs, eval.Origin{})
	}
	fields["_creationRule"] = &eval.Unknown{Reason: "config: unknown _creationRule"}
	if s.RuleKnown {
		fields["_creationRule"] = &eval.String{S: s.Rule}
	}
	return eval.NewAttrs(fields, false, eval.Origin{})
}

func selectionView(s *Selection) eval.Value {
	if s.Open {
		return &eval.Unknown{Reason: "config: unknown selection"}
	}
	items := make([]eval.Value, len(s.Names))
	for i, n := range s.Names {
		items[i] = &eval.String{S: n.Name, O: n.origin()}
		if !n.Known {
			items[i] = &eval.Unknown{Reason: "config: unknown name"}
		}
	}
	return eval.NewList(items, eval.Origin{})
}
