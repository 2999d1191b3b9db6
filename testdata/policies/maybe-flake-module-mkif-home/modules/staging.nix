{ lib, ... }:
{
  config = lib.mkIf (builtins.getEnv "HOME" != "") {
    flake.secrets.staging = {
      recipients.admins = [ (import ./ops.nix) ];
      secret.app = { };
    };
  };
}
