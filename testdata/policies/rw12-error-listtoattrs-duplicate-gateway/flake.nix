{
  description = "mistake: the gateway list is written out and gw-ams was added twice by two merged pull requests, so two targets carry one name";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = import ./gateways.nix;
        hosts = [ "gw-fra" "gw-ams" "gw-lon" "gw-nyc" "gw-ams" "gw-sin" ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.vpn = {
          directory = "secrets/vpn";
          recipients.admins = [ { name = "netops"; age = [ "age12xxnq0txjc8wu92q9dq0rdrrjlufg586hp7n9rcm42f90sjcwuxq8grfwj" "age1gyz0smk89acwqyrptyr606yfufrrtexvg2nwupayes59s4tawy0q3nyw2p" ]; } ];
          recipients.targets = map (h: { name = h; age = keys.${h}; }) hosts;
          secret = lib.listToAttrs (map (h: lib.nameValuePair "wireguard-${h}" {
            targets = [ h ];
            file = "secrets/vpn/wg-${h}.yaml";
          }) hosts) // {
            wg-preshared.targets = [ "*" ];
          };
        };
      });
}
