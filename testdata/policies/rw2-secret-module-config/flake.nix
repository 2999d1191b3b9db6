{
  description = "Secrets written as functions reading their own config and name: targets chosen from the secret's file extension, admins from the name's prefix; one secret merges the function with a plain attrset through mkMerge";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        secretFor = { config, name, ... }: {
          targets = lib.optional (lib.hasSuffix ".env" config.file) "app";
          admins = if lib.hasPrefix "root-" name then [ "ada" ] else [ "ada" "ben" ];
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "ada"; age = "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4"; } { name = "ben"; age = "age1q44n8xc8ehmzvyke0542lupe05cu9jvpdxeppfz2gvnr48wzq44sunf8rr"; } ];
          recipients.targets = [ { name = "app"; age = "age1esmck9z2ddjau4c2ujjmmva5l95huk37w3k4sagn0ex97c8jh56q0slaqe"; } ];
          secret.app-env = lib.mkMerge [ secretFor { file = "secrets/prod/app.env"; } ];
          secret.root-ca = secretFor;
          secret.cache = secretFor;
        };
      });
}
