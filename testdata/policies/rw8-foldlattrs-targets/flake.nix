{
  description = "lib.foldlAttrs over an inventory builds the targets list (attrNames order) and a per-env host list";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        inventory = {
          zeta = { env = "prod"; key = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; };
          alpha = { env = "prod"; key = "age12xxnq0txjc8wu92q9dq0rdrrjlufg586hp7n9rcm42f90sjcwuxq8grfwj"; };
          mid = { env = "dev"; key = "age1gyz0smk89acwqyrptyr606yfufrrtexvg2nwupayes59s4tawy0q3nyw2p"; };
        };
        targets = lib.foldlAttrs (acc: name: h: acc ++ [ { inherit name; inherit (h) key; } ]) [ ] inventory;
        byEnv = env: lib.foldlAttrs (acc: name: h: if h.env == env then acc ++ [ name ] else acc) [ ] inventory;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.fleet = {
          recipients.admins = [ { name = "root"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = targets;
          secret.prod-db.targets = byEnv "prod";
          secret.dev-db.targets = byEnv "dev";
        };
      });
}
