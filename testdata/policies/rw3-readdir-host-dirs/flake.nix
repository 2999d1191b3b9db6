{
  description = "A hosts/ tree, one directory per machine (its NixOS config beside the public host key): builtins.readDir filtered on directories, the key read from ssh_host_ed25519_key.pub when it exists and age.pub otherwise (lib.pathExists); a plain file in hosts/ ignored";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hostDirs = lib.attrNames (lib.filterAttrs (_: type: type == "directory") (builtins.readDir ./hosts));
        keyOf = host:
          let ssh = ./hosts + "/${host}/ssh_host_ed25519_key.pub"; in
          if lib.pathExists ssh then lib.fileContents ssh
          else lib.fileContents (./hosts + "/${host}/age.pub");
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.machines = {
          recipients.admins = [ { name = "sysadmin"; age = lib.fileContents ./admin.age.pub; } ];
          recipients.targets = map (host: { name = host; key = keyOf host; }) hostDirs;
          secret = lib.genAttrs (map (h: "${h}-root-password") hostDirs) (s: {
            targets = [ (lib.removeSuffix "-root-password" s) ];
          }) // {
            borgPassphrase.targets = [ "*" ];
          };
        };
      });
}
