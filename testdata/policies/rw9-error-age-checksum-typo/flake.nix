{
  description = "mistake: one character of an age key mistyped (q for p) when copied from chat; the bech32 checksum fails";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets.dev = {
        recipients.admins = [ { name = "ana"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } { name = "raj"; age = "age1ltxj84ua89qw644q8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
        secret.env = { };
      };
    };
}
