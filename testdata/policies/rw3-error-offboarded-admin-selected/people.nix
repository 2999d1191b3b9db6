{ lib, ... }:
let
  people = {
    gus = { active = true; age = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7"; };
    hilde = { active = false; age = "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4"; };  # left 2026-10
    ivo = { active = true; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPlvceyx2Z7t1rCPlt2oFghSCIACee9xiAshq9jo2x6H d@laptop"; };
  };
in
{
  flake.secrets.prod.recipients.admins = lib.mapAttrsToList
    (name: p: { inherit name; } // builtins.removeAttrs p [ "active" ])
    (lib.filterAttrs (_: p: p.active) people);
}
