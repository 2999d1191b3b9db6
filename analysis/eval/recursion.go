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

// SelfSelect returns Nix's infinite recursion when t, the definition of
// the option at path (a module's config.<path>), selects config.<path> or
// an attribute in it before anything that may fail, evaluated as Nix
// evaluates it: merging the option then needs t's value again (a list
// option filtered from itself, a set of secrets mapped from itself). It
// returns nil otherwise. config is the module argument config.
func (m *Machine) SelfSelect(t, config *Thunk, path []string) Value {
	if t == nil || t.expr == nil || config == nil {
		return nil
	}
	if m.selectsFirst(t.expr, t.env, config, path, 0) {
		return m.fail(origin(t.src, t.expr, Computed), "infinite recursion encountered")
	}
	return nil
}

// selectsFirst is needsItselfFirst for a select of config.<path…> (see
// SelfSelect), which also follows the argument of the builtins and lib
// functions that force a list or set first.
func (m *Machine) selectsFirst(x ast.Expr, env *Env, config *Thunk, path []string, depth int) bool {
	if depth > 64 {
		return false
	}
	next := func(y ast.Expr) bool { return m.selectsFirst(y, env, config, path, depth+1) }
	switch x := x.(type) {
	case *ast.Paren:
		return next(x.X)
	case *ast.Select:
		if id, ok := x.X.(*ast.Ident); ok && bound(env, id.Name) == config && len(x.Path) >= len(path) {
			for i, p := range path {
				if n, ok := staticAttrName(x.Path[i]); !ok || n != p {
					return false
				}
			}
			return true
		}
		return next(x.X)
	case *ast.HasAttr:
		return next(x.X)
	case *ast.If:
		return next(x.Cond)
	case *ast.Assert:
		return next(x.Cond)
	case *ast.Unary:
		return next(x.X)
	case *ast.Binary:
		if next(x.X) {
			return true
		}
		switch x.Op {
		case token.AND, token.OR, token.IMPL:
			return false
		}
		return cannotFail(x.X) && next(x.Y)
	case *ast.Apply:
		var args []ast.Expr
		f := ast.Expr(x)
		for a, ok := f.(*ast.Apply); ok; a, ok = unparen(f).(*ast.Apply) {
			args = append([]ast.Expr{a.Arg}, args...)
			f = a.Fun
		}
		if next(f) {
			return true
		}
		n := m.strictArg(f, env)
		if n == 0 || n > len(args) {
			return false
		}
		for _, a := range args[:n-1] {
			if !cannotFail(a) {
				return false
			}
		}
		return next(args[n-1])
	}
	return false
}

// strictArgs are the builtins and lib functions that force their n-th
// argument, a list or set, before anything else that may fail.
var strictArgs = map[string]int{
	"filter": 2, "map": 2, "mapAttrs": 2, "attrNames": 1, "attrValues": 1,
	"length": 1, "head": 1, "concatMap": 2, "concatLists": 1, "listToAttrs": 1,
}

// libStrictArgs are those of lib's own functions.
var libStrictArgs = map[string]int{"mapAttrsToList": 2, "filterAttrs": 2}

// strictArg is the argument the function f (builtins.<name>, the global
// map or lib.<name>, as bound in env) forces first, 1-based, or 0.
func (m *Machine) strictArg(f ast.Expr, env *Env) int {
	f = unparen(f)
	if id, ok := f.(*ast.Ident); ok && id.Name == "map" && bound(env, "map") == nil {
		return strictArgs["map"] // the global, which no with hides
	}
	s, ok := f.(*ast.Select)
	if !ok || len(s.Path) != 1 || s.Default != nil {
		return 0
	}
	id, ok := s.X.(*ast.Ident)
	name, static := staticAttrName(s.Path[0])
	if !ok || !static {
		return 0
	}
	t := bound(env, id.Name)
	if t == nil {
		if id.Name == "builtins" {
			return strictArgs[name] // the global, which no with hides
		}
		return 0
	}
	switch t.Forced() {
	case Value(m.Builtins()):
		return strictArgs[name]
	case Value(m.Lib()):
		return max(strictArgs[name], libStrictArgs[name])
	}
	return 0
}

func unparen(x ast.Expr) ast.Expr {
	for p, ok := x.(*ast.Paren); ok; p, ok = x.(*ast.Paren) {
		x = p.X
	}
	return x
}

// bound is the thunk name is bound to by a let, a rec set or a function
// in env (not by a with), or nil.
func bound(env *Env, name string) *Thunk {
	for e := env; e != nil; e = e.parent {
		if e.with == nil {
			if t, ok := e.slot(name); ok {
				return t
			}
		}
	}
	return nil
}

// staticAttrName is the name an attribute path element spells out.
func staticAttrName(n ast.AttrName) (string, bool) {
	switch n := n.(type) {
	case *ast.Ident:
		return n.Name, true
	case *ast.String:
		return n.Static()
	}
	return "", false
}
