{
  description = "keys.toml with quoted table names ([hosts.\"web.example.com\"]), literal 'strings', dotted keys and comments; host FQDNs become recipient names";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        t = builtins.fromTOML (builtins.readFile ./keys.toml);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.${t.meta.group} = {
          recipients.admins = [ { name = t.owner.name; age = t.owner.age; } ];
          recipients.targets = lib.mapAttrsToList (name: h: { inherit name; key = h.key; }) t.hosts;
          secret.tls-wildcard.targets = builtins.attrNames t.hosts;
        };
      });
}
