{
  description = "users.json: each user has a \"keys\" list mixing age, ssh and pgp (short key form, type inferred) and an optional kms; lib.importJSON, optionalAttrs for kms";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let users = lib.importJSON ./users.json; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.corp = {
          recipients.admins = map (u: { inherit (u) name; key = u.keys; } // lib.optionalAttrs (u ? kms) { inherit (u) kms; }) (builtins.filter (u: u.admin) users);
          recipients.targets = map (u: { inherit (u) name; key = u.keys; }) (builtins.filter (u: !u.admin) users);
          secret.payroll = { admins = [ "hr-lead" ]; targets = [ ]; };
          secret.vpn.targets = [ "*" ];
        };
      });
}
