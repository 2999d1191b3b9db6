{ cond, set }:
let
  a = 1;
  inherit (set) b c;
  f = x: if x then a else b;
in
assert cond;
assert a == 1 -> b;
with set;
with { d = 4; };
let e = c + d; in
if cond then f cond else [ e map true null ]
