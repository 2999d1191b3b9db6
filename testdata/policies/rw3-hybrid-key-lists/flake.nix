{
  description = "Hybrid recipients built as lists of mixed key types in the short form (age + KMS + PGP under key), a typed field beside a key list, and keys shared by two recipients across admins and targets";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        kmsPrimary = "arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab";
        recovery = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7";
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.gov = {
          recipients.admins = [
            { name = "ops-hybrid"; key = [ kmsPrimary recovery "9F8E7D6C5B4A39281706F5E4D3C2B1A09F8E7D6C" ]; }
            { name = "xiu"; age = "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4"; key = [ "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILkCqslKNB8unoHSsVesRzg8O+n03wYGKPwG0ByHf+5C c@laptop" ]; }
          ];
          recipients.targets = [
            { name = "gov-app"; kms = kmsPrimary; age = [ ]; }
            { name = "gov-batch"; key = lib.singleton "age1q44n8xc8ehmzvyke0542lupe05cu9jvpdxeppfz2gvnr48wzq44sunf8rr"; }
          ];
          secret.fedrampToken.targets = [ "gov-app" ];
          secret.batchCreds = { admins = [ "xiu" ]; targets = [ "gov-batch" "gov-app" ]; };
        };
      });
}
