{
  description = "lib taken from the nixpkgs input (inputs.nixpkgs.lib) in flake.nix, outside any module: hosts mapped to recipients";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, nixpkgs, ... }:
    let
      lib = nixpkgs.lib;
      hosts = { web = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; db = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; };
    in
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ ];
      flake.secrets.prod = {
        recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
        recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) hosts;
        secret.tls.targets = lib.attrNames hosts;
        secret.db-password.targets = lib.filter (lib.hasPrefix "d") (lib.attrNames hosts);
      };
    };
}
