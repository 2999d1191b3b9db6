package sopsfile

import (
	"bytes"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// parseDotenv reads a dotenv file as SOPS' dotenv store does
// (stores/dotenv/store.go): one KEY=value per line, split at the first '=';
// lines starting with '#' are comments; empty lines are skipped; nothing is
// trimmed or unquoted.
func parseDotenv(tf *token.File) (*document, error) {
	src := tf.Source()
	root := &node{kind: mappingNode}
	for off := 0; off <= len(src); {
		end := bytes.IndexByte(src[off:], '\n')
		if end < 0 {
			end = len(src) - off
		}
		line := src[off : off+end]
		p := token.Pos(off)
		off += end + 1
		switch {
		case len(line) == 0:
			continue
		case line[0] == '#':
			root.children = append(root.children, &node{kind: commentNode, pos: p, text: string(line[1:])})
		default:
			eq := bytes.IndexByte(line, '=')
			if eq < 0 {
				return nil, &Error{Offset: p, Msg: "invalid dotenv line: no '=' (the line is not shown: it may hold a secret)"}
			}
			root.children = append(root.children, &node{kind: scalarNode, isString: true, pos: p,
				key: string(line[:eq]), text: strings.ReplaceAll(string(line[eq+1:]), `\n`, "\n")})
		}
	}
	return &document{branches: []*node{root}}, nil
}
