{ lib, ... }: { flake.secrets.prod.directory = lib.mkForce "vault/prod"; }
