package analysis

import (
	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
)

// A policy may read itself through the module argument `config`
// (`recipients.admins = config.flake.secrets.prod.recipients.admins;`).
// The analysis evaluates such modules again with `config` bound to the
// policy computed without them, until the policy no longer changes (Nix
// does the same lazily). configView turns a Policy back into the values
// `config` holds, each keeping the place it was written.

// configView returns the value of `config`: flake.secrets as computed,
// the other flake outputs and module arguments modules define, everything
// else unknown. Reading flake.secrets while deciding() reports that the
// groups are being listed is infinite recursion.
func configView(p *Policy, extras, args, options map[string]*eval.Thunk, deciding func() bool) eval.Value {
	flake := map[string]*eval.Thunk{}
	for n, t := range extras {
		flake[n] = t
	}
	flake["secrets"] = eval.Lazy(func() eval.Value {
		if deciding() {
			return selfReference()
		}
		return secretsView(p)
	})
	flake["sopsYaml"] = eval.Ready(selfReference())
	module := eval.NewAttrs(map[string]eval.Value{"args": eval.NewAttrsOf(args, true, eval.Origin{})}, true, eval.Origin{})
	top := map[string]*eval.Thunk{}
	for n, t := range options {
		top[n] = t
	}
	top["flake"] = eval.Ready(eval.NewAttrsOf(flake, true, eval.Origin{}))
	top["_module"] = eval.Ready(module)
	return eval.NewAttrsOf(top, true, eval.Origin{})
}

// secretsView is flake.secrets as computed.
func secretsView(p *Policy) eval.Value {
	groups := map[string]eval.Value{}
	for _, g := range p.Groups {
		groups[g.Name] = groupView(g)
	}
	return eval.NewAttrs(groups, p.Open, eval.Origin{})
}

// selfReference is what reading a computed value (_recipients,
// _creationRule, flake.sopsYaml) inside the policy gives: every computed
// value validates the whole policy first, so Nix meets the definition
// being evaluated again.
func selfReference() eval.Value {
	return &eval.Unknown{Reason: "error", Err: &eval.Error{Msg: "infinite recursion encountered"}}
}

func strView(s Str) eval.Value {
	if !s.Known {
		return &eval.Unknown{Reason: "config: unknown string"}
	}
	return &eval.String{S: s.S, O: originOf(s.val)}
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
				ks = append(ks, &eval.String{S: k.Value, O: originOf(k.val)})
			}
		}
		fields[f] = eval.NewList(ks, eval.Origin{})
		if r.KeysOpen {
			fields[f] = &eval.Unknown{Reason: "config: unknown keys"}
		}
	}
	fields["name"] = &eval.Unknown{Reason: "config: unknown name"}
	if r.NameKnown {
		fields["name"] = &eval.String{S: r.Name, O: originOf(r.nameVal)}
	}
	return eval.NewAttrs(fields, false, originOf(r.val))
}

func secretView(s *Secret) eval.Value {
	fields := map[string]eval.Value{
		"admins":  selectionView(s.Admins),
		"targets": selectionView(s.Targets),
		"file":    strView(s.File),
	}
	fields["_recipients"] = selfReference()
	fields["_creationRule"] = selfReference()
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
