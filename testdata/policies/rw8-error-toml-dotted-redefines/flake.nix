{
  description = "mistake: hosts.web.key set by a dotted key at the top, then [hosts.web] table defined again";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let t = builtins.fromTOML (builtins.readFile ./keys.toml); in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.prod = {
          recipients.admins = lib.mapAttrsToList (name: v: { inherit name; age = v.age; }) t.admins;
          recipients.targets = lib.mapAttrsToList (name: v: { inherit name; key = v.key; }) (t.hosts or { });
          secret = lib.mapAttrs (_: v: { targets = v.targets or [ ]; } // lib.optionalAttrs (v ? file) { inherit (v) file; }) (t.secrets or { });
        };
      });
}
