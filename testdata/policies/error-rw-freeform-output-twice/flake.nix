{
  description = "The inventory published as a flake output (flake.inventory) and defined by two modules: a flake output that no option declares is raw and may be defined once";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ./web.nix ./db.nix ];
        systems = [ "x86_64-linux" ];

        flake.secrets.hosts = {
          recipients.admins = [ { name = "ops"; age = "age1v65upgmrd99h2a7c2ejfv36eqtmtkc9eyvvly84zl6zuhsn0vq4sj5xzrw"; } ];
          recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) inputs.self.inventory;
          secret.node.targets = [ "*" ];
        };
      });
}
