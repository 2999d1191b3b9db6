{
  description = "hybrid recipients: each admin has an age key for offline work plus the environment's KMS key; a PGP break-glass admin only in prod (lib.optional), hosts by SSH key";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        kms = env: "arn:aws:kms:eu-west-1:210987654321:alias/sops-${env}";
        people = { nora = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7"; felix = "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4"; };
        mkEnv = env: hosts: {
          recipients.admins = lib.mapAttrsToList (name: age: { inherit name age; kms = kms env; }) people
            ++ lib.optional (env == "prod") { name = "breakglass"; pgp = "C0FFEE00C0FFEE00C0FFEE00C0FFEE00C0FFEE00"; };
          recipients.targets = lib.mapAttrsToList (name: key: { inherit name key; }) hosts;
          secret.app.targets = [ "*" ];
          secret.root-ca = { admins = lib.attrNames people; targets = [ ]; };
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = mkEnv "prod" { edge1 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJkzQPNWgJQUKbFhzhmG1qMmMaWoxRqNJ7j3si5+tPrz root@h3"; edge2 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHgyScdNu1bU1xYesYXbw1uscb6EhEFIuDC3UOVIo9/d root@h4"; };
        flake.secrets.staging = mkEnv "staging" { stg-edge = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIML3g/5oVoI9wnYOgRmo4IOl0mzbOwDsyNhWUPxQgr1h root@h5"; };
      });
}
