{
  description = "hosts in keys.toml as [[hosts]] array of tables with an inline table of roles; fromTOML, builtins.filter on roles";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        cfg = builtins.fromTOML (builtins.readFile ./keys.toml);
        has = role: builtins.filter (h: h.roles.${role} or false) cfg.hosts;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.${cfg.group} = {
          recipients.admins = map (a: { inherit (a) name age; }) cfg.admins;
          recipients.targets = map (h: { inherit (h) name key; }) cfg.hosts;
          secret.tls.targets = map (h: h.name) (has "web");
          secret.backup.targets = map (h: h.name) (has "backup");
        };
      });
}
