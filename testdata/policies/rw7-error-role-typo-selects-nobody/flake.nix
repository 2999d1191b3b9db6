{
  description = "users.nix roles; the payments secret goes to admins = [ ] and targets with role 'paymnets' (typo): no user has it, the secret selects nobody";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        users = import ./users.nix;
        having = role: builtins.attrNames (lib.filterAttrs (_: u: builtins.elem role u.roles) users);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "root"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.mapAttrsToList (name: u: { inherit name; inherit (u) key; }) users;
          secret.stripe-key = { admins = [ ]; targets = having "paymnets"; };
        };
      });
}
