{
  description = "An inventory built with lib.makeExtensible and extended twice (.extend with final/prev): a site overlay adds hosts and replaces one host's key";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        base = lib.makeExtensible (self: {
          admins = { alice = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; };
          hosts = { gw = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; nas = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; };
          allHosts = lib.attrNames self.hosts;
        });
        inventory = (base.extend (final: prev: {
          hosts = prev.hosts // { printer = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; };
        })).extend (final: prev: {
          hosts = prev.hosts // { nas = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n"; };
          admins = prev.admins // { bob = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; };
        });
        toRecipients = lib.mapAttrsToList (name: age: { inherit name age; });
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.home = {
          recipients.admins = toRecipients inventory.admins;
          recipients.targets = toRecipients inventory.hosts;
          secret.wifi-psk.targets = inventory.allHosts;
          secret.nas-smb.targets = [ "nas" ];
        };
      });
}
