{
  description = "Mistake: a recipient given gpg = \"<fingerprint>\" (the field is pgp)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ ];
      flake.secrets.legal = {
        recipients.admins = [
          { name = "counsel"; gpg = "4F1A2B3C4D5E6F708192A3B4C5D6E7F8091A2B3C"; }
          { name = "office"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }
        ];
        secret.contracts-archive = { };
      };
    };
}
