{
  description = "keys.nix validates itself with assert lib.all over its values (every key starts with age1 or ssh-), which holds";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let keys = import ./keys.nix { inherit lib; }; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "ops"; key = keys.ops; } ];
          recipients.targets = [ { name = "box"; key = keys.box; } ];
          secret.env.targets = [ "box" ];
        };
      });
}
