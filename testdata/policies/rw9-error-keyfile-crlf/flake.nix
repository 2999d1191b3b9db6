{
  description = "mistake: a host key file checked out with Windows line endings; lib.fileContents strips the newline but keeps the carriage return";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets.prod = {
        recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
        recipients.targets = [
          { name = "web"; age = lib.fileContents ./keys/web.pub; }
          { name = "ci-runner"; age = lib.fileContents ./keys/ci-runner.age; }
        ];
        secret.deploy.targets = [ "*" ];
      };
    });
}
