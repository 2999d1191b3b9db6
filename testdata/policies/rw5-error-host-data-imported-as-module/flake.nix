{
  description = "hosts/default.nix is plain host data, meant for 'import ./hosts', but was also put into imports (as if it were a module): the module system rejects its attributes";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let hosts = import ./hosts; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ./hosts ];
        systems = [ ];
        flake.secrets.olymp = {
          recipients.admins = [ { name = "iris"; age = "age1e4k6xktty5h879050s9qxukjhjuuu0695wnvmdc5frxa5gymmgvsma3l8x"; } ];
          recipients.targets = lib.mapAttrsToList (name: h: { inherit name; inherit (h) key; }) hosts;
          secret.ambrosia.targets = [ "*" ];
        };
      });
}
