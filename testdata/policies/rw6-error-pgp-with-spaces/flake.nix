{
  description = "Mistake: a PGP fingerprint pasted as gpg --fingerprint prints it (groups of four, with spaces)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ ];
      flake.secrets.finance = {
        recipients.admins = [
          { name = "cfo"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }
          { name = "auditor"; pgp = "85E3 8F69 046B 44C1 EC9F  B07B 76D7 8F05 00D0 26C4"; }
        ];
        secret.bank-api = { };
      };
    };
}
