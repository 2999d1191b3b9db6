{
  description = "builtins.elem u.roles \"admin\" (arguments swapped) when picking admins from users.nix";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let users = { ana = { roles = [ "admin" ]; key = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }; }; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.prod = {
          recipients.admins = lib.mapAttrsToList (name: u: { inherit name; inherit (u) key; }) (lib.filterAttrs (_: u: builtins.elem u.roles "admin") users);
          secret.db = { };
        };
      });
}
