{
  description = "mistake: keys.nix gets a host whose key is still a TODO integer placeholder 0; the normaliser throws";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        raw = import ./keys.nix;
        norm = name: v:
          let t = builtins.typeOf v; in
          if t == "string" || t == "list" then { inherit name; key = v; }
          else if builtins.isAttrs v then { inherit name; } // v
          else throw "bad key for ${name}";
        rs = lib.mapAttrsToList norm raw;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.platform = {
          recipients.admins = lib.filter (r: lib.hasPrefix "p-" r.name) rs;
          recipients.targets = lib.filter (r: !(lib.hasPrefix "p-" r.name)) rs;
          secret.datadog.targets = [ "*" ];
          secret.github-app.targets = [ "ci-runner" ];
        };
      });
}
