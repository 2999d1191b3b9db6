{
  description = "a secret for machines only: admins = [ ] and targets = [ \"*\" \"bastion\" ] (star beside a name, legal with a warning)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets.fleet = {
        recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
        recipients.targets = [ { name = "bastion"; age = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop"; } { name = "app"; age = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; } ];
        secret.host-ca = { admins = [ ]; targets = [ "*" "bastion" ]; };
        secret.ops-only = { };
      };
    };
}
