{
  description = "staging, defined only under lib.mkIf (builtins.getEnv \"SECRETS_STAGING\" != \"\") (false for Nix), misspells an option: no error, as Nix never merges the group";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        ops = { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets = lib.mkMerge [
          { prod = { recipients.admins = [ ops ]; secret.db = { }; }; }
          (lib.mkIf (builtins.getEnv "SECRETS_STAGING" != "") {
            staging = { recipients.admins = [ ops ]; secrets.app = { }; };
          })
        ];
      });
}
