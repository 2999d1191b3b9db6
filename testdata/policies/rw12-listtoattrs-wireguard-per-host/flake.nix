{
  description = "VPN mesh: one WireGuard private key per gateway, generated with listToAttrs/nameValuePair into secrets/vpn/wg-<host>.yaml, plus a preshared key for every gateway";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        gateways = {
          gw-fra = "age1wz7mm25ffw94xxleg5a680v3arfydvelpge8zs64wnc22uy64usq0cer53";
          gw-ams = "age1en2equ9yfdwwlwl5f45cvd6vz57zxeffyk4lwxd9cm2v0a3qfvwqmy4wn4";
          gw-lon = "age14d9ky6ptyxgu9h0sqrned0rfupnc4w984s723u6tx20f6g3pyf2shzeefs";
          gw-nyc = "age1wl5cump2dgnpptfgvlqepct3mrsmqyjwz5wvv93ure6m7t348phs8m0qen";
          gw-sfo = "age1nfhd6qfynvwyle9enmqf0xgtcug24p59f6xrufu5hkj5kwu39ytqy45gmv";
          gw-sin = "age1hzk4yspchk6zswr7ytqd4zvzp4n4clzxulhmtua2eptva6hgwets0pq8cy";
          gw-syd = "age1htzvcp0hc9f2lvuhnd7zy4pl8wnqea924dqy665um8xy67dcgfgqldr2lw";
          gw-gru = "age1ehl6jh8cd7ynm4dy6zfg92tv8ylchm9788ee68ul7d0eekx275nq5jhzqc";
        };
        hosts = lib.attrNames gateways;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.vpn = {
          directory = "secrets/vpn";
          recipients.admins = [ { name = "netops"; age = [ "age12xxnq0txjc8wu92q9dq0rdrrjlufg586hp7n9rcm42f90sjcwuxq8grfwj" "age1gyz0smk89acwqyrptyr606yfufrrtexvg2nwupayes59s4tawy0q3nyw2p" ]; } ];
          recipients.targets = map (h: { name = h; age = gateways.${h}; }) hosts;
          secret = lib.listToAttrs (map (h: lib.nameValuePair "wireguard-${h}" {
            targets = [ h ];
            file = "secrets/vpn/wg-${h}.yaml";
          }) hosts) // {
            wg-preshared.targets = [ "*" ];
          };
        };
      });
}
