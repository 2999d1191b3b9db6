{
  description = "Mistake: one host file under hosts/ is a placeholder that throws (\"key not generated yet\") and is imported with the others";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ ];
      flake.secrets.fleet = {
        recipients.admins = [ { name = "fleet-admin"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
        recipients.targets = map (f: import (./hosts + "/${f}.nix")) [ "h1" "h2" "h3" ];
        secret.wg-key.targets = [ "h1" ];
      };
    });
}
