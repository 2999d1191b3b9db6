{
  description = "Recipients with contact fields of the team's own (email, github) added by extending the recipient type; people.json used as it is";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./contact.nix ];
      systems = [ "x86_64-linux" ];

      flake.secrets.prod = {
        recipients.admins = builtins.fromJSON (builtins.readFile ./people.json);
        recipients.targets = [ { name = "web"; age = "age1ze5tp3z0zcms6j234xdy7n3rjhyccfj0gs9kqaheqtqw6mzhj4wsgj64ga"; } ];
        secret.tls.targets = [ "web" ];
      };
    };
}
