{
  description = "Legal but suspicious, as a growing team writes it: a host selected by name beside \"*\", the on-call laptop key reused under a host name, a person who is both admin and target, a selection repeating a name";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets.prod = {
        recipients = {
          admins = [
            { name = "pat"; age = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; }
            { name = "quinn"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILkCqslKNB8unoHSsVesRzg8O+n03wYGKPwG0ByHf+5C c@laptop"; }
          ];
          targets = [
            { name = "edge1"; age = "age12xxnq0txjc8wu92q9dq0rdrrjlufg586hp7n9rcm42f90sjcwuxq8grfwj"; }
            # the on-call laptop doubles as a jump host
            { name = "jump"; age = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; }
            { name = "quinn"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILkCqslKNB8unoHSsVesRzg8O+n03wYGKPwG0ByHf+5C c@laptop"; }
          ];
        };
        secret = {
          tlsKey.targets = [ "*" "edge1" ];
          jumpHostCA = { admins = [ "pat" "pat" ]; targets = [ "jump" "quinn" "jump" ]; };
        };
      };
    };
}
