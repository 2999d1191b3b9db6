{
  description = "A target guarded with lib.mkIf inside the targets list (instead of lib.optional): with the feature off the module system drops the list element, so the group has one target";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let enableGpuNode = false; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.ml = {
          recipients.admins = [ { name = "pete"; age = "age1e4k6xktty5h879050s9qxukjhjuuu0695wnvmdc5frxa5gymmgvsma3l8x"; } ];
          recipients.targets = [
            { name = "trainer"; key = "age1ag5uhcp00xtrfl8fxztkf0kyx07h4x2r5xzgzen57semmtrfe4ws4nnkl4"; }
            (lib.mkIf enableGpuNode { name = "gpu-1"; key = "age19n74zmav4lwz7faafhzk7sr56y7as7kqat093gcc6p0zfmwsqdpqp68kaj"; })
          ];
          secret.wandb-key.targets = [ "trainer" ];
        };
      });
}
