{
  description = "A machine-only secret (admins = [ ], targets = [ \"*\" ]) in a group whose hosts.json is still empty";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = lib.importJSON ./keys.json;
        toRecipients = lib.mapAttrsToList (name: age: { inherit name age; });
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.edge = {
          recipients.admins = toRecipients keys.admins;
          recipients.targets = toRecipients keys.hosts;
          secret.tls.targets = [ "*" ];
          secret.machine-token = { admins = [ ]; targets = [ "*" ]; };
        };
      });
}
