{
  description = "An SSH host key whose comment is separated by a tab (as ssh-keyscan output pasted through a spreadsheet), read with lib.fileContents";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ ];
      flake.secrets.net = {
        recipients.admins = [ { name = "rita"; age = "age1esmck9z2ddjau4c2ujjmmva5l95huk37w3k4sagn0ex97c8jh56q0slaqe"; } ];
        recipients.targets = [ { name = "gateway"; key = lib.fileContents ./gateway.pub; } ];
        secret.wg-gateway.targets = [ "gateway" ];
      };
    });
}
