{
  description = "a shared module sets every group's directory with lib.mkDefault from a naming scheme; prod forces its own with lib.mkForce";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let groups = [ "dev" "prod" ]; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ./prod.nix ];
        systems = [ ];
        flake.secrets = lib.genAttrs groups (g: {
          directory = lib.mkDefault "env/${g}/secrets";
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          secret.app = { };
        });
      });
}
