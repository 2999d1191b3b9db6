{
  description = "Keys in a tree of .age files found with lib.filesystem.listFilesRecursive; names from baseNameOf and removeSuffix, regions from the parent directory";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keyFiles = dir: lib.filter (f: lib.hasSuffix ".age" (toString f)) (lib.filesystem.listFilesRecursive dir);
        toRecipient = f: { name = lib.removeSuffix ".age" (baseNameOf f); age = lib.fileContents f; };
        hosts = map toRecipient (keyFiles ./keys/hosts);
        inRegion = region: map (f: (toRecipient f).name) (keyFiles (./keys/hosts + "/${region}"));
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.edge = {
          recipients.admins = map toRecipient (keyFiles ./keys/people);
          recipients.targets = hosts;
          secret.eu-certs.targets = inRegion "eu";
          secret.us-certs.targets = inRegion "us";
        };
      });
}
