{
  description = "The team's own switches (options.secretsPolicy.staging.enable = mkEnableOption, extraAdmins = listOf attrs) decide whether a staging group exists (config = lib.mkIf …) and who else is admin; set in flake.nix";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./policy.nix ./staging.nix ];
      systems = [ "x86_64-linux" ];
      secretsPolicy.staging.enable = true;
      secretsPolicy.extraAdmins = [ { name = "auditor"; pgp = "1111222233334444555566667777888899990000"; } ];
    };
}
