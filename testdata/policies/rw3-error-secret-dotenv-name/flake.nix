{
  description = "A secret named .env after the file a docker-compose setup reads: a name may not start with a dot";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets.compose = {
        recipients.admins = [ { name = "xavi"; age = "age1ar9ukd8w9arp5xhaagq3ctte32wq39vkgh6m257dgsszv27lnyqsjf55fq"; } ];
        recipients.targets = [ { name = "docker-host"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILkCqslKNB8unoHSsVesRzg8O+n03wYGKPwG0ByHf+5C c@laptop"; } ];
        secret.".env" = { targets = [ "docker-host" ]; };
        secret.traefikAcme = { targets = [ "docker-host" ]; file = "secrets/compose/acme.json"; };
      };
    };
}
