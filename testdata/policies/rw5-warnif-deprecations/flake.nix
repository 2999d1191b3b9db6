{
  description = "Deprecation helpers around the policy: lib.warnIf on a legacy host list, lib.warn wrapping a renamed secret's targets, builtins.trace on the admin list; all still evaluate (warnings only go to stderr)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        legacyHosts = [ "old-vpn" ];
        hosts = [ { name = "vpn1"; key = "age12xxnq0txjc8wu92q9dq0rdrrjlufg586hp7n9rcm42f90sjcwuxq8grfwj"; } { name = "old-vpn"; key = "age1gyz0smk89acwqyrptyr606yfufrrtexvg2nwupayes59s4tawy0q3nyw2p"; } ];
        admins = [ { name = "tove"; age = "age1pfta0y87x06qg6wmcd4exvfgewkmaeycvqznhajpfwsk7quh3d2q8ech5a"; } ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.vpn = {
          recipients.admins = builtins.trace "vpn admins: ${toString (map (a: a.name) admins)}" admins;
          recipients.targets = lib.warnIf (legacyHosts != [ ]) "vpn: legacy hosts still present: ${lib.concatStringsSep ", " legacyHosts}" hosts;
          secret.openvpn-ca.targets = [ "*" ];
          secret.wg-psk.targets = lib.warn "vpn: wg-psk is renamed to wireguard-psk in the next release" [ "vpn1" ];
        };
      });
}
