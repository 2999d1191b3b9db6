{
  description = "helpers in nix/lib.nix (mkGroup taking admins, hosts and a list of { name; on; } secrets) imported with { inherit lib; }; two groups built with it";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        h = import ./nix/lib.nix { inherit lib; };
        people = import ./nix/people.nix;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = h.mkGroup {
          admins = with people; [ alex sam ];
          hosts = { app01 = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; app02 = "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex"; worker01 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop"; };
          secrets = [
            { name = "rails-master-key"; on = [ "app01" "app02" ]; }
            { name = "sidekiq-redis-url"; on = [ "worker01" ]; }
            { name = "backup-gpg"; }
          ];
        };
        flake.secrets.staging = h.mkGroup {
          admins = [ people.alex ];
          hosts = { stg01 = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n"; };
          secrets = [ { name = "rails-master-key"; on = h.all; } ];
        };
      });
}
