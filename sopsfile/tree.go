package sopsfile

import (
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// kind is what a node holds, in SOPS' tree model (sops.TreeBranch): a
// mapping, a sequence, a scalar leaf, a null, or a comment, which SOPS keeps
// in the tree and encrypts like a value.
type kind int

const (
	nullNode kind = iota
	scalarNode
	mappingNode
	sequenceNode
	commentNode
)

// node is one element of a document as SOPS sees it, whatever the format.
// A mapping's children carry their key; a sequence's do not. The text of a
// scalar may be a secret: it is read to tell ciphertext from plaintext and
// never leaves the package.
type node struct {
	kind     kind
	key      string    // the key of this node in its parent mapping
	badKey   bool      // the key is not a string (SOPS refuses such trees)
	pos      token.Pos // of the key in a mapping, else of the value or comment
	text     string    // a scalar's value or a comment's text
	isString bool      // a string scalar (only strings can be ENC[…] or empty)
	children []*node
}

// document is a parsed file: one branch per YAML document (one for the
// other formats), as SOPS' stores produce them.
type document struct {
	branches []*node // mapping nodes
}
