// Package syntax is the provider of syntax diagnostics: for every open .nix
// document, the errors nixparse finds — Nix 2.8's syntax errors and the
// checks it makes while parsing — and, when the file parses, its undefined
// variables. Each is placed on the token Nix reports it at, with a code
// that says what kind of error it is.
package syntax

import (
	"context"
	"path"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/nixparse"
	"github.com/secrets-lsp/secrets-lsp/nixparse/ast"
	"github.com/secrets-lsp/secrets-lsp/nixparse/scanner"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Diagnostic codes.
const (
	CodeSyntax            = "syntax-error"
	CodeInvalidNumber     = "invalid-number"
	CodePathTrailingSlash = "path-trailing-slash"
	CodeDuplicateAttr     = "duplicate-attribute"
	CodeDuplicateArg      = "duplicate-argument"
	CodeDynamicAttr       = "dynamic-attribute"
	CodeUndefinedVariable = "undefined-variable"
)

// Provider parses the open Nix documents. It remembers its answer for each
// version of a document, so a run re-parses only what changed.
type Provider struct {
	mu    sync.Mutex
	cache map[string]result // by path
}

type result struct {
	file  *token.File // the version parsed: documents get a new File per version
	diags []feature.Diagnostic
}

// New returns a syntax provider.
func New() *Provider { return &Provider{cache: map[string]result{}} }

// Name implements feature.Provider.
func (*Provider) Name() string { return "syntax" }

// Diagnose implements feature.Provider.
func (p *Provider) Diagnose(ctx context.Context, snap feature.Snapshot) ([]feature.Diagnostic, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []feature.Diagnostic
	open := map[string]bool{}
	for _, name := range snap.OpenFiles() {
		if path.Ext(name) != ".nix" {
			continue
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		open[name] = true
		f, err := snap.File(name)
		if err != nil {
			return nil, err
		}
		r, ok := p.cache[name]
		if !ok || r.file != f {
			r = result{file: f, diags: Check(name, f)}
			p.cache[name] = r
		}
		out = append(out, r.diags...)
	}
	for name := range p.cache {
		if !open[name] {
			delete(p.cache, name)
		}
	}
	return out, nil
}

// Check returns the syntax diagnostics of one Nix file.
func Check(name string, f *token.File) []feature.Diagnostic {
	file, errs := nixparse.Parse(f, 0)
	syntaxOK := true
	for _, e := range errs {
		if code(e.Msg) == CodeSyntax {
			syntaxOK = false
		}
	}
	// Variables in a tree with broken regions would be reported undefined
	// because their binding is in the broken part: wait for the syntax.
	if syntaxOK {
		errs = append(errs, nixparse.CheckVariables(file, nixparse.NixCurrent)...)
	}
	if len(errs) == 0 {
		return nil
	}
	last := token.Pos(0)
	for _, e := range errs {
		last = max(last, token.Pos(e.Pos.Offset))
	}
	toks := tokens(f, last)
	out := make([]feature.Diagnostic, 0, len(errs))
	for _, e := range errs {
		start, end := extent(file, toks, e, f.Source())
		out = append(out, feature.Diagnostic{
			Span:     feature.Span{File: name, Start: start, End: end},
			Severity: feature.SeverityError,
			Code:     code(e.Msg),
			Message:  e.Msg,
		})
	}
	return out
}

// code classifies an error by its message, which nixparse words as Nix does.
func code(msg string) string {
	switch {
	case strings.HasPrefix(msg, "syntax error"), msg == "memory exhausted":
		return CodeSyntax
	case strings.HasPrefix(msg, "invalid integer"), strings.HasPrefix(msg, "invalid float"):
		return CodeInvalidNumber
	case strings.HasPrefix(msg, "path has a trailing slash"):
		return CodePathTrailingSlash
	case strings.HasPrefix(msg, "attribute '") && strings.Contains(msg, "' already defined at "):
		return CodeDuplicateAttr
	case strings.HasPrefix(msg, "duplicate formal function argument"):
		return CodeDuplicateArg
	case strings.HasPrefix(msg, "dynamic attributes not allowed"):
		return CodeDynamicAttr
	case strings.HasPrefix(msg, "undefined variable"):
		return CodeUndefinedVariable
	}
	return CodeSyntax
}

// tokens scans the file up to the first token starting after last: Nix
// reports each error at a token, and the token gives the error's range.
func tokens(f *token.File, last token.Pos) []scanner.Token {
	var s scanner.Scanner
	s.Init(string(f.Source()), 0)
	var toks []scanner.Token
	for {
		t := s.Next()
		toks = append(toks, t)
		if t.Kind == token.EOF || t.Pos > last {
			return toks
		}
	}
}

// extent returns the range of an error Nix reports at offset at: the empty
// range at the end of the file for an unexpected end of file (Nix reports it
// at the start of the last lexeme, blanks and comments included); the whole
// string for one that starts there (a quoted attribute name); else the token
// that starts there, widened to whole characters (an invalid token may be
// one byte of a multi-byte character).
func extent(file *ast.File, toks []scanner.Token, e *nixparse.Error, src []byte) (token.Pos, token.Pos) {
	at := token.Pos(e.Pos.Offset)
	if strings.HasPrefix(e.Msg, "syntax error, unexpected end of file") {
		return token.Pos(len(src)), token.Pos(len(src))
	}
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Pos >= at })
	if i == len(toks) || toks[i].Pos != at {
		return at, at
	}
	end := toks[i].End
	if k := toks[i].Kind; k == token.QUOTE || k == token.IND_STRING_OPEN {
		ast.Inspect(file, func(n ast.Node) bool {
			if s, ok := n.(*ast.String); ok && s.Pos() == at {
				end = s.End()
			}
			return n != nil && n.Pos() <= at && at < n.End()
		})
	}
	for int(end) < len(src) && !utf8.RuneStart(src[end]) {
		end++
	}
	return at, end
}
