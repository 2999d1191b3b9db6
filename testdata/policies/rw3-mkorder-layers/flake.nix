{
  description = "Admins of one group from five modules with explicit orders: security under mkOrder 400, an imported escalation module under mkBefore, platform plain, contractors under mkOrder 1200, auditors under mkAfter; a staging group whose admins are mkDefault in a base module and replaced by a plain definition";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [
        inputs.secrets-lsp.flakeModules.default
        ./base.nix
        ./people/platform.nix
        ./people/security.nix
        ./people/contractors.nix
        ./people/auditors.nix
      ];
      systems = [ "x86_64-linux" ];
      flake.secrets.staging.recipients.admins = [ { name = "stage-lead"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; } ];
    };
}
