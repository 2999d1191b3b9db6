{
  description = "keys.nix as nested attrsets imported with let, recipients from lib.mapAttrsToList, hosts filtered by role, secrets by lib.genAttrs, the flake = { secrets = ...; } form";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = import ./keys.nix;
        toRecipient = name: key: { inherit name key; };
        webHosts = lib.attrNames (lib.filterAttrs (_: h: h.role == "web") keys.hosts);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake = {
          secrets = {
            prod = {
              recipients.admins = lib.mapAttrsToList toRecipient keys.users;
              recipients.targets = lib.mapAttrsToList (name: h: { inherit name; age = h.age; }) keys.hosts;
              secret = lib.genAttrs [ "tls-cert" "session-key" ] (_: { targets = webHosts; })
                // { db-password.targets = [ "db-1" ]; };
            };
          };
        };
      });
}
