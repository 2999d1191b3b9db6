// Package nixparse parses Nix source text into a syntax tree (package ast),
// makes the checks Nix makes while parsing, and resolves variables. It
// follows Nix 2.8 (the parser in Debian's nix-bin) token for token, so it
// accepts and rejects exactly what `nix-instantiate --parse` does, reports
// errors where Nix does, and never gives up: whatever the input, it returns
// a tree, with BadExpr and BadBinding nodes over the broken regions.
//
// # Parsing a file
//
//	file, errs := nixparse.ParseFile("default.nix", src, nixparse.ParseComments)
//
// errs holds syntax errors ("syntax error, unexpected ';', expecting ']'"),
// lexical errors (integer overflow, a path ending in a slash) and the
// parse-time checks: duplicate attributes, with Nix 2.8's merging of nested
// attribute sets; duplicate function arguments; dynamic attributes in let
// and inherit. It is sorted by position; Error.Seq orders the errors as Nix
// meets them, and errs.NixFirst() is the one nix-instantiate would print.
// Positions are byte offsets (token.Pos) in the tree and Nix-style
// line:column in errors; file.File (a *token.File) converts between
// offsets, Nix positions and LSP positions in UTF-16.
//
// A program that is done with each tree before it parses the next file (a
// batch such as `debug parse`) can parse with a Parser, which builds each
// tree in the memory of the last one:
//
//	var p nixparse.Parser
//	for _, f := range files {
//		file, errs := p.ParseFile(f.Name, f.Src, 0) // valid until the next call
//		…
//	}
//
// # Walking the tree
//
// The tree keeps the surface syntax: parentheses, attribute paths as
// written, inherit clauses, each piece of a string, legacy let { }.
// ast.Inspect visits it in source order:
//
//	ast.Inspect(file, func(n ast.Node) bool {
//		if s, ok := n.(*ast.String); ok {
//			fmt.Println(file.File.Position(s.Pos()), s.Pieces())
//		}
//		return true
//	})
//
// ast.BuildAttrs gives the set a binding list denotes once attribute paths
// are merged (`a.b = 1; a.c = 2;` is one attribute a), with the node where
// each attribute is defined; ast.StaticName and ast.ConstString say which
// names and strings Nix knows at parse time.
//
// # Resolving variables
//
//	res, undefined := nixparse.Resolve(file, nixparse.Nix28)
//	ref := res.Refs[ident] // for each *ast.Ident used as a variable
//
// A Ref says whether the variable is Bound (by a let, a rec set or a
// function argument: Ref.Def, Ref.Formal or Ref.Param is the binding, and
// Ref.Scope the scope), FromWith (only an enclosing with can provide it:
// Ref.Scope is the innermost, Scope.Parent leads to the outer ones), a
// Builtin, or Undefined; undefined ones are also returned as errors, as Nix
// reports them after parsing. Names of `inherit a;` clauses resolve too
// (res.Inherits), and res.Scopes lists every scope with its node, for
// completion. Lexical scopes win over with, and builtins over with, as in
// Nix. Nix28 is the global scope of Nix 2.8; NixCurrent adds the builtins
// of current Nix. CheckVariables only reports.
//
// # Reading files
//
// FilePath and ReadFile resolve a file argument as nix-instantiate does
// (a symbolic link followed, a directory meaning its default.nix); relative
// paths in the file are relative to the directory of the result.
//
// # Printing
//
// Package printer prints a tree desugared, in the one-line form of
// `nix-instantiate --parse` (Config.Print, or Config.Append into a reused
// buffer); `secrets-lsp debug parse FILE...` is built on it.
package nixparse
