package eval

// errorCases are the evaluator's certain failures that Nix 2.8 reports
// (messages as nix-instantiate prints them, for files under /ws), and
// what looks like them but is no failure.
var errorCases = []evalCase{
	// A dynamic attribute may not name an attribute defined statically or
	// by an earlier dynamic one; Nix names where that one was defined (the
	// start of its path). `${"b"}` is static to Nix's parser.
	{"dynamic beside static path", `let n = "b"; in { a.${n}.x = 1; a.b.y = 2; }`, `{ a = «error: dynamic attribute 'b' already defined at /ws/test.nix:1:33»; }`},
	{"dynamic twice", `let n = "b"; in { ${n}.x = 1; ${n}.y = 2; }`, `«error: dynamic attribute 'b' already defined at /ws/test.nix:1:19»`},
	{"dynamic beside quoted", `let n = "b"; in { "${n}" = 1; b = 2; }`, `«error: dynamic attribute 'b' already defined at /ws/test.nix:1:31»`},
	{"dynamic fails only when its set is forced", `let n = "b"; in ({ a.${n}.x = 1; a.b.y = 2; c = 3; }).c`, `3`},
	{"interpolated literal is static", `{ a.${"b"}.x = 1; a.b.y = 2; }`, `{ a = { b = { x = 1; y = 2; }; }; }`},
	{"dynamic null is no attribute", `let n = null; in { ${n} = 1; b = 2; }`, `{ b = 2; }`},
	{"unknown dynamic name", `{ ${unknown} = 1; b = 2; }`, `{ b = 2; … }`},
}

func init() { evalCases = append(evalCases, errorCases...) }
