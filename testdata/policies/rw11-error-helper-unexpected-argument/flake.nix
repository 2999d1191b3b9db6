{
  description = "mistake: the mkHost helper takes { name, key } but a host is added with an extra role attribute";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        mkHost = { name, key }: { inherit name key; };
        hosts = [
          (mkHost { name = "db"; key = "age1gyz0smk89acwqyrptyr606yfufrrtexvg2nwupayes59s4tawy0q3nyw2p"; })
          (mkHost { name = "cache"; key = "age1pfta0y87x06qg6wmcd4exvfgewkmaeycvqznhajpfwsk7quh3d2q8ech5a"; role = "redis"; })
        ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = hosts;
          secret.redis-password.targets = [ "cache" ];
        };
      });
}
