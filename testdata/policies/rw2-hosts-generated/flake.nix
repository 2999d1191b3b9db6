{
  description = "A fleet generated from numbers: host names from lib.range and toString, keys zipped from a list, targets via lib.imap1, per-host secrets with lib.mapAttrs' and lib.nameValuePair, a shared secret for every host via listToAttrs";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hostKeys = [ "age1gz6qlat54d4qvrdfcemn9az28l83n4s4wfx2va8nq9l4av56s9tqmx25wx" "age1ar9ukd8w9arp5xhaagq3ctte32wq39vkgh6m257dgsszv27lnyqsjf55fq" "age1e4k6xktty5h879050s9qxukjhjuuu0695wnvmdc5frxa5gymmgvsma3l8x" "age1ag5uhcp00xtrfl8fxztkf0kyx07h4x2r5xzgzen57semmtrfe4ws4nnkl4" ];
        hostNames = map (i: "node-${toString i}") (lib.range 1 (builtins.length hostKeys));
        hosts = builtins.listToAttrs (lib.zipListsWith lib.nameValuePair hostNames hostKeys);
        perHost = lib.mapAttrs' (host: _: lib.nameValuePair "${host}-wireguard" { targets = [ host ]; admins = [ ]; }) hosts;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.cluster = {
          recipients.admins = lib.imap1 (i: key: { name = "admin${toString i}"; inherit key; }) [ "age19n74zmav4lwz7faafhzk7sr56y7as7kqat093gcc6p0zfmwsqdpqp68kaj" "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPlvceyx2Z7t1rCPlt2oFghSCIACee9xiAshq9jo2x6H d@laptop" ];
          recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) hosts;
          secret = perHost // builtins.listToAttrs [
            { name = "k3s-token"; value.targets = [ "*" ]; }
            { name = "etcd-ca"; value = { targets = lib.take 3 hostNames; admins = [ "admin2" ]; }; }
          ];
        };
      });
}
