{
  description = "group and secret names that sort differently by byte order than by dictionary order (digits, upper case, -, ., _), so the rule order shows Nix's attrNames order";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ ];
      flake.secrets = {
        prod = {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          secret = { "b" = { }; "B" = { }; "a_b" = { }; "a-b" = { }; "a.b" = { }; "9lives" = { }; "_x" = { }; "Zed" = { }; };
        };
        Prod = {
          recipients.admins = [ { name = "ops"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
          secret.only = { };
        };
        "_infra" = {
          recipients.admins = [ { name = "ops"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
          secret.only = { };
        };
      };
    };
}
