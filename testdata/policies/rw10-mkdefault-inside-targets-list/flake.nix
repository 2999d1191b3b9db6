{
  description = "a list element wrapped in lib.mkDefault inside targets: Nix 2.8 with this lib accepts it (valid)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets.prod = {
        recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
        recipients.targets = [ { name = "web"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } { name = "db"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
        secret.tls.targets = [ "web" (lib.mkDefault "db") ];
      };
    });
}
