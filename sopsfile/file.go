package sopsfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Format is a SOPS store: how a file's tree and metadata are written.
type Format int

const (
	Binary Format = iota // anything else: JSON {"data": …, "sops": {…}}
	Dotenv               // .env: KEY=value lines, metadata as sops_… keys
	INI                  // .ini: sections, metadata in a [sops] section
	JSON                 // .json
	YAML                 // .yaml, .yml
)

var formatNames = [...]string{Binary: "binary", Dotenv: "dotenv", INI: "ini", JSON: "json", YAML: "yaml"}

func (f Format) String() string {
	if f < 0 || int(f) >= len(formatNames) {
		return "unknown"
	}
	return formatNames[f]
}

// FormatForPath returns the store SOPS uses for a file, by its extension
// (cmd/sops/formats): case-sensitive .yaml/.yml, .json, .env, .ini, and
// binary for anything else.
func FormatForPath(path string) Format {
	switch {
	case strings.HasSuffix(path, ".yaml") || strings.HasSuffix(path, ".yml"):
		return YAML
	case strings.HasSuffix(path, ".json"):
		return JSON
	case strings.HasSuffix(path, ".env"):
		return Dotenv
	case strings.HasSuffix(path, ".ini"):
		return INI
	}
	return Binary
}

// The expressions Sniff needs, compiled the first time it does: most runs
// never sniff, and compiling at start slows every run of the CLI.
var (
	sniffDotenv = lazyRegexp(`(?m)^sops_(version|mac|lastmodified)=`)
	sniffINI    = lazyRegexp(`(?m)^\s*\[sops\]\s*$`)
	sniffYAML   = lazyRegexp(`(?m)^sops:`)
)

// lazyRegexp returns expr compiled on the first call.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// Sniff guesses from its content which store wrote an encrypted file, for
// files whose extension does not say (SOPS itself then needs --input-type).
// It looks for the metadata each store writes and reports false when it
// finds none.
func Sniff(src []byte) (Format, bool) {
	switch {
	case looksLikeSopsJSON(src):
		return JSON, true
	// Each regular expression only after its literal is found: Go's
	// regexp takes seconds over a 50 MB file, bytes.Contains milliseconds.
	case bytes.Contains(src, []byte("[sops]")) && sniffINI().Match(src):
		return INI, true
	case bytes.Contains(src, []byte("sops_")) && sniffDotenv().Match(src):
		return Dotenv, true
	case bytes.Contains(src, []byte("sops:")) && sniffYAML().Match(src):
		return YAML, true
	}
	return Binary, false
}

// File is what an encrypted (or supposedly encrypted) file tells without
// being decrypted: its SOPS metadata and the values it holds in clear.
type File struct {
	Name   string
	Format Format
	// Sniffed tells that Format was read from the content because the
	// store the extension names found no metadata (see Sniff).
	Sniffed bool
	Source  *token.File // maps every Pos below to lines and columns
	// Metadata is nil when the file has no SOPS metadata: it is not
	// encrypted at all.
	Metadata *Metadata
	// Plaintext lists the values (and comments) SOPS would have encrypted
	// but that are in clear; for a file without metadata, every non-empty
	// value.
	Plaintext []Leaf
	// Issues are problems that SOPS would stumble on, or that hide one.
	Issues []Issue
}

// Encrypted reports whether the file has SOPS metadata.
func (f *File) Encrypted() bool { return f.Metadata != nil }

// Position maps an offset of the file to its line and column.
func (f *File) Position(p token.Pos) token.Position { return f.Source.Position(p) }

// Severity ranks an Issue.
type Severity int

const (
	SeverityError Severity = iota
	SeverityWarning
	SeverityInfo
)

func (s Severity) String() string {
	switch s {
	case SeverityError:
		return "error"
	case SeverityWarning:
		return "warning"
	}
	return "info"
}

// Issue is a problem found in an encrypted file or a .sops.yaml, at a byte
// offset of that file.
type Issue struct {
	Pos      token.Pos
	Severity Severity
	Code     string // stable identifier, one of the Code… constants
	Message  string
}

// Issue codes.
const (
	CodeMetadata   = "sops-metadata"    // SOPS cannot use the metadata as it is
	CodeFormat     = "sops-format"      // the content is another store than the extension says
	CodeNonString  = "sops-non-string"  // a mapping key SOPS cannot handle
	CodeSyntax     = "sops-yaml-syntax" // .sops.yaml: not valid YAML, or not the shape SOPS reads
	CodeUnknown    = "sops-yaml-unknown-field"
	CodeFieldType  = "sops-yaml-field-type"
	CodeBadRegex   = "sops-yaml-invalid-path-regex"
	CodeUnanchored = "sops-yaml-unanchored-path-regex"
	CodeShadowed   = "sops-yaml-shadowed-rule"
	CodeCatchAll   = "sops-yaml-catch-all-not-last"
	CodeNoKeys     = "sops-yaml-rule-without-keys"
	CodeNoRules    = "sops-yaml-no-creation-rules"
	CodeBadKey     = "sops-yaml-invalid-key"
	CodeSettings   = "sops-yaml-conflicting-settings"
	CodeFlatKeys   = "sops-yaml-flat-keys-ignored"
	CodeShamir     = "sops-yaml-shamir-threshold"
)

// Error is a file that cannot be read at all: corrupt, truncated, not the
// format its name says. Position locates the problem.
type Error struct {
	Offset   token.Pos
	Position token.Position
	Source   *token.File // the file read, which maps Offset; nil if none was
	Msg      string
}

func (e *Error) Error() string { return e.Position.String() + ": " + e.Msg }

// ErrNotRegular is ReadSource's error for a directory, a named pipe, a
// device or a socket.
var ErrNotRegular = errors.New("not a regular file")

// MaxFileSize is the largest file ReadFS reads; a larger one is reported,
// not loaded. Encrypted secrets are small, and a huge file in a secrets
// directory is a mistake worth reporting anyway.
const MaxFileSize = 64 << 20

// ReadFS reads the file name of fsys; see Read.
func ReadFS(fsys fs.FS, name string) (*File, error) {
	src, err := ReadSource(fsys, name)
	if err != nil {
		return nil, err
	}
	return Read(name, src)
}

// ReadSource returns the contents of the file name of fsys, a regular
// file of at most MaxFileSize bytes (an *Error otherwise), with one stat
// and one open: a check reads thousands of files. The stat comes first:
// opening a named pipe would wait for a writer that never comes.
func ReadSource(fsys fs.FS, name string) ([]byte, error) {
	info, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "read", Path: name, Err: fmt.Errorf("%w (%s)", ErrNotRegular, fileKind(info.Mode()))}
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if info.Size() > MaxFileSize {
		return nil, &Error{Position: token.Position{Filename: name, Line: 1, Column: 1},
			Msg: fmt.Sprintf("file too large to be a SOPS file (%d bytes, limit %d)", info.Size(), MaxFileSize)}
	}
	// The size is a hint: the file may change while it is read.
	src := make([]byte, 0, info.Size()+1)
	for {
		if len(src) == cap(src) {
			if len(src) > MaxFileSize {
				return nil, &Error{Position: token.Position{Filename: name, Line: 1, Column: 1},
					Msg: fmt.Sprintf("file too large to be a SOPS file (over %d bytes)", MaxFileSize)}
			}
			src = append(src, 0)[:len(src)]
		}
		n, err := f.Read(src[len(src):cap(src)])
		src = src[:len(src)+n]
		if err == io.EOF {
			return src, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// fileKind names what a file that is not a regular file is.
func fileKind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "mode " + m.String()
}

// Read reads the SOPS metadata of an encrypted file and finds the values in
// it that are in clear, without decrypting anything. The store is chosen
// from the name as SOPS does; when it finds no metadata, Sniff gets a say.
// The error, an *Error, is for input that no store can read.
func Read(name string, src []byte) (*File, error) {
	tf := token.NewFile(name, src)
	f := &File{Name: name, Format: FormatForPath(name), Source: tf}
	doc, meta, err := load(f.Format, tf)
	if err != nil || meta == nil {
		if alt, ok := Sniff(src); ok && alt != f.Format && !(alt == JSON && f.Format == Binary) {
			if altDoc, altMeta, altErr := load(alt, tf); altErr == nil && altMeta != nil {
				f.Issues = append(f.Issues, Issue{Pos: altMeta.pos, Severity: SeverityWarning, Code: CodeFormat,
					Message: fmt.Sprintf("%s is a %s SOPS file, but SOPS reads a file with this name as %s: it needs --input-type %s --output-type %s", name, alt, f.Format, alt, alt)})
				f.Format, f.Sniffed = alt, true
				doc, meta, err = altDoc, altMeta, nil
			}
		}
	}
	if err != nil {
		if f.Format == Binary && !looksLikeSopsJSON(src) {
			return f, nil // a plain binary file: no metadata, nothing to walk
		}
		return nil, locate(tf, err)
	}
	if meta != nil {
		mr := &metadataReader{}
		f.Metadata = mr.decode(meta.tree, meta.pos)
		f.Issues = append(f.Issues, mr.issues...)
	}
	f.Issues = append(f.Issues, nonStringKeys(doc)...)
	var cipher token.Pos
	f.Plaintext, cipher = plaintextLeaves(doc, f.Metadata)
	if f.Metadata == nil && cipher.IsValid() {
		f.Issues = append(f.Issues, Issue{Pos: cipher, Severity: SeverityError, Code: CodeMetadata,
			Message: "the file holds SOPS ciphertext but no sops metadata: it is truncated or damaged, and no key can decrypt it"})
	}
	sort.SliceStable(f.Issues, func(i, j int) bool { return f.Issues[i].Pos < f.Issues[j].Pos })
	return f, nil
}

// looksLikeSopsJSON tells a damaged SOPS binary-store file from a binary
// file that was never encrypted.
func looksLikeSopsJSON(src []byte) bool {
	return bytes.HasPrefix(bytes.TrimLeft(src, " \t\r\n"), []byte("{")) && bytes.Contains(src, []byte(`"sops"`))
}

// locate fills in the line and column of an *Error.
func locate(tf *token.File, err error) error {
	e, ok := err.(*Error)
	if !ok {
		e = &Error{Offset: 0, Msg: err.Error()}
	}
	e.Position, e.Source = tf.Position(e.Offset), tf
	return e
}

// rawMetadata is the metadata tree found in a document, before decoding.
type rawMetadata struct {
	tree *node
	pos  token.Pos
}

// load parses src with the store of format and takes the metadata out of
// the document, as the store's LoadEncryptedFile does.
func load(format Format, tf *token.File) (*document, *rawMetadata, error) {
	var doc *document
	var err error
	switch format {
	case YAML:
		doc, err = parseYAML(tf)
	case JSON, Binary:
		doc, err = parseJSON(tf)
	case Dotenv:
		doc, err = parseDotenv(tf)
	case INI:
		doc, err = parseINI(tf)
	}
	if err != nil {
		return nil, nil, err
	}
	var meta *rawMetadata
	if format == Dotenv {
		meta, err = extractPrefixed(doc)
	} else {
		meta, err = extractNested(doc, format == INI)
	}
	return doc, meta, err
}

// extractNested removes every top-level "sops" entry from every branch and
// returns the first branch's, as SOPS does for YAML, JSON and INI (whose
// [sops] section holds flattened keys).
func extractNested(doc *document, flattened bool) (*rawMetadata, error) {
	var meta *rawMetadata
	for i, b := range doc.branches {
		kept := b.children[:0:0]
		for _, c := range b.children {
			if c.kind == commentNode || c.key != "sops" || c.badKey {
				kept = append(kept, c)
				continue
			}
			if i > 0 {
				continue // SOPS drops it from later documents
			}
			if meta != nil {
				return nil, &Error{Offset: c.pos, Msg: "duplicate sops entry"}
			}
			if c.kind != mappingNode {
				return nil, &Error{Offset: c.pos, Msg: "the sops entry is not a mapping"}
			}
			meta = &rawMetadata{tree: c, pos: c.pos}
		}
		b.children = kept
	}
	if meta != nil && flattened {
		tree, err := unflatten(meta.tree.children)
		if err != nil {
			return nil, err
		}
		meta.tree = tree
	}
	return meta, nil
}

// extractPrefixed takes the sops_-prefixed entries out of the first branch
// (dotenv), as SOPS does, and unflattens them.
func extractPrefixed(doc *document) (*rawMetadata, error) {
	if len(doc.branches) == 0 {
		return nil, nil
	}
	b := doc.branches[0]
	var entries []*node
	kept := b.children[:0:0]
	for _, c := range b.children {
		if c.kind != commentNode && strings.HasPrefix(c.key, "sops_") {
			e := *c
			e.key = strings.TrimPrefix(c.key, "sops_")
			entries = append(entries, &e)
			continue
		}
		kept = append(kept, c)
	}
	b.children = kept
	if entries == nil {
		return nil, nil
	}
	tree, err := unflatten(entries)
	if err != nil {
		return nil, err
	}
	return &rawMetadata{tree: tree, pos: entries[0].pos}, nil
}

// nonStringKeys reports mapping keys that are not strings: SOPS refuses to
// encrypt or decrypt such a tree.
func nonStringKeys(doc *document) []Issue {
	var issues []Issue
	var visit func(n *node)
	visit = func(n *node) {
		for _, c := range n.children {
			if c.badKey {
				issues = append(issues, Issue{Pos: c.pos, Severity: SeverityError, Code: CodeNonString,
					Message: fmt.Sprintf("key %s is not a string; SOPS only supports string keys", c.key)})
			}
			visit(c)
		}
	}
	for _, b := range doc.branches {
		visit(b)
	}
	return issues
}
