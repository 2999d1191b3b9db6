{
  description = "keys/deploy read with lib.fileContents instead of keys/deploy.pub: the key is an OpenSSH private key block (fake body), whose type cannot be told";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ ];
      flake.secrets.ci = {
        recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
        recipients.targets = [ { name = "deploy"; key = lib.fileContents ./keys/deploy; } ];
        secret.deploy-token.targets = [ "deploy" ];
      };
    });
}
