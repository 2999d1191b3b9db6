{
  description = "A secret meant for machines only: admins forced empty, in a group that has no targets yet";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.prod = {
          recipients.admins = [ { name = "ops"; age = "age1yxdcga8cuvr6dyc5ct8f24gg97rx3m6tvsr5gh20jhhm369ehsms949hcy"; } ];
          secret.app-key.targets = [ "*" ];
          secret.host-key = { admins = lib.mkForce [ ]; targets = [ "*" ]; };
        };
      });
}
