{
  description = "hosts sharded into groups by the first letter of their name (lib.stringToCharacters, builtins.groupBy)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hosts = import ./hosts.nix;
        shard = name: if builtins.elem (lib.head (lib.stringToCharacters name)) (lib.stringToCharacters "abcdefghijklm") then "a-m" else "n-z";
        shards = builtins.groupBy (h: shard h.name) hosts;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = lib.mapAttrs (_: hs: {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = hs;
          secret.consul-gossip.targets = [ "*" ];
        }) shards;
      });
}
