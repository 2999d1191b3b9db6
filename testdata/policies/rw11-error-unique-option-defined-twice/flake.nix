{
  description = "mistake: the finance team adds an external auditor in flake.nix although org.auditors is types.unique";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./auditors.nix { org.auditors = [ "1234ABCD1234ABCD1234ABCD1234ABCD1234ABCD" ]; } ];
      options.org.auditors = lib.mkOption {
        type = lib.types.unique { message = "org.auditors is owned by security; change it in auditors.nix only."; } (lib.types.listOf lib.types.str);
        default = [ ];
      };
      config = {
        systems = [ "x86_64-linux" ];
        flake.secrets.finance = {
          recipients.admins = [ { name = "cfo-office"; age = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; } ] ++ map (k: { name = "auditor-${builtins.substring 0 8 k}"; pgp = k; }) config.org.auditors;
          secret.bank-api = { };
          secret.payroll-db = { };
        };
      };
    });
}
