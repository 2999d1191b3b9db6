{
  description = "Mistake: an admin's name used in targets; admins come from three modules with mkBefore and mkAfter, so the enum list in Nix's message is in merged order";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./a.nix ./b.nix ];
      systems = [ ];
      flake.secrets.prod = {
        recipients.admins = [ { name = "zoe"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
        recipients.targets = lib.mkAfter [ { name = "app"; age = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; } ];
        secret.db.targets = [ "app" "yann" ];
      };
    });
}
