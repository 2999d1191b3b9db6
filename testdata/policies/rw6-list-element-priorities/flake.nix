{
  description = "Priorities on single list elements: a recipient written as lib.mkForce { ... } and one as lib.mkDefault { ... } inside the admins list (each element is merged on its own, so both stay)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ ];
      flake.secrets.lab = {
        recipients.admins = [
          (lib.mkForce { name = "pi"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; })
          (lib.mkDefault { name = "student"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; })
          { name = "ta"; age = lib.mkDefault "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; }
        ];
        secret.cluster-token = { };
      };
    });
}
