{
  description = "Host keys looked up with nested 'or' defaults (h.meta.sshKey or h.ageKey or null) from JSON where hosts store their key in different places; hosts with no key at all dropped with lib.filterAttrs on null";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hosts = lib.importJSON ./hosts.json;
        keyOf = h: h.meta.sshKey or h.ageKey or null;
        keyed = lib.filterAttrs (_: k: k != null) (lib.mapAttrs (_: keyOf) hosts);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.mail = {
          recipients.admins = [ { name = "otto"; age = "age1m94f2uhh3n8mn3e2cezh7tzswd67ea4dkd4xy5apk00lmyg9lvzqa7al2p"; } ];
          recipients.targets = lib.mapAttrsToList (name: key: { inherit name key; }) keyed;
          secret.dkim-private.targets = lib.attrNames keyed;
          secret.relay-sasl.targets = [ "relay-1" ];
        };
      });
}
