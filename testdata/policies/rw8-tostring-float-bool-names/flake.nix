{
  description = "secret names built with toString of a float version (1.5 -> 1.500000 in Nix 2.8), of booleans (true -> 1, false -> empty), of nulland of a negative int";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        version = 1.5;
        canary = true;
        legacy = false;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          secret."app-v${toString version}" = { };
          secret."canary${toString canary}" = { };
          secret."legacy${toString legacy}x" = { };
          secret."null${toString null}x" = { };
          secret."offset${toString (-3)}" = { };
        };
      });
}
