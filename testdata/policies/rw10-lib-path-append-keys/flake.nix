{
  description = "keys read with lib.path.append ./keys name (the lib.path API) and lib.fileContents";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let key = n: lib.fileContents (lib.path.append ./keys "${n}.pub"); in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.lab = {
          recipients.admins = [ { name = "pat"; age = key "pat"; } ];
          recipients.targets = [ { name = "lab-gpu"; age = key "lab-gpu"; } ];
          secret.wandb.targets = [ "lab-gpu" ];
        };
      });
}
