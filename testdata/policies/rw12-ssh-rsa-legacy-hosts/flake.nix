{
  description = "legacy CentOS hosts have only ssh-rsa host keys, newer ones ssh-ed25519; keys read from pubkeys/<host>.pub with lib.fileContents (comments kept in _recipients, dropped in the rule)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        pub = h: lib.fileContents (./pubkeys + "/${h}.pub");
        legacy = [ "erp-old" ];
        modern = [ "erp-new" "reports" ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.erp = {
          recipients.admins = [ { name = "it-admin"; age = pub "it-admin"; } ];
          recipients.targets = map (h: { name = h; age = pub h; }) (legacy ++ modern);
          secret.erp-db.targets = [ "erp-old" "erp-new" ];
          secret.report-smtp.targets = [ "reports" ];
          secret.license.targets = [ "*" ];
        };
      });
}
