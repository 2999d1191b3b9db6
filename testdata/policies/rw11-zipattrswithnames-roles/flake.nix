{
  description = "per-role key maps (admins.nix, hosts.nix) zipped with lib.zipAttrsWithNames for the two environments they share";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        admins = { prod = [ { name = "ana"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ]; stage = [ { name = "ben"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ]; lab = [ ]; };
        hosts = { prod = [ { name = "p1"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop"; } ]; stage = [ { name = "s1"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICRvZxzN+OG212m61pLkF6yoYGRC022lysjz1vesoUNq b@laptop"; } ]; };
        zipped = lib.zipAttrsWithNames [ "prod" "stage" ] (_env: vs: { admins = lib.elemAt vs 0; targets = lib.elemAt vs 1; }) [ admins hosts ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = lib.mapAttrs (_: r: { recipients = r; secret.app.targets = [ "*" ]; }) zipped;
      });
}
