package sopsfile

import (
	"fmt"
	"strings"
	"testing"
)

// yamlMeta is the smallest metadata SOPS accepts, for hand-made inputs.
const yamlMeta = `sops:
    age:
        - recipient: age17mxngqmqpdw3pxcv7hew9k2e02nsn88mk5ma79u88jfsvdy89f8qltne5w
          enc: FAKE-ENCRYPTED-DATA-KEY
    lastmodified: "2026-01-02T03:04:05Z"
    mac: ENC[AES256_GCM,data:x,iv:x,tag:x,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.13.2
`

const envMeta = "sops_age__list_0__map_recipient=age17mxngqmqpdw3pxcv7hew9k2e02nsn88mk5ma79u88jfsvdy89f8qltne5w\n" +
	"sops_age__list_0__map_enc=FAKE\nsops_lastmodified=2026-01-02T03:04:05Z\nsops_mac=ENC[AES256_GCM,data:x,iv:x,tag:x,type:str]\nsops_version=3.13.2\n"

const iniMeta = "[sops]\nage__list_0__map_recipient = age17mxngqmqpdw3pxcv7hew9k2e02nsn88mk5ma79u88jfsvdy89f8qltne5w\n" +
	"age__list_0__map_enc = FAKE\nlastmodified = 2026-01-02T03:04:05Z\nmac = ENC[AES256_GCM,data:x,iv:x,tag:x,type:str]\nversion = 3.13.2\n"

const enc = "ENC[AES256_GCM,data:RkFLRQ==,iv:AAAA,tag:AAAA,type:str]"

// TestRead covers the corners of each store: what is a leaf, where it is,
// what SOPS refuses. want lists the plaintext leaves and issues, or the
// error, as render prints them (without the metadata summary).
func TestRead(t *testing.T) {
	tests := []struct {
		name, file, src string
		want            string
	}{
		{"yaml bom crlf unicode", "a.yaml", "\ufeffnamé: FAKE\r\nlist: [ \"é\", FAKE ]\r\n" + strings.ReplaceAll(yamlMeta, "\n", "\r\n"),
			"value namé at 1:4\nvalue list[0] at 2:9\nvalue list[1] at 2:15\n"},
		{"yaml alias and merge", "a.yaml", "base: &b\n    pw: FAKE\ncopy: *b\nmerged:\n    <<: *b\n" + yamlMeta,
			"value base.pw at 2:5\nvalue copy.pw at 3:7\nvalue merged.\"<<\".pw at 5:9\n"},
		{"yaml suffix exempts a subtree", "a.yaml", "db_unencrypted:\n    host: example\n    list: [a, b]\nx: " + enc + "\n" + yamlMeta, ""},
		{"yaml types", "a.yaml", "i: 1\nb: false\nf: 1.5\nt: 2026-01-01\nn: null\ne: ''\nc: ~\n" + yamlMeta,
			"value i at 1:1\nvalue b at 2:1\nvalue f at 3:1\nvalue t at 4:1\n"},
		{"yaml key needing quotes", "a.yaml", "\"a.b\":\n    \"c d\": FAKE\n" + yamlMeta, "value \"a.b\".\"c d\" at 2:5\n"},
		{"yaml comment in clear", "a.yaml", "# FAKE note\na: " + enc + " # FAKE inline\n" + yamlMeta,
			"comment  at 1:1\ncomment  at 2:60\n"},
		{"yaml non-string key", "a.yaml", "1: " + enc + "\n" + yamlMeta, "issue 1:1 error sops-non-string\n"},
		{"yaml metadata only in the first document counts", "a.yaml", "a: FAKE\n---\nb: FAKE\n" + yamlMeta,
			"metadata: none\nvalue a at 1:1\nvalue b at 3:1\n"},
		{"yaml sequence document", "a.yaml", "- a\n- b\n", "error: a.yaml:1:1: SOPS needs a mapping at the top of a YAML document, not a sequence"},
		{"yaml scalar document", "a.yaml", "just text\n", "error: a.yaml:1:1: SOPS needs a mapping at the top of a YAML document, not a scalar"},
		{"yaml empty", "a.yaml", "", "metadata: none\n"},
		{"yaml comments only", "a.yaml", "# nothing here\n", "metadata: none\n"},
		{"yaml sops not a mapping", "a.yaml", "sops: 3\n", "error: a.yaml:1:1: the sops entry is not a mapping"},
		{"yaml mac cut short", "a.yaml", "a: " + enc + "\n" + strings.Replace(yamlMeta, ",type:str]", ",ty", 1), "issue 7:5 warning sops-metadata\n"},
		{"yaml no mac", "a.yaml", "a: " + enc + "\n" + strings.Replace(yamlMeta, "    mac: ENC[AES256_GCM,data:x,iv:x,tag:x,type:str]\n", "", 1), "issue 2:1 warning sops-metadata\n"},
		{"dotenv mac cut short", "a.env", "A=" + enc + "\nsops_lastmodified=2026-01-02T03:04:05Z\nsops_age__list_0__map_recipient=age17mxngqmqpdw3pxcv7hew9k2e02nsn88mk5ma79u88jfsvdy89f8qltne5w\nsops_age__list_0__map_enc=FAKE\nsops_mac=ENC[AES256_GCM,data:x", "issue 5:1 warning sops-metadata\n"},
		{"yaml duplicate key", "a.yaml", "a: 1\na: 2\n", "error: a.yaml:2:1: invalid YAML: mapping key \"a\" already defined at line 1"},
		// Past the mapping size where the duplicate search uses a map: the
		// pair yaml.v3 reports first (the earliest key that recurs), both
		// by the fast reader's fallback and by the linear search.
		{"yaml duplicate keys in a large mapping", "a.yaml", manyKeys(40) + "k30: x\nk5: x\n",
			"error: a.yaml:42:1: invalid YAML: mapping key \"k5\" already defined at line 6"},
		{"yaml duplicate key at the end of a large mapping", "a.yaml", manyKeys(40) + "k39: x\n",
			"error: a.yaml:41:1: invalid YAML: mapping key \"k39\" already defined at line 40"},
		{"yaml syntax", "a.yaml", "a: [1, 2\nb: 3\n", "error: a.yaml:1:1: invalid YAML: did not find expected ',' or ']'"},
		{"yaml not utf-8", "a.yaml", "a: b\nc: \xff\n", "error: a.yaml:2:4: not UTF-8 text: byte 0xff"},
		{"yaml alias bomb", "a.yaml", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n",
			"error: a.yaml:1:4: too many alias expansions"},

		{"json positions", "a.json", "{\"é\": \"FAKE\", \"a\": [[1, {\"b\": true}]], \"n\": null, \"s\": \"\",\n \"sops\": {\"age\": [{\"recipient\": \"age17mxngqmqpdw3pxcv7hew9k2e02nsn88mk5ma79u88jfsvdy89f8qltne5w\", \"enc\": \"x\"}], \"lastmodified\": \"2026-01-02T03:04:05Z\", \"mac\": \"ENC[AES256_GCM,data:x,iv:x,tag:x,type:str]\"}}",
			"value é at 1:2\nvalue a[0][0] at 1:23\nvalue a[0][1].b at 1:27\n"},
		{"json top-level array", "a.json", "[1]", "error: a.json:1:1: SOPS only supports JSON files with a top-level object"},
		{"json truncated", "a.json", "{\"a\": \"b\", \"c\": [1,", "error: a.json:1:20: invalid JSON: unexpected end of file (truncated?)"},
		{"json bad token", "a.json", "{\"a\": tru}", "error: a.json:1:8: invalid JSON: invalid character in literal true (expecting 'e')"},
		// The character may be the first of a value typed without quotes.
		{"json unquoted value", "a.json", "{\"a\": SECRET}", "error: a.json:1:7: invalid JSON: invalid character looking for beginning of value"},
		{"json quote out of place", "a.json", "{\"a\": 1 '}", "error: a.json:1:9: invalid JSON: invalid character after object key:value pair"},
		{"json trailing garbage ignored", "a.json", "{\"a\": \"" + enc + "\"}\ngarbage", "metadata: none\nissue 1:2 error sops-metadata\n"},
		{"json duplicate sops", "a.json", "{\"sops\": {}, \"sops\": {}}", "error: a.json:1:14: duplicate sops entry"},

		{"dotenv", "a.env", "# comment in clear\nA=FAKE\nB_unencrypted=visible\nC=\nD=" + enc + "\r\n" + envMeta,
			"comment  at 1:1\nvalue A at 2:1\n"},
		{"dotenv no equals", "a.env", "A=1\nFAKE-TOKEN-LINE\n", "error: a.env:2:1: invalid dotenv line: no '=' (the line is not shown: it may hold a secret)"},
		{"dotenv user sops_ variable is metadata", "a.env", "sops_version=1\n", "issue 1:1 warning sops-metadata\nissue 1:1 error sops-metadata\nissue 1:1 error sops-metadata\n"},

		{"ini quirks", "a.ini", "top = FAKE\n[s]\nquoted = \"FAKE\"\ninline = " + enc + " ; FAKE note\ncont = FAKE \\\n  more\nmulti = \"\"\"FAKE\nFAKE\"\"\"\n- = " + enc + "\ndup = FAKE\ndup = " + enc + "\ncolon: " + enc + "\n" + iniMeta,
			"value DEFAULT.top at 1:1\nvalue s.quoted at 3:1\ncomment s at 4:66\nvalue s.cont at 5:1\nvalue s.multi at 7:1\n"},
		{"ini unclosed section", "a.ini", "[s\nk = v\n", "error: a.ini:1:1: invalid INI: unclosed section header"},
		{"ini no delimiter", "a.ini", "[s]\nFAKE\n", "error: a.ini:2:1: invalid INI: key-value delimiter not found"},
		{"ini empty key", "a.ini", "[s]\n= v\n", "error: a.ini:2:1: invalid INI: empty key name"},
		{"ini unclosed quote", "a.ini", "[s]\nk = \"\"\"FAKE\n", "error: a.ini:2:5: invalid INI: missing closing quote \"\"\""},

		{"binary garbage is a plain file", "a.bin", "\x00\x01FAKE\xff", "metadata: none\n"},
		{"binary json without sops", "a.bin", "{\"data\": \"FAKE\"}", "metadata: none\nvalue data at 1:2\n"},
		{"binary damaged sops json", "a.bin", "{\"data\": \"x\", \"sops\": {", "error: a.bin:1:24: invalid JSON: unexpected end of file (truncated?)"},
		{"dotenv content under a yaml name", "a.yaml", "A=" + enc + "\n" + envMeta,
			"sniffed dotenv\nissue 2:1 warning sops-format\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Read(tt.file, []byte(tt.src))
			got := summary(f, err)
			if got != tt.want {
				t.Errorf("Read(%q):\n got %q\nwant %q\n%s", tt.src, got, tt.want, render(f, err))
			}
			if strings.Contains(got, "FAKE") {
				t.Errorf("a value leaked: %s", got)
			}
		})
	}
}

// manyKeys is a YAML mapping of n keys, k0 to k(n-1).
func manyKeys(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "k%d: FAKE\n", i)
	}
	return b.String()
}

// summary is render without the metadata details: the plaintext leaves,
// issue codes, or the error.
func summary(f *File, err error) string {
	if err != nil {
		return "error: " + err.Error()
	}
	var b strings.Builder
	if f.Sniffed {
		b.WriteString("sniffed " + f.Format.String() + "\n")
	}
	if f.Metadata == nil {
		b.WriteString("metadata: none\n")
	}
	for _, line := range strings.Split(render(f, nil), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "value "), strings.HasPrefix(line, "comment "):
			b.WriteString(line + "\n")
		case len(line) > 0 && line[0] >= '0' && line[0] <= '9' && strings.Contains(line, " sops-"):
			fields := strings.Fields(line)
			b.WriteString("issue " + strings.TrimSuffix(strings.Join(fields[:3], " "), ":") + "\n")
		}
	}
	return b.String()
}

func TestFormat(t *testing.T) {
	for name, want := range map[string]Format{
		"a.yaml": YAML, "a.yml": YAML, "a.json": JSON, "a.env": Dotenv, "a.ini": INI,
		"a.YAML": Binary, "a": Binary, "a.bin": Binary, "a.yaml.bak": Binary, "dir.yaml/a.txt": Binary,
	} {
		if got := FormatForPath(name); got != want {
			t.Errorf("FormatForPath(%q) = %v, want %v", name, got, want)
		}
	}
	for src, want := range map[string]Format{
		"  {\"sops\": {}}": JSON, "[sops]\na = b\n": INI, "A=b\nsops_version=3\n": Dotenv, "a: b\nsops:\n  x: y\n": YAML,
	} {
		if got, ok := Sniff([]byte(src)); !ok || got != want {
			t.Errorf("Sniff(%q) = %v, %v; want %v", src, got, ok, want)
		}
	}
	if _, ok := Sniff([]byte("plain text\n")); ok {
		t.Error("Sniff found metadata in plain text")
	}
	if Format(9).String() != "unknown" {
		t.Error("out-of-range Format")
	}
}

// TestShouldBeEncrypted pins SOPS' precedence of the settings, one at a
// time and together (a file may hold several, though SOPS refuses it).
func TestShouldBeEncrypted(t *testing.T) {
	tests := []struct {
		m        Settings
		path     []string
		comments [][]string
		comment  bool
		want     bool
	}{
		{Settings{}, []string{"a"}, nil, false, true},
		{Settings{}, []string{"a_unencrypted", "b"}, nil, false, false}, // the default suffix
		{Settings{UnencryptedSuffix: "_plain"}, []string{"a_unencrypted"}, nil, false, true},
		{Settings{EncryptedSuffix: "_secret"}, []string{"a"}, nil, false, false},
		{Settings{EncryptedSuffix: "_secret"}, []string{"a_secret", "b"}, nil, false, true},
		{Settings{UnencryptedRegex: "^pub"}, []string{"x", "public"}, nil, false, false},
		{Settings{EncryptedRegex: "^pass"}, []string{"db", "password"}, nil, false, true},
		{Settings{EncryptedRegex: "^pass"}, []string{"db", "user"}, nil, false, false},
		{Settings{EncryptedRegex: "(invalid"}, []string{"anything"}, nil, false, false},
		// Later settings override earlier ones.
		{Settings{UnencryptedSuffix: "_u", EncryptedRegex: "a"}, []string{"a_u"}, nil, false, true},
		{Settings{EncryptedSuffix: "_e", UnencryptedRegex: "^x"}, []string{"x_e"}, nil, false, false},
		{Settings{UnencryptedCommentRegex: "^ clear"}, []string{"a"}, [][]string{{" clear"}, nil}, false, false},
		{Settings{UnencryptedCommentRegex: "^ clear"}, []string{"a"}, [][]string{{" other"}}, false, true},
		{Settings{EncryptedCommentRegex: "enc"}, []string{"a"}, [][]string{{"enc"}}, false, true},
		{Settings{EncryptedCommentRegex: "enc"}, []string{"a"}, [][]string{{"x"}}, false, false},
		// The marker comment itself stays in clear; a second one is encrypted.
		{Settings{EncryptedCommentRegex: "enc"}, nil, [][]string{{"enc"}}, true, false},
		{Settings{EncryptedCommentRegex: "enc"}, nil, [][]string{{"enc", "enc"}}, true, true},
	}
	for _, tt := range tests {
		if got := rulesOf(tt.m).shouldBeEncrypted(tt.path, tt.comments, tt.comment); got != tt.want {
			t.Errorf("%+v, path %q, comments %q: got %v, want %v", tt.m, tt.path, tt.comments, got, tt.want)
		}
	}
}
