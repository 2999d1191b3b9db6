{
  description = "Only the secrets-lsp input declared (nixpkgs and flake-parts come from the flake registry), the flake-parts input bound under another name, nixpkgs' lib taken from the inputs";

  inputs.secrets-lsp.url = "github:secrets-lsp/secrets-lsp";

  outputs = { self, flake-parts, secrets-lsp, ... }@inputs:
    let
      parts = flake-parts;
    in
    parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];

      flake.secrets.home = {
        recipients.admins = lib.mapAttrsToList (name: age: { inherit name age; }) {
          me = "age1qsexvhqaqma0rhs0hf3mcjdz456qqa5nchfezuth5utwapjzzukq9uwah0";
        };
        recipients.targets = [ { name = "nas"; age = "age19emhwkymdjyf2wz4fuupt58jrw90rsqcff5r04hqhkwqks5j437sc2tf4d"; } ];
        secret.smb.targets = [ "nas" ];
      };
    });
}
