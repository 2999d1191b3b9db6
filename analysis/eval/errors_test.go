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
	// A variable that no with's known set has is undefined; one an open
	// set may have is unknown.
	{"undefined through with", `let names = { alice = "a"; bob = "b"; }; in with names; bobb`, `«error: undefined variable 'bobb'»`},
	{"undefined through nested withs", `with { a = 1; }; with { b = 2; }; a + b + c`, `«error: undefined variable 'c'»`},
	{"through a with of an open set", `with { ${unknown} = 1; a = 2; }; [ a c ]`, `[ 2 «unknown» ]`},
	{"through an unknown with", `with unknown; c`, `«unknown»`},
	// A binding that needs its own value before anything else is infinite
	// recursion; a cycle behind what the evaluator does not know is
	// unknown.
	{"let needs itself", `let admins = admins ++ [ 1 ]; in admins`, `«error: infinite recursion encountered»`},
	{"let needs itself after a list", `let x = [ 1 ] ++ x; in x`, `«error: infinite recursion encountered»`},
	{"rec set attribute needs itself", `(rec { a = a.b; }).a`, `«error: infinite recursion encountered»`},
	{"condition needs itself", `let x = if x then 1 else 2; in x`, `«error: infinite recursion encountered»`},
	{"recursion behind an unknown", `let x = y ++ x; y = unknown; in x`, `«unknown»`},
	{"nested dynamic name reads its own set", `let s = { a.${s.b} = 1; b = "c"; }; in s.a.c`, `1`},
	{"lazy self-reference", `let x = { a = 1; b = x.a; }; in x.b`, `1`},
	{"self-reference in a branch", `let f = n: if n == 0 then 0 else f (n - 1); in f 3`, `0`},
	// A let's or rec set's value naming one of its bindings is that
	// binding, also when an outer scope has the name too.
	{"let names its own later binding", `let b = 2; in let a = b; b = 1; in a`, `1`},
	{"rec set names its own binding", `let b = 2; in (rec { a = b; b = 1; }).a`, `1`},
	{"let aliasing itself beside an outer binding", `let x = 1; in let x = x; in x`, `«error: infinite recursion encountered»`},
}

func init() { evalCases = append(evalCases, errorCases...) }
