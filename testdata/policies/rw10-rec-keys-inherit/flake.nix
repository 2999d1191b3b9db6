{
  description = "keys.nix is a rec set whose role lists reference its own members; flake.nix uses inherit (keys) admins hosts and with keys in selections";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = import ./keys.nix;
        inherit (keys) admins hosts;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.home = {
          recipients.admins = lib.mapAttrsToList (name: age: { inherit name age; }) admins;
          recipients.targets = lib.mapAttrsToList (name: key: { inherit name key; }) hosts;
          secret = with keys; {
            wifi.targets = builtins.attrNames hosts;
            nas-smb.targets = [ nasName ];
            "${nasName}-restic".targets = [ nasName ];
          };
        };
      });
}
