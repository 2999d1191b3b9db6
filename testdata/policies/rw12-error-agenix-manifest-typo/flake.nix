{
  description = "mistake: secrets.nix lists the desktop as \"dekstop\" for syncthing";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        users = {
          cleo = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICRvZxzN+OG212m61pLkF6yoYGRC022lysjz1vesoUNq b@laptop";
          dmitri = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw";
        };
        systems = {
          router = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIO+u+fvKeQR/A2yy8PLGlQb/64kn6EBTlWd29gTs4+Ne root@h1";
          nas = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBY8y+z61lqJK2PtYV51RzQtsBUT/HAjM4wiDUgu9CVY root@h2";
          laptop = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJkzQPNWgJQUKbFhzhmG1qMmMaWoxRqNJ7j3si5+tPrz root@h3";
          desktop = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHgyScdNu1bU1xYesYXbw1uscb6EhEFIuDC3UOVIo9/d root@h4";
        };
        manifest = import ./secrets.nix;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.home = {
          recipients.admins = lib.mapAttrsToList (name: key: { inherit name key; }) users;
          recipients.targets = lib.mapAttrsToList (name: key: { inherit name key; }) systems;
          secret = lib.mapAttrs (_: machines: { targets = machines; }) manifest;
        };
      });
}
