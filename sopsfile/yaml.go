package sopsfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// yamlConv turns yaml.v3 nodes into SOPS' tree (stores/yaml/store.go),
// comments included, with byte offsets.
type yamlConv struct {
	tf     *token.File
	bom    bool
	budget int // nodes left to create: aliases must not explode
}

var errAliasBudget = errors.New("too many alias expansions")

// parseYAML reads every document of a YAML file as SOPS' YAML store does:
// the layout sops writes with a fast reader, anything else with yaml.v3.
func parseYAML(tf *token.File) (*document, error) {
	if doc, ok := parseYAMLFast(tf); ok {
		return doc, nil
	}
	return parseYAMLv3(tf)
}

// parseYAMLv3 is parseYAML with yaml.v3, for every YAML file.
func parseYAMLv3(tf *token.File) (*document, error) {
	src := tf.Source()
	if err := invalidUTF8(src); err != nil {
		return nil, err
	}
	c := &yamlConv{tf: tf, bom: bytes.HasPrefix(src, []byte("\xef\xbb\xbf")), budget: 4*len(src) + 4096}
	doc := &document{}
	dec := yaml.NewDecoder(bytes.NewReader(src))
	for {
		var n yaml.Node
		err := dec.Decode(&n)
		if err == io.EOF {
			return doc, nil
		}
		if err != nil {
			return nil, yamlError(tf, err)
		}
		if len(doc.branches) == 0 {
			if err := c.firstDocument(&n); err != nil {
				return nil, err
			}
		}
		branch := &node{kind: mappingNode, pos: c.pos(&n)}
		if err := c.branch(&n, branch, false); err != nil {
			return nil, err
		}
		doc.branches = append(doc.branches, branch)
	}
}

// firstDocument makes the checks SOPS gets from decoding the first
// document into a map before anything else: the document is a mapping (or
// empty), and no mapping in it repeats a key (yaml.v3 compares the keys'
// kind and text). Unlike yaml.v3's messages, these never quote a value.
func (c *yamlConv) firstDocument(doc *yaml.Node) error {
	root := doc
	if root.Kind == yaml.DocumentNode {
		if len(root.Content) == 0 {
			return nil
		}
		root = root.Content[0]
	}
	if root.Kind == yaml.AliasNode && root.Alias != nil {
		root = root.Alias
	}
	switch {
	case root.Kind == yaml.ScalarNode && root.ShortTag() == "!!null":
		return nil
	case root.Kind != yaml.MappingNode:
		return &Error{Offset: c.pos(root), Msg: "SOPS needs a mapping at the top of a YAML document, not a " + kindName(root.Kind)}
	}
	return c.uniqueKeys(root)
}

func (c *yamlConv) uniqueKeys(n *yaml.Node) error {
	if n.Kind == yaml.MappingNode {
		if ki, kj := repeatedKey(n); ki != nil {
			return &Error{Offset: c.pos(kj), Msg: fmt.Sprintf("invalid YAML: mapping key %s already defined at line %d", strconv.Quote(kj.Value), ki.Line)}
		}
	}
	for _, child := range n.Content {
		if err := c.uniqueKeys(child); err != nil {
			return err
		}
	}
	return nil
}

// repeatedKey returns the pair yaml.v3 reports first for a mapping that
// repeats a key (kind and text): the earliest key that occurs again, and
// its second occurrence. It takes linear time: yaml.v3 compares every pair.
func repeatedKey(m *yaml.Node) (first, again *yaml.Node) {
	type id struct {
		kind  yaml.Kind
		value string
	}
	seen := make(map[id]int, len(m.Content)/2) // key → index of its first occurrence
	best := -1                                 // the smallest such index that occurs again
	for j := 0; j+1 < len(m.Content); j += 2 {
		k := id{m.Content[j].Kind, m.Content[j].Value}
		i, ok := seen[k]
		switch {
		case !ok:
			seen[k] = j
		case best < 0 || i < best:
			best, again = i, m.Content[j]
		}
	}
	if best < 0 {
		return nil, nil
	}
	return m.Content[best], again
}

// invalidUTF8 locates the first byte that is not UTF-8: YAML must be text,
// and yaml.v3 does not say where it is not.
func invalidUTF8(src []byte) error {
	if utf8.Valid(src) {
		return nil
	}
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size == 1 {
			return &Error{Offset: token.Pos(i), Msg: fmt.Sprintf("not UTF-8 text: byte 0x%02x", src[i])}
		}
		i += size
	}
	return nil
}

// yamlLine matches where yaml.v3 names a line; compiled on the first
// error.
var yamlLine = lazyRegexp(`^line (\d+): `)

// yamlError turns a yaml.v3 error into an *Error at the line it names (the
// first one, for a list of decoding errors).
func yamlError(tf *token.File, err error) error {
	msg := err.Error()
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	off := token.Pos(0)
	if m := yamlLine().FindStringSubmatch(msg); m != nil {
		msg = msg[len(m[0]):]
		if line, convErr := strconv.Atoi(m[1]); convErr == nil {
			if p := tf.LineStart(line); p.IsValid() {
				// The line's first non-blank byte: yaml.v3 names no column.
				src := tf.Source()
				for int(p) < len(src) && (src[p] == ' ' || src[p] == '\t') {
					p++
				}
				off = p
			}
		}
	}
	return &Error{Offset: off, Msg: "invalid YAML: " + msg}
}

// pos converts a yaml.v3 line and column (1-based, counted in characters,
// after a byte order mark) to a byte offset.
func (c *yamlConv) pos(n *yaml.Node) token.Pos {
	if n.Line <= 0 {
		return 0
	}
	col := n.Column - 1
	if n.Line == 1 && c.bom {
		col++
	}
	p, err := c.tf.LSPOffset(n.Line-1, col, token.UTF32)
	if err != nil {
		return token.Pos(c.tf.Size())
	}
	return p
}

// comments adds the lines of a yaml.v3 comment to parent, each without its
// '#', as SOPS does. yaml.v3 does not position comments, so each is found
// in the source near the node it belongs to: before it (head) or after.
func (c *yamlConv) comments(text string, near token.Pos, before bool, parent *node) {
	if text == "" {
		return
	}
	src := c.tf.Source()
	for _, line := range strings.Split(text, "\n") {
		if line == "" {
			continue
		}
		p := near
		if before {
			if i := bytes.LastIndex(src[:near], []byte(line)); i >= 0 {
				p = token.Pos(i)
			}
		} else if i := bytes.Index(src[near:], []byte(line)); i >= 0 {
			p = near + token.Pos(i)
		}
		parent.children = append(parent.children, &node{kind: commentNode, pos: p, text: line[1:]})
	}
}

func (c *yamlConv) spend() error {
	c.budget--
	if c.budget < 0 {
		return errAliasBudget
	}
	return nil
}

// branch appends the entries of n to into (appendYamlNodeToTreeBranch).
func (c *yamlConv) branch(n *yaml.Node, into *node, commentsHandled bool) error {
	p := c.pos(n)
	if !commentsHandled {
		c.comments(n.HeadComment, p, true, into)
		c.comments(n.LineComment, p, false, into)
	}
	switch n.Kind {
	case yaml.DocumentNode:
		for _, item := range n.Content {
			if err := c.branch(item, into, false); err != nil {
				return err
			}
		}
	case yaml.SequenceNode:
		return &Error{Offset: p, Msg: "YAML documents that are sequences are not supported by SOPS"}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			if err := c.entry(n.Content[i], n.Content[i+1], into); err != nil {
				return err
			}
		}
	case yaml.ScalarNode:
		if n.ShortTag() != "!!null" {
			return &Error{Offset: p, Msg: "YAML documents that are values are not supported by SOPS"}
		}
	case yaml.AliasNode:
		if err := c.spend(); err != nil {
			return &Error{Offset: p, Msg: err.Error()}
		}
		if err := c.branch(n.Alias, into, false); err != nil {
			return err
		}
	}
	if !commentsHandled {
		c.comments(n.FootComment, p, false, into)
	}
	return nil
}

// entry appends one key: value pair and the comments around it.
func (c *yamlConv) entry(key, value *yaml.Node, into *node) error {
	kp, vp := c.pos(key), c.pos(value)
	c.comments(key.HeadComment, kp, true, into)
	c.comments(key.LineComment, kp, false, into)
	handleValueComments := value.Kind == yaml.ScalarNode || value.Kind == yaml.AliasNode
	if handleValueComments {
		c.comments(value.HeadComment, vp, true, into)
		c.comments(value.LineComment, vp, false, into)
	}
	child, err := c.value(value, handleValueComments)
	if err != nil {
		return err
	}
	child.key, child.pos = key.Value, kp
	switch key.ShortTag() {
	case "!!null", "!!bool", "!!int", "!!float", "!!timestamp":
		child.badKey = true
	}
	if key.Kind != yaml.ScalarNode {
		child.badKey, child.key = true, "(a "+kindName(key.Kind)+")"
	}
	into.children = append(into.children, child)
	if handleValueComments {
		c.comments(value.FootComment, vp, false, into)
	}
	c.comments(key.FootComment, kp, false, into)
	return nil
}

func kindName(k yaml.Kind) string {
	switch k {
	case yaml.MappingNode:
		return "mapping"
	case yaml.SequenceNode:
		return "sequence"
	case yaml.AliasNode:
		return "alias"
	}
	return "scalar"
}

// value converts a node in value position (nodeToTreeValue).
func (c *yamlConv) value(n *yaml.Node, commentsHandled bool) (*node, error) {
	if err := c.spend(); err != nil {
		return nil, &Error{Offset: c.pos(n), Msg: err.Error()}
	}
	p := c.pos(n)
	switch n.Kind {
	case yaml.SequenceNode:
		seq := &node{kind: sequenceNode, pos: p}
		if !commentsHandled {
			c.comments(n.HeadComment, p, true, seq)
			c.comments(n.LineComment, p, false, seq)
		}
		for _, item := range n.Content {
			ip := c.pos(item)
			c.comments(item.HeadComment, ip, true, seq)
			c.comments(item.LineComment, ip, false, seq)
			v, err := c.value(item, true)
			if err != nil {
				return nil, err
			}
			seq.children = append(seq.children, v)
			c.comments(item.FootComment, ip, false, seq)
		}
		if !commentsHandled {
			c.comments(n.FootComment, p, false, seq)
		}
		return seq, nil
	case yaml.MappingNode:
		m := &node{kind: mappingNode, pos: p}
		return m, c.branch(n, m, commentsHandled)
	case yaml.AliasNode:
		v, err := c.value(n.Alias, false)
		if err != nil {
			return nil, err
		}
		// The leaves of an alias are where the alias is.
		relocate(v, p)
		return v, nil
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!null":
			return &node{kind: nullNode, pos: p}, nil
		case "!!bool", "!!int", "!!float", "!!timestamp":
			return &node{kind: scalarNode, pos: p, text: n.Value}, nil
		}
		return &node{kind: scalarNode, pos: p, text: n.Value, isString: true}, nil
	}
	return &node{kind: nullNode, pos: p}, nil
}

func relocate(n *node, p token.Pos) {
	n.pos = p
	for _, c := range n.children {
		relocate(c, p)
	}
}
