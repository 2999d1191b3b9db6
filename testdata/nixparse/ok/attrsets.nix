let
  x = { y = 1; z = 2; };
  m = 3;
  n = "name";
in {
  plain = { b = 2; a = 1; };
  recursive = rec { a = 1; b = a; };
  paths = { a.b.c = 1; a.b.d = 2; a.e = 3; };
  merged = { a = { b = 1; }; a.c = 2; a = { d = 3; }; };
  mergedRec = { a = rec { b = 1; }; a.c = b; };
  paren = { a = ({ b = 1; }); a.c = 2; };
  quoted = { "a b" = 1; "if" = 2; "" = 3; "1a" = 4; "ok-name'" = 5; ${"dyn"} = 6; };
  dynamic = { ${n} = 1; "${n}2" = 2; ${n + "3"}.z = 3; a.${n} = 4; };
  inherits = { inherit x; inherit (x) y z; inherit "n"; inherit ${"m"}; };
  orName = { or = 1; a.or = 2; };
  inheritOr = let or = 1; in { inherit or; };
  empty = { };
  emptyRec = rec { };
  legacy = let { a = 1; body = a; };
  emptyInherit = { inherit (undefinedHere); a = let inherit (alsoUndefined); in 1; };
  droppedDynamic = { a = { b = 1; }; a = { ${n} = 2; c = 3; }; };
}
