{
  description = "Hosts whose key lookup throws (not provisioned yet) are skipped with builtins.tryEval, optional fields read with or and ?, a deepSeq'd sanity check that passes";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        inventory = {
          rpi-1 = { age = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n"; };
          rpi-2 = { pgp = "ABCDEFABCDEFABCDEFABCDEFABCDEFABCDEFABCD"; };
          rpi-3 = { };
        };
        keyOf = n: let h = inventory.${n}; in
          if h ? age then { age = h.age; }
          else if h ? pgp then { inherit (h) pgp; }
          else throw "host ${n}: no key yet";
        ready = lib.filter (n: (builtins.tryEval (keyOf n)).success) (builtins.attrNames inventory);
        targets = map (n: { name = n; } // keyOf n) ready;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "aarch64-linux" ];
        flake.secrets.iot = builtins.deepSeq targets {
          recipients.admins = [ { name = "tom"; age = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; pgp = inventory.tom.pgp or [ ]; } ];
          recipients.targets = targets;
          secret.wifiPsk.targets = [ "*" ];
          secret.zigbeeNetworkKey.targets = lib.optional (inventory.rpi-2 ? pgp) "rpi-2";
        };
      });
}
