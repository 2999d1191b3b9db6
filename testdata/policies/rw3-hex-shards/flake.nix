{
  description = "Storage shards named by their hexadecimal index (lib.toHexString over lib.range 10 12), the keys zipped in with lib.zipListsWith; a secret for the first shard named literally";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = [ "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n" "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g" "age12xxnq0txjc8wu92q9dq0rdrrjlufg586hp7n9rcm42f90sjcwuxq8grfwj" ];
        shards = lib.zipListsWith (i: key: { name = "shard-${lib.toLower (lib.toHexString i)}"; inherit key; }) (lib.range 10 12) keys;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.storage = {
          recipients.admins = [ { name = "lena"; age = "age1gyz0smk89acwqyrptyr606yfufrrtexvg2nwupayes59s4tawy0q3nyw2p"; } ];
          recipients.targets = shards;
          secret.erasureCodingKey.targets = [ "*" ];
          secret.shardAMigration.targets = [ "shard-a" ];
        };
      });
}
