{
  description = "A keys file built with lib.fix (entries referring to each other), a helper with defaulted arguments that refer to other arguments and an @-pattern, names cut from keys with builtins.substring, shard numbers with arithmetic and lib.mod, lib.genList, builtins.sort lessThan, builtins.intersectAttrs, lib.concatLists of mapAttrsToList";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = lib.fix (self: {
          ops = { nia = "age1gz6qlat54d4qvrdfcemn9az28l83n4s4wfx2va8nq9l4av56s9tqmx25wx"; oto = "age1ar9ukd8w9arp5xhaagq3ctte32wq39vkgh6m257dgsszv27lnyqsjf55fq"; };
          shards = lib.genList (i: builtins.elemAt [ "age1e4k6xktty5h879050s9qxukjhjuuu0695wnvmdc5frxa5gymmgvsma3l8x" "age1ag5uhcp00xtrfl8fxztkf0kyx07h4x2r5xzgzen57semmtrfe4ws4nnkl4" "age19n74zmav4lwz7faafhzk7sr56y7as7kqat093gcc6p0zfmwsqdpqp68kaj" ] (lib.mod (i * 2 + 1) 3)) 3;
          all = self.ops // { backup = self.ops.nia; };
        });
        recipient = { name, key, extra ? [ ], ... }@args: { inherit name; age = [ key ] ++ extra; } // lib.optionalAttrs (args ? pgp) { inherit (args) pgp; };
        shardName = i: "shard-${toString (i + 1)}-${builtins.substring 4 4 (builtins.elemAt keys.shards i)}";
        wanted = { oto = true; ghost = true; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.storage = {
          recipients.admins = lib.concatLists (lib.mapAttrsToList (name: key: [ (recipient { inherit name key; }) ]) (builtins.intersectAttrs wanted keys.all))
            ++ [ (recipient { name = "nia"; key = keys.ops.nia; pgp = "00112233445566778899AABBCCDDEEFF00112233"; }) ];
          recipients.targets = lib.genList (i: recipient { name = shardName i; key = builtins.elemAt keys.shards i; }) (builtins.length keys.shards);
          secret.erasure-key.targets = builtins.sort builtins.lessThan (map (t: t.name) (lib.genList (i: { name = shardName i; }) 3));
          secret."shard-keys-${toString (2 * 3 - 4)}".targets = [ (shardName 0) ];
        };
      });
}
