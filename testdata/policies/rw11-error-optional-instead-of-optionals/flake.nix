{
  description = "mistake: lib.optional isProd [ \"pager\" ] (instead of lib.optionals) puts a list inside the targets list";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        mk = env: let isProd = env == "prod"; in {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = [ { name = "api"; age = "age1gyz0smk89acwqyrptyr606yfufrrtexvg2nwupayes59s4tawy0q3nyw2p"; } { name = "pager"; age = "age1pfta0y87x06qg6wmcd4exvfgewkmaeycvqznhajpfwsk7quh3d2q8ech5a"; } ];
          secret.alert-webhook.targets = [ "api" ] ++ lib.optional isProd [ "pager" ];
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = lib.genAttrs [ "dev" "prod" ] mk;
      });
}
