package eval

import (
	"github.com/secrets-lsp/secrets-lsp/nixparse/ast"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// A thunk forced while it is being forced is a cycle, but not always one
// Nix meets: the evaluator forces some values earlier than Nix does (the
// sets of attribute paths, the analysis' own config rounds), and what it
// does not know may hide the way Nix goes. The cycle is certain only when
// the thunk's own expression, evaluated as Nix evaluates it, needs the
// variable it is bound to before anything else that could fail or stop:
// `admins = admins ++ [ … ];` in a let or a rec set. Nix's message is
// then "infinite recursion encountered", at the expression.

// recursion is the value of t forced while it is being forced.
func (m *Machine) recursion(t *Thunk) Value {
	if t.expr != nil && needsItselfFirst(t.expr, t.env, t, 0) {
		return m.fail(origin(t.src, t.expr, Computed), "infinite recursion encountered")
	}
	return &Unknown{Reason: "infinite recursion"}
}

// needsItselfFirst reports whether evaluating x in env forces the thunk
// self before anything that may fail, following the operands Nix
// evaluates first (a list, set, function or literal evaluated before it
// cannot fail).
func needsItselfFirst(x ast.Expr, env *Env, self *Thunk, depth int) bool {
	if depth > 64 {
		return false
	}
	switch x := x.(type) {
	case *ast.Ident:
		// Bound by a let, a rec set or a function (with binds less
		// tightly): it is self only when that binding is.
		for e := env; e != nil; e = e.parent {
			if e.with == nil {
				if t, bound := e.slot(x.Name); bound {
					return t == self
				}
			}
		}
		return false
	case *ast.Paren:
		return needsItselfFirst(x.X, env, self, depth+1)
	case *ast.Select:
		return needsItselfFirst(x.X, env, self, depth+1)
	case *ast.HasAttr:
		return needsItselfFirst(x.X, env, self, depth+1)
	case *ast.Apply:
		return needsItselfFirst(x.Fun, env, self, depth+1)
	case *ast.If:
		return needsItselfFirst(x.Cond, env, self, depth+1)
	case *ast.Assert:
		return needsItselfFirst(x.Cond, env, self, depth+1)
	case *ast.Unary:
		return needsItselfFirst(x.X, env, self, depth+1)
	case *ast.Binary:
		if needsItselfFirst(x.X, env, self, depth+1) {
			return true
		}
		switch x.Op {
		case token.AND, token.OR, token.IMPL:
			return false // the right operand is evaluated only sometimes
		}
		return cannotFail(x.X) && needsItselfFirst(x.Y, env, self, depth+1)
	}
	return false
}

// cannotFail reports whether evaluating x to a value (not its contents)
// certainly succeeds.
func cannotFail(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.Paren:
		return cannotFail(x.X)
	case *ast.List, *ast.Lambda, *ast.Int, *ast.Float:
		return true
	case *ast.AttrSet:
		return !hasDynamic(x)
	case *ast.String:
		_, ok := x.Static()
		return ok
	}
	return false
}

// hasDynamic reports whether a set literal has attributes whose names are
// computed (evaluated with the set, they may fail).
func hasDynamic(x *ast.AttrSet) bool {
	for _, b := range x.Bindings {
		if a, ok := b.(*ast.Attr); ok {
			for _, n := range a.Path {
				if _, static := n.(*ast.Ident); !static {
					return true
				}
			}
		}
	}
	return false
}
