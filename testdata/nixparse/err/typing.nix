# An edit in progress: each incomplete binding costs one error.
{ pkgs, lib }:
{
  a = pkgs.; # ERROR "unexpected ';', expecting ID or OR_KW or DOLLAR_CURLY or '\"'"
  b = ; # ERROR "unexpected ';'"
  c = lib.mkIf (pkgs.x) {
    d = [ "one" "two" ];
  e = pkgs.x.y or; # ERROR "unexpected ';'"
  f = if true then 1; # ERROR "unexpected ';', expecting ELSE"
  g = x: ; # ERROR "unexpected ';'"
  h = 8;
} # ERROR "unexpected end of file, expecting ';'"
