{
  description = "hosts read from hosts.json and turned into targets with lib.attrsToList and a { name, value } pattern";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let hosts = lib.importJSON ./hosts.json; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.iot = {
          recipients.admins = [ { name = "home"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
          recipients.targets = map ({ name, value }: { inherit name; age = value.ssh; }) (lib.attrsToList hosts);
          secret.mqtt-password.targets = lib.attrNames (lib.filterAttrs (_: h: h.mqtt or false) hosts);
        };
      });
}
