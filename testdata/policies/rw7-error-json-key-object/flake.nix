{
  description = "users.json gives one user's key as an object {\"age\": …} (copied from another tool's format); it reaches the key field";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let users = lib.importJSON ./users.json; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.corp = {
          recipients.admins = map (u: { inherit (u) name key; }) users;
          secret.vpn = { };
        };
      });
}
