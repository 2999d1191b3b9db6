package eval

import "slices"

// lib.lists.listDfs and lib.lists.toposort (lib/lists.nix): a depth-first
// search for a minimal element, and the O(n²) sort built on it, calling
// the predicate on the same pairs in the same order as lib does, so that
// a predicate that fails fails at the same call.

// dfsResult is what listDfs returns: a minimal element, or with
// stopOnCycles a cycle (the path to it) and the elements it loops back to.
type dfsResult struct {
	minimal        *Thunk
	cycle          *Thunk
	loops, visited []*Thunk
	rest           []*Thunk
}

// listDfs is lib.lists.listDfs stopOnCycles before list for a list of at
// least one element, or the value replacing its result.
func (m *Machine) listDfs(stopOnCycles bool, before *Thunk, elems []*Thunk, o Origin) (dfsResult, Value) {
	us, visited, rest := elems[0], []*Thunk(nil), elems[1:]
	for {
		// before x us, for each x of xs: those for which it holds.
		isBefore := func(xs []*Thunk) (yes, no []*Thunk, bad Value) {
			for _, x := range xs {
				b, bad := m.test(m.Force(before), o, x, us)
				if bad != nil {
					return nil, nil, bad
				}
				if b {
					yes = append(yes, x)
				} else {
					no = append(no, x)
				}
			}
			return yes, no, nil
		}
		if stopOnCycles {
			loops, _, bad := isBefore(visited)
			if bad != nil {
				return dfsResult{}, bad
			}
			if len(loops) > 0 {
				return dfsResult{cycle: us, loops: loops, visited: visited, rest: rest}, nil
			}
		}
		right, wrong, bad := isBefore(rest)
		if bad != nil {
			return dfsResult{}, bad
		}
		if len(right) == 0 {
			return dfsResult{minimal: us, visited: visited, rest: rest}, nil
		}
		visited = append([]*Thunk{us}, visited...)
		us, rest = right[0], append(right[1:len(right):len(right)], wrong...)
		if !m.budget() {
			return dfsResult{}, m.exhausted(o, budgetExhausted)
		}
	}
}

// toposort is lib.lists.toposort before list: { result } or { cycle; loops; }.
func (m *Machine) toposort(before, list *Thunk, o Origin) Value {
	l, bad := m.list(list, o)
	if bad != nil {
		return bad
	}
	elems := l.Elems
	var result []*Thunk
	for len(elems) >= 2 {
		dfs, bad := m.listDfs(true, before, elems, o)
		if bad != nil {
			return bad
		}
		if dfs.cycle != nil {
			path := append([]*Thunk{dfs.cycle}, dfs.visited...)
			slices.Reverse(path)
			return mkAttrs(o, "cycle", &List{Elems: path, O: o}, "loops", &List{Elems: dfs.loops, O: o})
		}
		result = append(result, dfs.minimal)
		elems = append(append([]*Thunk(nil), dfs.visited...), dfs.rest...)
	}
	return mkAttrs(o, "result", &List{Elems: append(result, elems...), O: o})
}

// listDfsValue is lib.lists.listDfs as a value: the set lib returns.
func (m *Machine) listDfsValue(a []*Thunk, o Origin) Value {
	stop, bad := m.boolean(m.Force(a[0]), o)
	if bad != nil {
		return bad
	}
	l, bad := m.list(a[2], o)
	if bad != nil {
		return bad
	}
	if len(l.Elems) == 0 {
		return m.Apply(&Func{prim: builtin("tail")}, a[2], o)
	}
	dfs, bad := m.listDfs(stop, a[1], l.Elems, o)
	if bad != nil {
		return bad
	}
	list := func(xs []*Thunk) Value { return &List{Elems: xs, O: o} }
	if dfs.cycle != nil {
		return mkAttrs(o, "cycle", dfs.cycle, "loops", list(dfs.loops), "visited", list(dfs.visited), "rest", list(dfs.rest))
	}
	return mkAttrs(o, "minimal", dfs.minimal, "visited", list(dfs.visited), "rest", list(dfs.rest))
}
