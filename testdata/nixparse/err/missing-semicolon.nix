# One missing ';' gives one error; every binding is still there.
{ f, x }:
{
  a = 1
  b = 2; # ERROR "syntax error, unexpected '=', expecting ';'"
  c.d = f x
  e = 3; # ERROR "unexpected '=', expecting ';'"
  g = 4
  inherit f; # ERROR "unexpected INHERIT, expecting ';'"
  "h" = 5
  i = j: j # ERROR "unexpected '=', expecting ';'"
  k = 6 # ERROR "unexpected '=', expecting ';'"
} # ERROR "unexpected '}', expecting ';'"
