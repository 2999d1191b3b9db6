{
  description = "mistake: the same CSV parsing without trim; the first member's name keeps its trailing space";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        rows = map (lib.splitString ",")
          (lib.filter (l: l != "" && !lib.hasPrefix "name" l) (lib.splitString "\n" (builtins.readFile ./members.csv)));
        toRec = r: { name = builtins.elemAt r 0; key = builtins.elemAt r 2; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.ops = {
          recipients.admins = map toRec rows;
          secret.pagerduty = { };
        };
      });
}
