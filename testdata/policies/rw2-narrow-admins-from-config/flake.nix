{
  description = "Secrets narrowing admins by computing from the group's own recipients read through config: every admin but CI (lib.subtractLists), only humans (filter on a naming convention), and targets = every target whose name has a prefix";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }:
      let
        prod = config.flake.secrets.prod;
        adminNames = map (r: r.name) prod.recipients.admins;
        humans = builtins.filter (n: !lib.hasPrefix "bot-" n) adminNames;
        targetsWith = prefix: builtins.filter (lib.hasPrefix prefix) (map (t: t.name) prod.recipients.targets);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.prod = {
          recipients.admins = [
            { name = "abe"; age = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7"; }
            { name = "bot-renovate"; age = "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4"; }
            { name = "bea"; age = "age1q44n8xc8ehmzvyke0542lupe05cu9jvpdxeppfz2gvnr48wzq44sunf8rr"; }
            { name = "bot-deploy"; kms = "arn:aws:kms:eu-west-1:111122223333:key/deploy"; }
          ];
          recipients.targets = [
            { name = "eu-web-1"; age = "age1esmck9z2ddjau4c2ujjmmva5l95huk37w3k4sagn0ex97c8jh56q0slaqe"; }
            { name = "us-web-1"; age = "age1m94f2uhh3n8mn3e2cezh7tzswd67ea4dkd4xy5apk00lmyg9lvzqa7al2p"; }
            { name = "eu-db-1"; age = "age1gz6qlat54d4qvrdfcemn9az28l83n4s4wfx2va8nq9l4av56s9tqmx25wx"; }
          ];
          secret.github-app-key.admins = lib.subtractLists [ "bot-renovate" ] adminNames;
          secret.root-password.admins = humans;
          secret.eu-tls = { admins = humans; targets = targetsWith "eu-"; };
        };
      });
}
