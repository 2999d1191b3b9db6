package analysis

import (
	"sort"
	"strconv"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/analysis/eval"

	"github.com/secrets-lsp/secrets-lsp/keys"
)

// SecretsJSON renders flake.secrets as `nix eval --json .#secrets` gives
// it, pretty-printed like the golden vectors (two-space indentation, keys
// in byte order, a final newline). A value the analysis does not know
// prints as {"_unknown": "<what>"}, which Nix never prints.
func (r *Result) SecretsJSON() string {
	var b strings.Builder
	policyJSON(r.Policy).write(&b, "")
	b.WriteByte('\n')
	return b.String()
}

// jv is a JSON value: a string, a list, an object (keys sorted on output)
// or raw text.
type jv struct {
	str    *string
	list   []*jv
	isList bool
	obj    map[string]*jv
	raw    string
}

func jstr(s string) *jv { return &jv{str: &s} }

func jlist(items []*jv) *jv { return &jv{list: items, isList: true} }

func jobj(kv map[string]*jv) *jv { return &jv{obj: kv} }

func junknown(what string) *jv { return jobj(map[string]*jv{"_unknown": jstr(what)}) }

func (v *jv) write(b *strings.Builder, indent string) {
	inner := indent + "  "
	switch {
	case v.str != nil:
		b.WriteString(keys.Quote(*v.str))
	case v.isList:
		if len(v.list) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteString("[\n")
		for i, e := range v.list {
			if i > 0 {
				b.WriteString(",\n")
			}
			b.WriteString(inner)
			e.write(b, inner)
		}
		b.WriteString("\n" + indent + "]")
	case v.obj != nil:
		if len(v.obj) == 0 {
			b.WriteString("{}")
			return
		}
		names := make([]string, 0, len(v.obj))
		for n := range v.obj {
			names = append(names, n)
		}
		sort.Strings(names)
		b.WriteString("{\n")
		for i, n := range names {
			if i > 0 {
				b.WriteString(",\n")
			}
			b.WriteString(inner + keys.Quote(n) + ": ")
			v.obj[n].write(b, inner)
		}
		b.WriteString("\n" + indent + "}")
	default:
		b.WriteString(v.raw)
	}
}

func policyJSON(p *Policy) *jv {
	if p.SyntaxError {
		return junknown("the policy: a Nix file has a syntax error")
	}
	groups := map[string]*jv{}
	for _, g := range p.Groups {
		groups[g.Name] = groupJSON(g)
	}
	if p.Open {
		groups["_unknown"] = jstr("groups defined where the analysis cannot see")
	}
	return jobj(groups)
}

func strJSON(s Str) *jv {
	if !s.Known {
		return junknown("string")
	}
	return jstr(s.S)
}

func groupJSON(g *Group) *jv {
	secrets := map[string]*jv{}
	for _, s := range g.Secrets {
		secrets[s.Name] = secretJSON(s)
	}
	if g.SecretsOpen {
		secrets["_unknown"] = jstr("secrets defined where the analysis cannot see")
	}
	o := map[string]*jv{
		"directory": strJSON(g.Directory),
		"recipients": jobj(map[string]*jv{
			"admins":  recipientsJSON(g.Admins),
			"targets": recipientsJSON(g.Targets),
		}),
		"secret": jobj(secrets),
	}
	extraJSON(o, g.Extra)
	return jobj(o)
}

// extraJSON adds the values of options the flake's own modules declare.
func extraJSON(o map[string]*jv, extra map[string]*Data) {
	for n, d := range extra {
		o[n] = dataJSON(d, 0)
	}
}

// dataJSON renders a value as nix eval --json does.
func dataJSON(d *Data, depth int) *jv {
	if d == nil {
		return &jv{raw: "null"}
	}
	switch d.Kind {
	case eval.KNull:
		return &jv{raw: "null"}
	case eval.KBool:
		return &jv{raw: strconv.FormatBool(d.Bool)}
	case eval.KInt:
		return &jv{raw: strconv.FormatInt(d.Int, 10)}
	case eval.KFloat:
		return &jv{raw: strconv.FormatFloat(d.Float(), 'g', -1, 64)}
	case eval.KString:
		return jstr(d.Str)
	case eval.KList:
		items := make([]*jv, len(d.Elems()))
		for i, e := range d.Elems() {
			items[i] = dataJSON(e, depth+1)
		}
		return jlist(items)
	case eval.KAttrs:
		if d.Open || depth > 32 {
			break
		}
		o := map[string]*jv{}
		for i, n := range d.Names() {
			o[n] = dataJSON(d.more.elems[i], depth+1)
		}
		return jobj(o)
	}
	return junknown(d.Kind.String())
}

func recipientsJSON(l *RecipientList) *jv {
	if l.Open {
		return junknown("list of recipients")
	}
	items := make([]*jv, len(l.Items))
	for i, r := range l.Items {
		fields := map[string]*jv{}
		for _, f := range append(append([]string(nil), keyOrder...), "key") {
			var vals []*jv
			for _, k := range r.Keys {
				if k.Field == f {
					vals = append(vals, jstr(k.Value))
				}
			}
			fields[f] = jlist(vals)
			if r.KeysOpen {
				fields[f] = junknown("keys")
			}
		}
		fields["name"] = junknown("name")
		if r.NameKnown {
			fields["name"] = jstr(r.Name)
		}
		extraJSON(fields, r.Extra)
		items[i] = jobj(fields)
	}
	return jlist(items)
}

func secretJSON(s *Secret) *jv {
	o := map[string]*jv{
		"admins":  selectionJSON(s.Admins),
		"targets": selectionJSON(s.Targets),
		"file":    strJSON(s.File),
	}
	if s.RecipientsKnown {
		rs := make([]*jv, len(s.Recipients))
		for i, sel := range s.Recipients {
			ks := make([]*jv, 0, len(sel.Recipient.Keys))
			for _, k := range sel.Recipient.Keys {
				t := junknown("type")
				if k.Type != keys.Unknown {
					t = jstr(k.Type.String())
				}
				ks = append(ks, jobj(map[string]*jv{"key": jstr(k.Value), "type": t}))
			}
			keysJSON := jlist(ks)
			if sel.Recipient.KeysOpen {
				keysJSON = junknown("keys")
			}
			rs[i] = jobj(map[string]*jv{"keys": keysJSON, "name": jstr(sel.Recipient.Name), "role": jstr(sel.Role.String())})
		}
		o["_recipients"] = jlist(rs)
	} else {
		o["_recipients"] = junknown("_recipients")
	}
	if s.RuleKnown {
		o["_creationRule"] = jstr(s.Rule())
	} else {
		o["_creationRule"] = junknown("_creationRule")
	}
	extraJSON(o, s.Extra)
	return jobj(o)
}

func selectionJSON(s *Selection) *jv {
	if s.Open {
		return junknown("list of names")
	}
	items := make([]*jv, len(s.Names))
	for i, n := range s.Names {
		items[i] = jstr(n.Name)
		if !n.Known {
			items[i] = junknown("name")
		}
	}
	return jlist(items)
}
