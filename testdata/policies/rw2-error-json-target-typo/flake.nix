{
  description = "keys.json drives hosts and each secret's host list; one host list misspells a machine (wrker for worker): the module system's enum error, with the names in declaration order";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        data = builtins.fromJSON (builtins.readFile ./keys.json);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.prod = {
          recipients.admins = [ { name = "ops"; age = data.ops; } ];
          recipients.targets = map (h: { inherit (h) name; age = h.key; }) data.hosts;
          secret = lib.mapAttrs (_: hosts: { targets = hosts; }) data.access;
        };
      });
}
