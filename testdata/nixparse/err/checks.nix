{ a, b, a }: # ERROR "duplicate formal function argument 'a'"
{ x, ... } @ x: # ERROR "duplicate formal function argument 'x'"
let # ERROR "dynamic attributes not allowed in let"
  ${a} = 1;
  inherit "${a}"; # ERROR "dynamic attributes not allowed in inherit"
in
{
  p = 1;
  p = 2; # ERROR "attribute 'p' already defined at checks.nix:8:3"
  q.r = 1; # ERROR "attribute 'r' already defined at checks.nix:11:16"
  q = { s = 1; r = 2; };
  inherit b;
  b = 3; # ERROR "attribute 'b' already defined at checks.nix:12:10"
  u = undefinedVar; # ERROR "undefined variable 'undefinedVar'"
  w = with a; maybeFromWith;
  y = map toString [ true null __curPos ];
}
