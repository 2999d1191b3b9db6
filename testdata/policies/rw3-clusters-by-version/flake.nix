{
  description = "Blue/green Kubernetes upgrades: each cluster's name comes from its version (lib.versions.majorMinor, dots replaced), the secret for the current cluster chosen with lib.versionAtLeast / builtins.compareVersions";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        clusters = [
          { version = "1.29.7"; key = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7"; }
          { version = "1.30.2"; key = "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4"; }
        ];
        nameOf = c: "k8s-" + builtins.replaceStrings [ "." ] [ "-" ] (lib.versions.majorMinor c.version);
        newest = lib.foldl' (a: b: if builtins.compareVersions b.version a.version > 0 then b else a) (builtins.head clusters) clusters;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.platform = {
          recipients.admins = [ { name = "bo"; age = "age1q44n8xc8ehmzvyke0542lupe05cu9jvpdxeppfz2gvnr48wzq44sunf8rr"; } ];
          recipients.targets = map (c: { name = nameOf c; age = c.key; }) clusters;
          secret.externalDnsToken.targets = map nameOf (lib.filter (c: lib.versionAtLeast c.version "1.30") clusters);
          secret.sealedSecretsKey.targets = [ (nameOf newest) ];
          secret.oldClusterOnly.targets = [ "k8s-1-29" ];
        };
      });
}
