{
  description = "Every file of keys/ becomes a recipient, including a key hidden by renaming it to a dot file";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keyFiles = builtins.attrNames (builtins.readDir ./keys);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.team = {
          recipients.admins = map (file: { name = lib.removeSuffix ".pub" file; age = lib.fileContents (./keys + "/${file}"); }) keyFiles;
          secret.shared = { };
        };
      });
}
