{
  description = "mistake: a person gets both an age and a pgp key in the attrTag option, which takes exactly one tag";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }:
      let inherit (lib) mkOption types; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        options.people = mkOption {
          type = types.attrsOf (types.attrTag {
            age = mkOption { type = types.str; };
            pgp = mkOption { type = types.str; };
          });
          default = { };
        };
        config = {
          systems = [ "x86_64-linux" ];
          people.ana.age = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf";
          people.ben.pgp = "C0FFEE00C0FFEE00C0FFEE00C0FFEE00C0FFEE00";
          people.ben.age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79";
          flake.secrets.eng = {
            recipients.admins = lib.mapAttrsToList (name: k: { inherit name; } // k) config.people;
            secret.github-app-key = { };
          };
        };
      });
}
