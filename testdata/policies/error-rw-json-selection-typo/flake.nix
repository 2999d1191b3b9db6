{
  description = "Who reads what kept in access.json; one name there is misspelled";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        access = lib.importJSON ./access.json;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.prod = {
          recipients.admins = [ { name = "lead"; age = "age1dp2h265cc4t0hh6rsnvmtjj3tctf6djqwpht4c3fzth678nru3jsdyrt32"; } ];
          recipients.targets = [
            { name = "api"; age = "age1m0q2k6skp7u4sd9ktk3847eweudwce8h2r55q9lx2epf662h9yvsd88rfp"; }
            { name = "worker"; age = "age1sw0yk40nwgnurmvtknevde9hq8gg9yk49qw8zhftp8uhkr9aauyqevhl7l"; }
            { name = "backups"; age = "age15vkkkgqhwztx9an4vpzp9tu53sg4ussfy6dz7gwddzvxckxghecqetn39z"; }
            { name = "scheduler"; age = "age1skqyse90gt608htzkm4qluqszua0j6pwwy9qmdzlcqxwlknxx5gqeecdn2"; }
          ];
          secret = lib.mapAttrs (_: targets: { inherit targets; }) access;
        };
      });
}
