{
  description = "one secret per supported Postgres major version (lib.versions.major of each version string) so old clusters keep their own password";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let versions = [ "14.11" "15.6" "16.2" ]; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.db = {
          recipients.admins = [ { name = "dba"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
          recipients.targets = [ { name = "pg-old"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } { name = "pg-new"; age = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; } ];
          secret = lib.listToAttrs (map (v: lib.nameValuePair "pg${lib.versions.major v}-superuser" {
            targets = if lib.versionOlder v "16" then [ "pg-old" ] else [ "pg-new" ];
          }) versions);
        };
      });
}
