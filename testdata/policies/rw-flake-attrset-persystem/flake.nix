{
  description = "flake = { secrets = …; } beside perSystem, nixosModules and a let shared by both; groups written as functions of their name";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ self, flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }:
      let
        team = {
          alice = "age1m0q2k6skp7u4sd9ktk3847eweudwce8h2r55q9lx2epf662h9yvsd88rfp";
          bob = "age1sw0yk40nwgnurmvtknevde9hq8gg9yk49qw8zhftp8uhkr9aauyqevhl7l";
          carol = "age15vkkkgqhwztx9an4vpzp9tu53sg4ussfy6dz7gwddzvxckxghecqetn39z";
        };
        envs = {
          dev = { hosts = { dev1 = "age1skqyse90gt608htzkm4qluqszua0j6pwwy9qmdzlcqxwlknxx5gqeecdn2"; }; admins = [ "alice" "bob" "carol" ]; };
          prod = { hosts = { p1 = "age1xjfnquuyp3xlxm4lrcxgsve90fgh840hf6a8qwemxge8ya6msylsrfuvhv"; p2 = "age1n3yr4z58ml43de2d407eyuhn9ukvpu345s23ychmhmwa4wkka92saaf78a"; }; admins = [ "alice" ]; };
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" "aarch64-darwin" ];

        perSystem = { pkgs, system, ... }: {
          devShells.default = pkgs.mkShell { packages = [ pkgs.sops pkgs.age ]; };
        };

        flake = {
          nixosModules.default = { ... }: { sops.defaultSopsFile = ./secrets/prod/app.yaml; };
          secrets = lib.mapAttrs (env: cfg: { name, ... }: {
            directory = "secrets/${name}";
            recipients.admins = map (n: { name = n; age = team.${n}; }) cfg.admins;
            recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) cfg.hosts;
            secret.app.targets = [ "*" ];
            secret.db = lib.mkIf (env == "prod") { targets = [ "p1" ]; };
          }) envs;
        };
      });
}
