{
  description = "Admins with an optional second key: age = [ primary ] ++ lib.optional (yubikey != null) yubikey; another admin's pgp given as lib.optionals; a host's key list with an empty placeholder removed by lib.filter";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        people = [
          { name = "quirin"; primary = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; yubikey = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; gpg = null; }
          { name = "rosa"; primary = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; yubikey = null; gpg = "4F2A9C7E1B3D5F60718293A4B5C6D7E8F9012345"; }
        ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.core = {
          recipients.admins = map (p: {
            inherit (p) name;
            age = [ p.primary ] ++ lib.optional (p.yubikey != null) p.yubikey;
            pgp = lib.optionals (p.gpg != null) [ p.gpg ];
          }) people;
          recipients.targets = [ { name = "core-1"; key = lib.filter (k: k != "") [ "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf" "" "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICRvZxzN+OG212m61pLkF6yoYGRC022lysjz1vesoUNq b@laptop" ]; } ];
          secret.master-key.admins = [ "quirin" "rosa" ];
          secret.core-tls.targets = [ "core-1" ];
        };
      });
}
