{ inputs, lib, ... }:
{
  imports = [ inputs.secrets-lsp.flakeModules.default ./nix/policy.nix ];
  systems = [ "x86_64-linux" "aarch64-linux" "aarch64-darwin" ];
  perSystem = { system, ... }: {
    legacyPackages.policySystem = system;
  };
}
