{ pkgs }:
let
  xs = [ 1 2 3 ; # ERROR "unexpected ';'"
  s = { a = 1; ; # ERROR "unexpected ';'"
  t = (1 + 2; # ERROR "unexpected ';', expecting '\)'"
  v = 7;
in # ERROR "unexpected IN"
{ inherit xs s t v; w = "${pkgs.x}"; # ERROR "unexpected end of file" # ERROR "undefined variable 't'" # ERROR "undefined variable 'v'"
