{
  description = "A team module adds fields of its own to every secret (owner, description) by extending the option type; the owner decides the default admins";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./metadata.nix ];
      systems = [ "x86_64-linux" ];

      flake.secrets.prod = {
        recipients.admins = [
          { name = "pay-lead"; age = "age15c5y4r59pnz7mmpkntwyxxzqq2tmmkkq0ty8gv6ju2fts8v46ynse37rg4"; }
          { name = "id-lead"; age = "age1vnqgzgcdpldtshktk7p7pyqvd6tmzujpw4h3ka5kkq5mxtwkn4gqn46gtf"; }
          { name = "cto"; age = "age1l08guvu0u4e6gkp50f26nf4saraslp6rg7ns85mvnxwp8vu0z4pq2qc7zk"; }
        ];
        recipients.targets = [ { name = "api"; age = "age1nn7vkq8lmkgvdd50029vn64c084quf4wjc79dxgmkq9qx6jqlqrsxngk75"; } ];
        secret.stripe = { owner = "payments"; description = "Stripe live key"; targets = [ "api" ]; };
        secret.oidc = { owner = "identity"; targets = [ "api" ]; };
        secret.board-minutes = { owner = "identity"; admins = [ "cto" ]; description = "not for the team"; };
      };
    };
}
