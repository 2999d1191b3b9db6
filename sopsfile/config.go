package sopsfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"reflect"
	"regexp"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/secrets-lsp/secrets-lsp/internal/editdist"
	"github.com/secrets-lsp/secrets-lsp/keys"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// The shape of .sops.yaml as SOPS 3.13 decodes it (config/config.go). The
// yaml tags are the only field names SOPS knows: anything else it ignores
// without a word, which is what the unknown-field lint reports.
type configFile struct {
	CreationRules    []creationRule    `yaml:"creation_rules"`
	DestinationRules []destinationRule `yaml:"destination_rules"`
	Stores           storesConfig      `yaml:"stores"`
}

type storesConfig struct {
	Dotenv     struct{}    `yaml:"dotenv"`
	INI        struct{}    `yaml:"ini"`
	JSONBinary indentStore `yaml:"json_binary"`
	JSON       indentStore `yaml:"json"`
	YAML       indentStore `yaml:"yaml"`
}

type indentStore struct {
	Indent int `yaml:"indent"`
}

type creationRule struct {
	PathRegex               string     `yaml:"path_regex"`
	KMS                     any        `yaml:"kms"`
	AwsProfile              string     `yaml:"aws_profile"`
	Age                     any        `yaml:"age"`
	PGP                     any        `yaml:"pgp"`
	GCPKMS                  any        `yaml:"gcp_kms"`
	HCKms                   []string   `yaml:"hckms"`
	AzureKeyVault           any        `yaml:"azure_keyvault"`
	VaultURI                any        `yaml:"hc_vault_transit_uri"`
	KeyGroups               []keyGroup `yaml:"key_groups"`
	ShamirThreshold         int        `yaml:"shamir_threshold"`
	UnencryptedSuffix       string     `yaml:"unencrypted_suffix"`
	EncryptedSuffix         string     `yaml:"encrypted_suffix"`
	UnencryptedRegex        string     `yaml:"unencrypted_regex"`
	EncryptedRegex          string     `yaml:"encrypted_regex"`
	UnencryptedCommentRegex string     `yaml:"unencrypted_comment_regex"`
	EncryptedCommentRegex   string     `yaml:"encrypted_comment_regex"`
	MACOnlyEncrypted        bool       `yaml:"mac_only_encrypted"`
}

type keyGroup struct {
	Merge  []keyGroup `yaml:"merge"`
	KMS    []kmsKey   `yaml:"kms"`
	GCPKMS []struct {
		ResourceID string `yaml:"resource_id"`
	} `yaml:"gcp_kms"`
	HCKms []struct {
		KeyID string `yaml:"key_id"`
	} `yaml:"hckms"`
	AzureKV []struct {
		VaultURL string `yaml:"vaultUrl"`
		Key      string `yaml:"key"`
		Version  string `yaml:"version"`
	} `yaml:"azure_keyvault"`
	Vault []string `yaml:"hc_vault"`
	Age   []string `yaml:"age"`
	PGP   []string `yaml:"pgp"`
}

type kmsKey struct {
	Arn        string             `yaml:"arn"`
	Role       string             `yaml:"role"`
	Context    map[string]*string `yaml:"context"`
	AwsProfile string             `yaml:"aws_profile"`
}

type destinationRule struct {
	PathRegex        string       `yaml:"path_regex"`
	S3Bucket         string       `yaml:"s3_bucket"`
	S3Prefix         string       `yaml:"s3_prefix"`
	GCSBucket        string       `yaml:"gcs_bucket"`
	GCSPrefix        string       `yaml:"gcs_prefix"`
	VaultPath        string       `yaml:"vault_path"`
	VaultAddress     string       `yaml:"vault_address"`
	VaultKVMountName string       `yaml:"vault_kv_mount_name"`
	VaultKVVersion   int          `yaml:"vault_kv_version"`
	RecreationRule   creationRule `yaml:"recreation_rule"`
	OmitExtensions   bool         `yaml:"omit_extensions"`
}

// Config is a .sops.yaml as SOPS reads it, with what SOPS would silently
// get wrong or refuse reported as Issues.
type Config struct {
	Name   string
	Source *token.File
	// HasCreationRules is false when the file has no creation_rules at
	// all: SOPS then behaves as if there were no .sops.yaml.
	HasCreationRules bool
	Rules            []*Rule
	Issues           []Issue

	// RuleFor's index: the first rule of each exact path_regex (^L$), and
	// the other rules in order. Generated files have one exact rule per
	// secret, thousands of them.
	exact   map[string]int
	inexact []*Rule
}

// Rule is one creation rule.
type Rule struct {
	Index int       // 0-based, in file order
	Pos   token.Pos // the rule's list item
	// PathRegex is the rule's path_regex; an empty one (or none) makes the
	// rule match every path, as in SOPS.
	PathRegex    string
	PathRegexPos token.Pos // NoPos without path_regex
	re           *regexp.Regexp
	reErr        error
	shape        regexShape // what is certain about re

	// KeyGroups are the groups SOPS builds from the rule: one group of the
	// flat keys, or the key_groups when there are any.
	KeyGroups       [][]RuleKey
	FromKeyGroups   bool
	ShamirThreshold int

	Settings // which values SOPS will leave in clear
}

// RuleKey is one master key of a rule, split and trimmed the way SOPS does
// (a KMS key object becomes arn+role, an Azure one its key URL).
type RuleKey struct {
	Type keys.Type
	Key  string
	Pos  token.Pos
}

// CatchAll reports whether the rule matches every path: no path_regex,
// or one that matches everywhere.
func (r *Rule) CatchAll() bool {
	return r.PathRegex == "" || (r.re != nil && r.shape.matchesAll)
}

// Matches reports whether SOPS would pick this rule for path (relative to
// the .sops.yaml directory, '/'-separated) if no earlier rule matched. An
// invalid path_regex matches nothing (SOPS fails instead).
func (r *Rule) Matches(path string) bool {
	return r.PathRegex == "" || (r.re != nil && r.re.MatchString(path))
}

// Keys returns every key of every group, in order.
func (r *Rule) Keys() []RuleKey {
	var all []RuleKey
	for _, g := range r.KeyGroups {
		all = append(all, g...)
	}
	return all
}

// ErrNoRule is RuleFor's answer when no creation rule matches.
var ErrNoRule = errors.New("no matching creation rules found")

// RuleFor returns the rule SOPS applies to path, a path relative to the
// .sops.yaml directory with '/' separators: the first that matches. It
// returns (nil, nil) when the file has no creation_rules (SOPS then uses
// its command-line flags only), ErrNoRule when none matches, and an error
// when SOPS would reach an invalid path_regex first.
func (c *Config) RuleFor(path string) (*Rule, error) {
	if !c.HasCreationRules {
		return nil, nil
	}
	first := len(c.Rules)
	if i, ok := c.exact[path]; ok {
		first = i
	}
	for _, r := range c.inexact {
		if r.Index >= first {
			break
		}
		if r.PathRegex != "" && r.re == nil {
			return nil, fmt.Errorf("rule %d: can not compile path_regex: %v", r.Index+1, r.reErr)
		}
		if r.Matches(path) {
			return r, nil
		}
	}
	if first < len(c.Rules) {
		return c.Rules[first], nil
	}
	return nil, ErrNoRule
}

// index builds RuleFor's index.
func (c *Config) index() {
	c.exact = map[string]int{}
	for _, r := range c.Rules {
		if r.re != nil && r.shape.isExact {
			if _, ok := c.exact[r.shape.exact]; !ok {
				c.exact[r.shape.exact] = r.Index
			}
			continue
		}
		c.inexact = append(c.inexact, r)
	}
}

// Position maps an offset of the .sops.yaml to its line and column.
func (c *Config) Position(p token.Pos) token.Position { return c.Source.Position(p) }

// ReadConfig reads a .sops.yaml. The error, an *Error, is for a file that is
// not YAML at all; everything else, down to a shape SOPS would refuse to
// load, is an Issue, and the rules are read as far as they can be.
func ReadConfig(name string, src []byte) (*Config, error) {
	tf := token.NewFile(name, src)
	c := &Config{Name: name, Source: tf}
	if err := invalidUTF8(src); err != nil {
		return nil, locate(tf, err)
	}
	var root yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(src)).Decode(&root); err != nil && err != io.EOF {
		return nil, locate(tf, yamlError(tf, err))
	}
	l := &linter{c: c, conv: &yamlConv{tf: tf, bom: bytes.HasPrefix(src, []byte("\xef\xbb\xbf"))}}
	// SOPS' own decoding: whatever it refuses, it refuses for every file.
	var typed configFile
	if err := root.Decode(&typed); err != nil && root.Kind != 0 {
		l.decodeError(err)
	}
	x := &expander{budget: 4*len(src) + 4096}
	doc, ok := x.expand(&root)
	if !ok {
		l.add(0, SeverityError, CodeSyntax, "its aliases expand to more than %d nodes (a YAML bomb?): the rules are read without resolving them", 4*len(src)+4096)
		doc = &root
	}
	if doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
		doc = doc.Content[0]
	}
	if doc.Kind == yaml.MappingNode {
		l.fields(doc, reflect.TypeOf(configFile{}))
		if rules := mappingValue(doc, "creation_rules"); rules != nil && rules.ShortTag() != "!!null" {
			c.HasCreationRules = true
			if rules.Kind == yaml.SequenceNode {
				for i, item := range rules.Content {
					c.Rules = append(c.Rules, l.rule(i, item))
				}
			}
		}
	}
	if !c.HasCreationRules {
		l.add(0, SeverityWarning, CodeNoRules, "no creation_rules: SOPS ignores this file and encrypts with its command-line flags only")
	}
	l.shadowing()
	c.index()
	sortIssues(c.Issues)
	return c, nil
}

func sortIssues(issues []Issue) {
	// Stable insertion sort by position: issue lists are short.
	for i := 1; i < len(issues); i++ {
		for j := i; j > 0 && issues[j].Pos < issues[j-1].Pos; j-- {
			issues[j], issues[j-1] = issues[j-1], issues[j]
		}
	}
}

func mappingValue(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

// linter reads the rules out of the YAML tree and collects issues.
type linter struct {
	c       *Config
	conv    *yamlConv
	schemas map[reflect.Type]fieldSchema
}

func (l *linter) add(p token.Pos, sev Severity, code, format string, args ...any) {
	is := Issue{Pos: p, Severity: sev, Code: code, Message: fmt.Sprintf(format, args...)}
	// What an anchor holds is read once per alias: say it once.
	if !slices.Contains(l.c.Issues, is) {
		l.c.Issues = append(l.c.Issues, is)
	}
}

// decodeError reports what SOPS' decoder refuses, at the lines it names.
func (l *linter) decodeError(err error) {
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		e := yamlError(l.c.Source, err).(*Error)
		l.add(e.Offset, SeverityError, CodeSyntax, "SOPS cannot load this file: %s", e.Msg)
		return
	}
	for _, msg := range te.Errors {
		e := yamlError(l.c.Source, errors.New(msg)).(*Error)
		code := CodeFieldType
		if strings.Contains(msg, "already defined") {
			code = CodeSyntax
		}
		l.add(e.Offset, SeverityError, code, "SOPS cannot load this file: %s", strings.TrimPrefix(e.Msg, "invalid YAML: "))
	}
}

// contexts names the objects of a .sops.yaml for messages.
var contexts = map[reflect.Type]string{
	reflect.TypeOf(configFile{}):      "at the top level",
	reflect.TypeOf(storesConfig{}):    "in stores",
	reflect.TypeOf(indentStore{}):     "in a store",
	reflect.TypeOf(creationRule{}):    "in a creation rule",
	reflect.TypeOf(keyGroup{}):        "in a key group",
	reflect.TypeOf(kmsKey{}):          "in a kms key",
	reflect.TypeOf(destinationRule{}): "in a destination rule",
}

// confusions are the field names people use for another field: the
// module's option names and the metadata's list names.
var confusions = map[string]string{
	"gcpKms": "gcp_kms", "azureKeyvault": "azure_keyvault", "azure_kv": "azure_keyvault",
	"hcVaultTransit": "hc_vault_transit_uri", "hc_vault": "hc_vault_transit_uri", "hc_vault_transit_uri": "hc_vault",
	"keys": "key_groups", "keygroups": "key_groups", "creation_rule": "creation_rules", "rules": "creation_rules",
	"path": "path_regex", "regex": "path_regex", "pathRegex": "path_regex", "threshold": "shamir_threshold",
	"resourceId": "resource_id", "vault_url": "vaultUrl", "name": "key",
}

// fields reports the keys of mapping n that the struct type t (SOPS' view
// of that object) does not have, and recurses into the ones it has.
func (l *linter) fields(n *yaml.Node, t reflect.Type) {
	if n.Kind != yaml.MappingNode {
		return
	}
	known, names := l.schema(t)
	where := contexts[t]
	if where == "" {
		where = "in a key"
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		ft, ok := known[k.Value]
		if !ok {
			if !definesAnchor(v) {
				l.unknown(k, where, names)
			}
			continue
		}
		l.descend(v, ft)
	}
}

// schema returns the field names of t (from its yaml tags) and their
// types, computed once per type.
func (l *linter) schema(t reflect.Type) (map[string]reflect.Type, []string) {
	if s, ok := l.schemas[t]; ok {
		return s.fields, s.names
	}
	s := fieldSchema{fields: map[string]reflect.Type{}}
	for i := 0; i < t.NumField(); i++ {
		name := strings.Split(t.Field(i).Tag.Get("yaml"), ",")[0]
		s.fields[name] = t.Field(i).Type
		s.names = append(s.names, name)
	}
	if l.schemas == nil {
		l.schemas = map[reflect.Type]fieldSchema{}
	}
	l.schemas[t] = s
	return s.fields, s.names
}

type fieldSchema struct {
	fields map[string]reflect.Type
	names  []string
}

func (l *linter) descend(v *yaml.Node, t reflect.Type) {
	switch t.Kind() {
	case reflect.Struct:
		l.fields(v, t)
	case reflect.Slice:
		if v.Kind == yaml.SequenceNode {
			for _, item := range v.Content {
				l.descend(item, t.Elem())
			}
		}
	}
}

func (l *linter) unknown(k *yaml.Node, where string, names []string) {
	suggestion := ""
	if s, ok := confusions[k.Value]; ok && slices.Contains(names, s) {
		suggestion = s
	} else {
		suggestion, _ = editdist.Closest(strings.ToLower(k.Value), names, 2)
	}
	if suggestion != "" {
		l.add(l.conv.pos(k), SeverityError, CodeUnknown, "unknown field %s %s: SOPS ignores it silently; did you mean %s?", keys.Quote(k.Value), where, keys.Quote(suggestion))
		return
	}
	l.add(l.conv.pos(k), SeverityWarning, CodeUnknown, "unknown field %s %s: SOPS ignores it silently", keys.Quote(k.Value), where)
}

// ReadConfigFS reads the .sops.yaml name of fsys; see ReadConfig.
func ReadConfigFS(fsys fs.FS, name string) (*Config, error) {
	src, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	return ReadConfig(name, src)
}
