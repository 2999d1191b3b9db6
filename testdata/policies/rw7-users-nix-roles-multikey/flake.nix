{
  description = "users.nix of team members with age + ssh + pgp keys and a roles list; admins are the 'admin' role, targets are humans with 'oncall' plus hosts; lib.optionals adds pgp only when set";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        users = import ./users.nix;
        toRecipient = name: u: { inherit name; age = [ u.age ] ++ lib.optionals (u ? ssh) [ u.ssh ]; pgp = lib.optionals (u ? pgp) [ u.pgp ]; };
        having = role: lib.filterAttrs (_: u: builtins.elem role u.roles) users;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.platform = {
          recipients.admins = lib.mapAttrsToList toRecipient (having "admin");
          recipients.targets = lib.mapAttrsToList toRecipient (having "oncall") ++ [ { name = "ci"; key = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; } ];
          secret.pagerduty-key.targets = builtins.attrNames (having "oncall");
          secret.deploy-key = { admins = [ "carol" ]; targets = [ "ci" ]; };
          secret.root-ca = { };
        };
      });
}
