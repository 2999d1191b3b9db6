{
  description = "A README.md beside the host key files is read as a key";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hosts = lib.mapAttrs (file: _: lib.fileContents (./hosts + "/${file}")) (builtins.readDir ./hosts);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.fleet = {
          recipients.admins = [ { name = "ops"; age = "age13d02mvhhkthyt99uecq5av7c2tlhztqpccjgy9dlxwxlujpez9fqrxjszj"; } ];
          recipients.targets = lib.mapAttrsToList (name: key: { inherit name key; }) hosts;
          secret.vpn.targets = [ "*" ];
        };
      });
}
