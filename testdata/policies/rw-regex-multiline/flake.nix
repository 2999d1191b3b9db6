{
  description = "Public keys pulled out of age-keygen output files with one builtins.match over the whole file (. matches line feeds in Nix's regular expressions)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        publicKey = file: builtins.head (builtins.match ".*# public key: (age1[a-z0-9]+).*" (builtins.readFile file));
        hostNames = map (lib.removeSuffix ".txt") (lib.attrNames (builtins.readDir ./hosts));
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.hosts = {
          recipients.admins = [ { name = "ops"; age = "age1dp2h265cc4t0hh6rsnvmtjj3tctf6djqwpht4c3fzth678nru3jsdyrt32"; } ];
          recipients.targets = map (name: { inherit name; age = publicKey (./hosts + "/${name}.txt"); }) hostNames;
          secret.node-token.targets = [ "*" ];
        };
      });
}
