{
  description = "The same host declared by two imported modules";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./hosts.nix ./mail.nix ];
      systems = [ "x86_64-linux" ];

      flake.secrets.prod.recipients.admins = [ { name = "root"; age = "age1uqumqmjgg05g2ma63hn7c5ndqfgc9w4rdcwdej9fvgtne8yu743qx2ld4v"; } ];
      flake.secrets.prod.secret.web-tls.targets = [ "web1" "web2" ];
    };
}
