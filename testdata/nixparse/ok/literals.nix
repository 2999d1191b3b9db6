# Numbers, strings, paths and URIs in every form the lexer knows.
{
  ints = [ 0 7 007 42 9223372036854775807 ];
  floats = [ 1.5 .5 0.5 1. 1.e2 2.5e-3 1.0E+10 123456.5 1.e-5 00.5 ];
  # 1e3 is 1 applied to e3, 01.5 is 01 applied to .5
  apps = x: e3: [ (1e3) (01.5) ];
  str = "tab\t nl\n cr\r quote\" backslash\\ dollar\$ other\q $$ $ ${"x"}$";
  ends = [ "$" "a$" "\$" "" ];
  uris = [ http://example.org/a?b=c&d https://x.y:80/~user x:x github:NixOS/nixpkgs ];
  paths = [ ./a ./a/b/../c a/b ../up /abs/./x/../y ~/home ./. ./a.nix a-b/c+d_e.f ];
  interp = x: [ ./a/${x} ./a/${x}/b ./${x} ~/${x} a/${x}.nix ./a${x} ./a.${x}.nix ];
  search = [ <nixpkgs> <nixpkgs/lib> <a.b/c-d> ];
  pos = __curPos;
  minus = x: [ (-1) (- x) (x - 1) (x -1) ];
}
