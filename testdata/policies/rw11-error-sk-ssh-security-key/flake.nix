{
  description = "mistake: an admin's YubiKey-backed SSH key (sk-ssh-ed25519@openssh.com) is given as key; age cannot encrypt to it";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets.infra = {
        recipients.admins = [
          { name = "ana"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }
          { name = "ben"; key = "sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29tAAAAIDb6LKq1vqKbXyW0O1EoV1yUbq/IOMnbn2TXUmHa9dP2AAAABHNzaDo= ben@yubikey"; }
        ];
        secret.root-ca-key = { };
      };
    };
}
