{
  description = "perSystem holds packages only; the policy is top level; the flake also defines a devShell-ish perSystem attribute that is never forced";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" "aarch64-darwin" ];
      perSystem = { system, ... }: {
        legacyPackages.sopsRules = throw "needs nixpkgs on ${system}";
      };
      flake.secrets.dev = {
        recipients.admins = [ { name = "me"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
        secret.github-token = { };
      };
    };
}
