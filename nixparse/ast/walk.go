package ast

// Inspect traverses the tree rooted at n in source order, depth first: it
// calls f(n); if f returns true, Inspect visits each child of n, then calls
// f(nil). Comments are not visited.
func Inspect(n Node, f func(Node) bool) {
	if n == nil || !f(n) {
		return
	}
	eachChild(n, func(c Node) { Inspect(c, f) })
	f(nil)
}

// eachChild calls f on every non-nil child of n, in source order.
func eachChild(n Node, f func(Node)) {
	expr := func(x Expr) {
		if x != nil {
			f(x)
		}
	}
	names := func(ns []AttrName) {
		for _, n := range ns {
			f(n)
		}
	}
	switch n := n.(type) {
	case *File:
		expr(n.Expr)
	case *String:
		for _, p := range n.Parts {
			f(p)
		}
	case *Path:
		for _, p := range n.Parts {
			f(p)
		}
	case *Interp:
		expr(n.X)
	case *Paren:
		expr(n.X)
	case *List:
		for _, x := range n.Elems {
			f(x)
		}
	case *AttrSet:
		for _, b := range n.Bindings {
			f(b)
		}
	case *LegacyLet:
		for _, b := range n.Bindings {
			f(b)
		}
	case *Let:
		for _, b := range n.Bindings {
			f(b)
		}
		expr(n.Body)
	case *Attr:
		names(n.Path)
		expr(n.Value)
	case *Inherit:
		expr(n.From)
		names(n.Names)
	case *With:
		expr(n.Env)
		expr(n.Body)
	case *Assert:
		expr(n.Cond)
		expr(n.Body)
	case *If:
		expr(n.Cond)
		expr(n.Then)
		expr(n.Else)
	case *Lambda:
		if n.Param != nil && (n.Formals == nil || n.Param.NamePos < n.Formals.Lbrace) {
			f(n.Param)
		}
		if n.Formals != nil {
			f(n.Formals)
		}
		if n.Param != nil && n.Formals != nil && n.Param.NamePos > n.Formals.Lbrace {
			f(n.Param)
		}
		expr(n.Body)
	case *Formals:
		for _, x := range n.List {
			f(x)
		}
	case *Formal:
		f(n.Name)
		expr(n.Default)
	case *Apply:
		expr(n.Fun)
		expr(n.Arg)
	case *Select:
		expr(n.X)
		names(n.Path)
		expr(n.Default)
	case *HasAttr:
		expr(n.X)
		names(n.Path)
	case *Unary:
		expr(n.X)
	case *Binary:
		expr(n.X)
		expr(n.Y)
	}
}
