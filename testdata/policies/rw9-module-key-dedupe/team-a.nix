{
  imports = [ (import ./admins.nix) ];
  flake.secrets.prod.secret.a-db = { };
}
