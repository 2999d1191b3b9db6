{
  description = "the policy was written inside perSystem as flake.secrets: Nix accepts it there and the top-level policy is empty (valid, nothing generated)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      perSystem = { ... }: {
        flake.secrets.dev = {
          recipients.admins = [ { name = "me"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          secret.github-token = { };
        };
      };
    };
}
