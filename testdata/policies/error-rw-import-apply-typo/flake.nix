{
  description = "A typo inside a module applied with importApply: the error names that module's file";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [
        inputs.secrets-lsp.flakeModules.default
        (flake-parts.lib.importApply ./group.nix { hosts = { prometheus-1 = "age157knrdqdlftllrpvk9efxwqt7n6tx4wt7eltn30tsu3a8ag62c7s5mth4n"; }; })
      ];
      systems = [ "x86_64-linux" ];
      flake.secrets.prod.recipients.admins = [ { name = "ops"; age = "age178tvw5qsztgt2zjq7ynvlrczks042whtvsr7ryjx0wfe8dksqscqeead0u"; } ];
    };
}
