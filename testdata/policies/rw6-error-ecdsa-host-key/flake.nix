{
  description = "Mistake: a host's ecdsa-sha2-nistp256 SSH key (what ssh-keyscan prints first) in the key field; age takes only ssh-ed25519 and ssh-rsa";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ ];
      flake.secrets.hosts = {
        recipients.admins = [ { name = "sysadmin"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
        recipients.targets = [
          { name = "db"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILkCqslKNB8unoHSsVesRzg8O+n03wYGKPwG0ByHf+5C c@laptop"; }
          { name = "legacy"; key = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBHf2XQnHd7gMTyQ8cUw3p7TOqOeNAh3e5NjuWH5IU/ikJ0DQCnNzUnDFNrTJjqW2lvCmpL2yb6fd7rI2XkSsmMQ= root@legacy"; }
        ];
        secret.db-password.targets = [ "db" "legacy" ];
      };
    };
}
