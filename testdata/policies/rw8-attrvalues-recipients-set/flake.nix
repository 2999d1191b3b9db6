{
  description = "recipients kept in a set keyed by name (so no duplicates by construction) and passed as builtins.attrValues (name order), while selections use lib.attrNames";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        people = { zoe = { name = "zoe"; age = "age1gz6qlat54d4qvrdfcemn9az28l83n4s4wfx2va8nq9l4av56s9tqmx25wx"; }; adam = { name = "adam"; age = "age1ar9ukd8w9arp5xhaagq3ctte32wq39vkgh6m257dgsszv27lnyqsjf55fq"; }; };
        boxes = { "box-b" = { name = "box-b"; key = "age1e4k6xktty5h879050s9qxukjhjuuu0695wnvmdc5frxa5gymmgvsma3l8x"; }; "box-a" = { name = "box-a"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILkCqslKNB8unoHSsVesRzg8O+n03wYGKPwG0ByHf+5C c@laptop"; }; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.prod = {
          recipients.admins = builtins.attrValues people;
          recipients.targets = builtins.attrValues boxes;
          secret.all.targets = lib.reverseList (lib.attrNames boxes);
          secret.a-only = { admins = [ "zoe" ]; targets = [ "box-a" ]; };
        };
      });
}
