{
  description = "the same age key listed for two admins (a shared team key under two names) and an SSH host key reused as a target in two groups (legal, warned)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let team = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; host = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILkCqslKNB8unoHSsVesRzg8O+n03wYGKPwG0ByHf+5C c@laptop"; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.a = {
          recipients.admins = [ { name = "team-a"; age = team; } { name = "team-b"; age = team; } ];
          recipients.targets = [ { name = "box"; key = host; } ];
          secret.x.targets = [ "box" ];
        };
        flake.secrets.b = {
          recipients.admins = [ { name = "team-a"; age = team; } ];
          recipients.targets = [ { name = "box"; key = host; } ];
          secret.y.targets = [ "*" ];
        };
      });
}
