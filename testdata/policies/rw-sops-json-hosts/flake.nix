{
  description = "Keys in sops.json (admins and hosts by name), a per-host secrets file and shared secrets mapped to host lists, in the style of nix-community/infra";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = builtins.fromJSON (builtins.readFile ./sops.json);
        toRecipients = lib.mapAttrsToList (name: key: { inherit name; age = key; });

        # Which hosts may read the shared module secrets.
        permissions = {
          backup = [ "build03" ];
          community-builder = [ "build01" "darwin01" ];
          hercules-ci = [ "build03" "build04" "darwin02" ];
          "rfc39_private_key" = [ "web01" ];
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" "aarch64-darwin" ];

        flake.secrets.infra = {
          directory = "modules/secrets";
          recipients.admins = toRecipients keys.admins;
          recipients.targets = toRecipients keys.hosts;
          secret =
            {
              secrets.file = "secrets.yaml";
              terraform.file = "terraform/secrets.yaml";
            }
            // builtins.mapAttrs (_: hosts: { targets = hosts; }) permissions
            // builtins.listToAttrs (map
              (host: {
                name = "host-${host}";
                value = {
                  file = "hosts/${host}/secrets.yaml";
                  targets = [ host ];
                };
              })
              (builtins.attrNames keys.hosts));
        };
      });
}
