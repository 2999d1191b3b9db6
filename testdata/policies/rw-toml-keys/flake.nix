{
  description = "Keys in a TOML file (builtins.fromTOML and lib.importTOML): typed fields merged from TOML tables, SSH keys under another name, roles filtering people";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = builtins.fromTOML (builtins.readFile ./keys.toml);
        inherit (lib.importTOML ./keys.toml) hosts;
        hasRole = role: lib.filterAttrs (_: p: builtins.elem role p.roles) keys.people;
        person = name: p: { inherit name; } // lib.getAttrs (lib.intersectLists [ "age" "pgp" ] (lib.attrNames p)) p
          // lib.optionalAttrs (p ? ssh) { age = p.ssh; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.ops = {
          recipients.admins = lib.mapAttrsToList person (hasRole "admin");
          recipients.targets = lib.mapAttrsToList person (hasRole "contractor")
            ++ lib.mapAttrsToList (name: key: { inherit name key; }) hosts;
          secret.pager-token = { admins = lib.attrNames (hasRole "oncall"); targets = [ "carol.ext" ]; };
          secret.web-tls.targets = lib.filter (lib.hasPrefix "web-") (lib.attrNames hosts);
          secret.batch-creds.targets = [ "batch" ];
        };
      });
}
