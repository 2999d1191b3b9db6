{
  # A path, however it is written, is the same module as ./common.nix.
  imports = [ (../. + "/common.nix") ./../common.nix ];
  flake.secrets.prod.secret.db-password = { };
}
