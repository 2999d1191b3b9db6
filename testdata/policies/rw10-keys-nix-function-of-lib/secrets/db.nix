{ lib, ... }:
let k = import ../keys.nix { inherit lib; }; in
{
  flake.secrets.prod.secret.pg-password.targets = k.roles.db ++ k.roles.web;
}
