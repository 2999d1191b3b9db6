{
  description = "A secret's targets set in three modules at priorities mkOptionDefault (1500), mkDefault (1000) and mkOverride 900: only the mkOverride 900 definitions count, two of them concatenated; another secret keeps its mkDefault value";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./site-a.nix ./site-b.nix ];
      systems = [ ];
      flake.secrets.edge = {
        recipients.admins = [ { name = "netops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
        recipients.targets = [
          { name = "pop-fra"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; }
          { name = "pop-nyc"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; }
          { name = "pop-sin"; age = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; }
        ];
        secret.wireguard-psk.targets = lib.mkOptionDefault [ "*" ];
        secret.bgp-md5.targets = lib.mkDefault [ "pop-fra" "pop-nyc" "pop-sin" ];
      };
    });
}
