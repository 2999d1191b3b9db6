{
  description = "settings set of booleans (withKms, withCi, backups) gating recipients with lib.optional / lib.optionals and a secret with lib.optionalAttrs";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        settings = { withKms = true; withCi = false; backups = true; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "alice"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ]
            ++ lib.optional settings.withKms { name = "aws"; kms = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"; }
            ++ lib.optionals settings.withCi [ { name = "ci"; age = "age1q44n8xc8ehmzvyke0542lupe05cu9jvpdxeppfz2gvnr48wzq44sunf8rr"; } ];
          recipients.targets = [ { name = "app"; key = "age1esmck9z2ddjau4c2ujjmmva5l95huk37w3k4sagn0ex97c8jh56q0slaqe"; } ]
            ++ lib.optional settings.backups { name = "backup"; key = "age1m94f2uhh3n8mn3e2cezh7tzswd67ea4dkd4xy5apk00lmyg9lvzqa7al2p"; };
          secret = {
            app-secret.targets = [ "app" ];
          } // lib.optionalAttrs settings.backups {
            restic.targets = [ "backup" ];
          } // lib.optionalAttrs settings.withCi {
            deploy-token.targets = [ "app" ];
          };
        };
      });
}
