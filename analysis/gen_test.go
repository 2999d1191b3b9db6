package analysis

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// A generator of realistic policies, written the ways teams write them,
// for the differential test against Nix and for fuzzing: several modules
// (imported, nested), keys in keys.nix or keys.json, recipient lists built
// with map and lib.mapAttrsToList, let-bound lists, mkDefault, mkForce,
// mkBefore, mkAfter, mkMerge, mkIf, selections with "*", directories and
// files. With a mutation it breaks the policy in one of the ways people do.

// keyPool holds valid keys, read from the golden vectors.
type keyPool struct {
	age, ssh, kms, pgp, gcp []string
}

func loadKeyPool(t testing.TB) keyPool {
	t.Helper()
	var p keyPool
	files, _ := filepath.Glob(filepath.Join(goldenDir, "*", "secrets.json"))
	seen := map[string]bool{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var groups map[string]struct {
			Recipients map[string][]map[string]any `json:"recipients"`
		}
		if err := json.Unmarshal(data, &groups); err != nil {
			t.Fatal(err)
		}
		for _, g := range groups {
			for _, rs := range g.Recipients {
				for _, r := range rs {
					for field, v := range r {
						list, _ := v.([]any)
						for _, k := range list {
							s, _ := k.(string)
							if s == "" || seen[field+s] {
								continue
							}
							seen[field+s] = true
							switch {
							case field == "age" && strings.HasPrefix(s, "age1") && len(s) == 62:
								p.age = append(p.age, s)
							case field == "age" && strings.HasPrefix(s, "ssh-ed25519 "):
								p.ssh = append(p.ssh, s)
							case field == "kms":
								p.kms = append(p.kms, s)
							case field == "pgp":
								p.pgp = append(p.pgp, s)
							case field == "gcpKms":
								p.gcp = append(p.gcp, s)
							}
						}
					}
				}
			}
		}
	}
	for _, l := range [][]string{p.age, p.ssh, p.kms, p.pgp, p.gcp} {
		sort.Strings(l)
	}
	if len(p.age) < 10 || len(p.ssh) == 0 || len(p.kms) == 0 || len(p.pgp) == 0 {
		t.Fatalf("too few keys in the golden vectors: %d age", len(p.age))
	}
	return p
}

// Mutations: the mistakes the generator can make.
const (
	mutNone = iota
	mutTypoTarget
	mutTypoAdmin
	mutDuplicate
	mutNoKey
	mutBadChecksum
	mutUnknownOption
	mutBadFile
	mutNoRecipient
	mutBadGroupName
	mutMissingName
	mutDuplicateFile
	mutBadDirectory
	mutReadOnly
	mutGroupOptionTypo
	mutTargetsString
	mutCount
)

var people = []string{"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"}
var hosts = []string{"web1", "web2", "db1", "cache", "bastion", "monitor", "worker1", "worker2"}
var groupNames = []string{"prod", "staging", "dev", "ops-eu", "ci"}
var secretNames = []string{"apiKey", "dbPassword", "sessionKey", "tlsCert", "smtp", "backupPassphrase", "oauthSecret", "grafana.admin"}

type genRecipient struct {
	name  string
	field string // age, key, kms, pgp, gcpKms
	keys  []string
	style int // how the key is written
}

type genSecret struct {
	name          string
	admins        []string // nil: default
	targets       []string
	file          string
	forceAdmins   bool
	defaultAdmins bool
}

type genGroup struct {
	name      string
	directory string
	admins    []genRecipient
	targets   []genRecipient
	secrets   []genSecret
	// sharedAdmins: the admins are config.flake.secrets.<sharedAdmins>.recipients.admins.
	sharedAdmins string
	extraOption  string // a line added to the group (mutations)
}

// policyGen writes one random policy as files.
type policyGen struct {
	rng      *rand.Rand
	pool     keyPool
	files    map[string]string
	keysNix  map[string]string // name → key, written to keys.nix
	keysJSON map[string]string // host → key, written to keys.json
	modules  []*genModule
	mutation int
	note     string
}

type genModule struct {
	path    string // "" for the flake's own module
	lib     bool   // uses lib (a function module)
	config  bool   // uses config
	body    []string
	lets    []string
	imports []string
}

func (g *policyGen) pick(list []string) string { return list[g.rng.Intn(len(list))] }

func (g *policyGen) chance(p float64) bool { return g.rng.Float64() < p }

func (g *policyGen) subset(list []string, min int) []string {
	var out []string
	for _, x := range list {
		if g.chance(0.5) {
			out = append(out, x)
		}
	}
	for len(out) < min && len(list) > 0 {
		out = append(out, list[g.rng.Intn(len(list))])
		out = uniqueStrings(out)
	}
	return out
}

func uniqueStrings(l []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range l {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func q(s string) string { return fmt.Sprintf("%q", s) }

func qlist(l []string) string {
	if len(l) == 0 {
		return "[ ]"
	}
	parts := make([]string, len(l))
	for i, s := range l {
		parts[i] = q(s)
	}
	return "[ " + strings.Join(parts, " ") + " ]"
}

func (g *policyGen) recipient(name string, forHost bool) genRecipient {
	r := genRecipient{name: name, field: "age"}
	switch x := g.rng.Intn(10); {
	case x < 5:
		r.keys = []string{g.pick(g.pool.age)}
	case x == 5:
		r.keys = []string{g.pick(g.pool.ssh)}
	case x == 6:
		r.field, r.keys = "key", []string{g.pick(append(append([]string(nil), g.pool.age...), g.pool.kms...))}
	case x == 7 && !forHost:
		r.field, r.keys = "kms", []string{g.pick(g.pool.kms)}
	case x == 8 && !forHost:
		r.field, r.keys = "pgp", []string{g.pick(g.pool.pgp)}
	default:
		r.keys = []string{g.pick(g.pool.age), g.pick(g.pool.age)}
		r.keys = uniqueStrings(r.keys)
	}
	r.style = g.rng.Intn(3)
	return r
}

func (g *policyGen) group(name string, share *genGroup) genGroup {
	gr := genGroup{name: name}
	if g.chance(0.2) {
		gr.directory = "deploy/" + name + "/secrets"
	}
	if share != nil {
		gr.admins, gr.sharedAdmins = share.admins, share.name
	} else {
		for _, p := range g.subset(people, 1) {
			gr.admins = append(gr.admins, g.recipient(p, false))
		}
	}
	for _, h := range g.subset(hosts, 0) {
		gr.targets = append(gr.targets, g.recipient(h, true))
	}
	var adminNames, targetNames []string
	for _, r := range gr.admins {
		adminNames = append(adminNames, r.name)
	}
	for _, r := range gr.targets {
		targetNames = append(targetNames, r.name)
	}
	for _, s := range g.subset(secretNames, 1) {
		sec := genSecret{name: s}
		if g.chance(0.4) {
			sec.admins = g.subset(adminNames, 1)
			sec.forceAdmins = g.chance(0.2)
		}
		switch x := g.rng.Intn(4); {
		case x == 0 && len(targetNames) > 0:
			sec.targets = []string{"*"}
		case x == 1:
			sec.targets = g.subset(targetNames, 0)
		}
		if g.chance(0.1) {
			sec.file = "secrets/files/" + name + "-" + strings.ReplaceAll(s, ".", "-") + ".json"
		}
		gr.secrets = append(gr.secrets, sec)
	}
	return gr
}

// keyExpr writes a recipient's key field.
func (g *policyGen) keyExpr(r genRecipient, host bool) string {
	if len(r.keys) == 1 && r.field == "age" && r.style == 1 {
		if host {
			g.keysJSON[r.name] = r.keys[0]
			return "keysJSON.hosts." + r.name
		}
		g.keysNix[r.name] = r.keys[0]
		return "keys." + r.name
	}
	if len(r.keys) == 1 {
		return q(r.keys[0])
	}
	return qlist(r.keys)
}

// recipientsExpr writes a list of recipients in one of several styles.
func (g *policyGen) recipientsExpr(m *genModule, rs []genRecipient, host bool) string {
	if len(rs) == 0 {
		return "[ ]"
	}
	if g.chance(0.3) && allStyle(rs) && m.lib {
		// lib.mapAttrsToList over a set of name = key: keeps name order.
		sorted := append([]genRecipient(nil), rs...)
		sort.Slice(sorted, func(i, j int) bool { return sorted[i].name < sorted[j].name })
		var kv []string
		for _, r := range sorted {
			kv = append(kv, r.name+" = "+q(r.keys[0])+";")
		}
		copy(rs, sorted)
		return "lib.mapAttrsToList (name: " + rs[0].field + ": { inherit name " + rs[0].field + "; }) { " + strings.Join(kv, " ") + " }"
	}
	var items []string
	for _, r := range rs {
		if r.name == "" {
			items = append(items, "{ "+r.field+" = "+g.keyExpr(r, host)+"; }")
			continue
		}
		items = append(items, "{ name = "+q(r.name)+"; "+r.field+" = "+g.keyExpr(r, host)+"; }")
	}
	return "[\n      " + strings.Join(items, "\n      ") + "\n    ]"
}

func allStyle(rs []genRecipient) bool {
	for _, r := range rs {
		if r.field != rs[0].field || len(r.keys) != 1 || r.name == "" {
			return false
		}
	}
	return true
}

// generate returns the files of one flake.
func (g *policyGen) generate(mutation int) map[string]string {
	g.files = map[string]string{}
	g.keysNix = map[string]string{}
	g.keysJSON = map[string]string{}
	g.mutation = mutation
	var groups []genGroup
	for _, n := range g.subset(groupNames[:3], 1) {
		var share *genGroup
		if len(groups) > 0 && g.chance(0.2) {
			share = &groups[0]
		}
		groups = append(groups, g.group(n, share))
	}
	if g.chance(0.2) {
		groups = append(groups, g.group(g.pick(groupNames[3:]), nil))
	}
	g.mutate(groups)

	root := &genModule{lib: g.chance(0.6)}
	for _, gr := range groups {
		if gr.sharedAdmins != "" {
			root.lib, root.config = true, true
		}
	}
	if root.lib && g.chance(0.15) {
		// A group switched off: the module system ignores it.
		root.body = append(root.body, "flake.secrets.disabled = lib.mkIf false { recipients.admins = [ { name = \"x\"; } ]; secret.s = { }; };")
	}
	g.modules = []*genModule{root}
	// Each group goes to the flake's module or to a file of its own, and
	// its recipients may be split into a second file.
	for _, gr := range groups {
		m := root
		if g.chance(0.6) {
			m = &genModule{path: "secrets/" + fileName(gr.name) + ".nix", lib: g.chance(0.7)}
			g.modules = append(g.modules, m)
			parent := root
			if len(g.modules) > 2 && g.chance(0.3) {
				parent = g.modules[1+g.rng.Intn(len(g.modules)-2)]
			}
			parent.imports = append(parent.imports, m.path)
		}
		g.writeGroup(m, gr)
	}
	for _, m := range g.modules {
		g.writeModule(m)
	}
	if len(g.keysNix) > 0 {
		var kv []string
		for _, n := range sortedKeys(g.keysNix) {
			kv = append(kv, "  "+n+" = "+q(g.keysNix[n])+";")
		}
		g.files["keys.nix"] = "# Public keys only.\n{\n" + strings.Join(kv, "\n") + "\n}\n"
	}
	if len(g.keysJSON) > 0 {
		data, _ := json.MarshalIndent(map[string]any{"hosts": g.keysJSON}, "", "  ")
		g.files["keys.json"] = string(data) + "\n"
	}
	return g.files
}

func sortedKeys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (g *policyGen) writeGroup(m *genModule, gr genGroup) {
	if gr.sharedAdmins != "" {
		m.lib, m.config = true, true
	}
	p := "flake.secrets." + gr.name
	if !regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_'-]*$`).MatchString(gr.name) {
		p = "flake.secrets." + q(gr.name)
	}
	var body []string
	if gr.directory != "" {
		d := q(gr.directory)
		if m.lib && g.chance(0.5) {
			d = "lib.mkDefault " + d
		}
		body = append(body, "directory = "+d+";")
	}
	admins := gr.admins
	// Some admins come from a second module, which the module system puts
	// first (definitions are merged in reverse breadth-first order).
	var extra []genRecipient
	if len(admins) > 1 && g.chance(0.3) && gr.sharedAdmins == "" {
		extra, admins = admins[:1], admins[1:]
	}
	adminsExpr := g.recipientsExpr(m, admins, false)
	switch {
	case gr.sharedAdmins != "":
		adminsExpr = "config.flake.secrets." + gr.sharedAdmins + ".recipients.admins"
		if g.chance(0.5) {
			// Inside the module's own set: the same through a let.
			adminsExpr = "(let shared = config.flake.secrets." + gr.sharedAdmins + "; in shared.recipients.admins)"
		}
	case m.lib && g.chance(0.15):
		adminsExpr = "lib.mkMerge [ " + adminsExpr + " ]"
	case m.lib && len(extra) > 0 && g.chance(0.3):
		// Overridden by the other module's definition.
		adminsExpr = "lib.mkDefault (" + adminsExpr + ")"
	}
	body = append(body, "recipients.admins = "+adminsExpr+";")
	if gr.extraOption != "" {
		body = append(body, gr.extraOption)
	}
	if len(gr.targets) > 0 {
		t := g.recipientsExpr(m, gr.targets, true)
		if m.lib && g.chance(0.15) {
			t = "lib.mkAfter (" + t + ")"
		}
		body = append(body, "recipients.targets = "+t+";")
	}
	for _, s := range gr.secrets {
		key := "secret." + s.name
		if strings.Contains(s.name, ".") {
			key = "secret." + q(s.name)
		}
		var fields []string
		if s.admins != nil {
			a := qlist(s.admins)
			if s.forceAdmins && m.lib {
				a = "lib.mkForce " + a
			}
			fields = append(fields, "admins = "+a+";")
		}
		if s.targets != nil {
			fields = append(fields, "targets = "+qlist(s.targets)+";")
		}
		if s.file != "" {
			fields = append(fields, "file = "+q(s.file)+";")
		}
		body = append(body, key+" = { "+strings.Join(fields, " ")+" };")
	}
	block := p + " = {\n    " + strings.Join(body, "\n    ") + "\n  };"
	if m.lib && g.chance(0.1) {
		block = p + " = lib.mkIf true {\n    " + strings.Join(body, "\n    ") + "\n  };"
	}
	m.body = append(m.body, block)
	if len(extra) > 0 {
		em := &genModule{path: "secrets/" + fileName(gr.name) + "-more.nix", lib: g.chance(0.5)}
		g.modules = append(g.modules, em)
		m.imports = append(m.imports, em.path)
		list := g.recipientsExpr(em, extra, false)
		if em.lib && g.chance(0.5) {
			list = "lib.mkBefore (" + list + ")"
		}
		em.body = append(em.body, p+".recipients.admins = "+list+";")
	}
}

func (g *policyGen) writeModule(m *genModule) {
	var b strings.Builder
	usesKeys := false
	for _, l := range m.body {
		usesKeys = usesKeys || strings.Contains(l, "keys.")
	}
	if m.path == "" {
		b.WriteString("{\n  description = \"generated\";\n  inputs = {\n    nixpkgs.url = \"github:NixOS/nixpkgs/nixos-unstable\";\n    flake-parts.url = \"github:hercules-ci/flake-parts\";\n    secrets-lsp.url = \"github:secrets-lsp/secrets-lsp\";\n  };\n  outputs = inputs@{ flake-parts, ... }:\n    flake-parts.lib.mkFlake { inherit inputs; } ")
		switch {
		case m.config:
			b.WriteString("({ lib, config, ... }:\n")
		case m.lib:
			b.WriteString("({ lib, ... }:\n")
		default:
			b.WriteString("(\n")
		}
	} else if m.config {
		b.WriteString("{ lib, config, ... }:\n")
	} else if m.lib {
		b.WriteString("{ lib, ... }:\n")
	}
	rel := ""
	if m.path != "" {
		rel = strings.Repeat("../", strings.Count(m.path, "/"))
	}
	var lets []string
	if usesKeys && strings.Contains(strings.Join(m.body, ""), "keys.") {
		lets = append(lets, "keys = import ./"+rel+"keys.nix;")
	}
	if strings.Contains(strings.Join(m.body, ""), "keysJSON.") {
		lets = append(lets, "keysJSON = builtins.fromJSON (builtins.readFile ./"+rel+"keys.json);")
	}
	if len(lets) > 0 {
		b.WriteString("let\n  " + strings.Join(lets, "\n  ") + "\nin\n")
	}
	b.WriteString("{\n")
	imports := []string{}
	if m.path == "" {
		imports = append(imports, "inputs.secrets-lsp.flakeModules.default")
	}
	for _, p := range m.imports {
		r, _ := filepath.Rel(filepath.Dir("/"+m.path), "/"+p)
		imports = append(imports, "./"+r)
	}
	if len(imports) > 0 {
		b.WriteString("  imports = [ " + strings.Join(imports, " ") + " ];\n")
	}
	if m.path == "" {
		b.WriteString("  systems = [ \"x86_64-linux\" ];\n")
	}
	for _, l := range m.body {
		b.WriteString("  " + l + "\n")
	}
	b.WriteString("}\n")
	if m.path == "" {
		b.WriteString("  );\n}\n")
		g.files["flake.nix"] = b.String()
		return
	}
	g.files[m.path] = b.String()
}

// mutate makes the policy wrong in one way (g.mutation).
func (g *policyGen) mutate(groups []genGroup) {
	gr := &groups[0]
	switch g.mutation {
	case mutTypoTarget:
		for i := range gr.secrets {
			if len(gr.secrets[i].targets) > 0 && gr.secrets[i].targets[0] != "*" {
				gr.secrets[i].targets[0] = typo(gr.secrets[i].targets[0])
				g.note = "typo in a target"
				return
			}
		}
	case mutTypoAdmin:
		if len(gr.secrets[0].admins) > 0 {
			gr.secrets[0].admins[0] = typo(gr.secrets[0].admins[0])
			g.note = "typo in an admin"
		}
	case mutDuplicate:
		gr.admins = append(gr.admins, g.recipient(gr.admins[0].name, false))
		g.note = "duplicate admin"
	case mutNoKey:
		gr.admins[len(gr.admins)-1].keys = nil
		gr.admins[len(gr.admins)-1].field = "key"
		g.note = "admin without key"
	case mutBadChecksum:
		r := &gr.admins[0]
		r.field, r.style = "age", 0
		k := []byte(g.pick(g.pool.age))
		k[20] = map[bool]byte{true: 'q', false: 'p'}[k[20] != 'q']
		r.keys = []string{string(k)}
		g.note = "bad checksum"
	case mutUnknownOption:
		gr.admins[0].field = "agee"
		g.note = "unknown option"
	case mutBadFile:
		gr.secrets[0].file = "../outside/" + gr.secrets[0].name + ".yaml"
		g.note = "bad file"
	case mutNoRecipient:
		gr.secrets[0].admins, gr.secrets[0].targets = []string{}, nil
		g.note = "no recipient"
	case mutBadGroupName:
		gr.name = gr.name + " eu"
		g.note = "bad group name"
	case mutMissingName:
		gr.admins[0].name, gr.admins[0].style = "", 0
	case mutDuplicateFile:
		gr.secrets = append(gr.secrets, genSecret{name: "copy", file: "secrets/shared.yaml"})
		gr.secrets[0].file = "secrets/shared.yaml"
		g.note = "duplicate file"
	case mutBadDirectory:
		gr.directory = "secrets/" + gr.name + "/"
		g.note = "bad directory"
	case mutReadOnly:
		gr.extraOption = "secret." + gr.secrets[0].name + "._recipients = [ ];"
		g.note = "read-only option"
	case mutGroupOptionTypo:
		gr.extraOption = "secrets.extra = { };"
		g.note = "typo in a group option"
	case mutTargetsString:
		gr.extraOption = "secret.extra.targets = \"web1\";"
		g.note = "targets as a string"
		g.note = "missing name"
	}
}

func fileName(group string) string { return strings.ReplaceAll(group, " ", "-") }

func typo(s string) string {
	if len(s) < 3 {
		return s + "x"
	}
	return s[:1] + s[2:3] + s[1:2] + s[3:]
}
