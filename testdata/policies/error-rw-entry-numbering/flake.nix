{
  description = "A typo in a target list after an element removed by mkIf false: Nix numbers entries as written";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        staging = false;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.ml = {
          recipients.admins = [ { name = "lena"; age = "age1ltcsgm0ktwtcwdjnsjv8zxj2046aeqquyu7e9e6hj8ngjkp8uy8s59hl00"; } ];
          recipients.targets = [ { name = "trainer"; age = "age1rcuj0fn0gx2z7dsm99eg7vv4tmcvud4v0wmkvyh2sgkn2lq6h5vq63gfd2"; } { name = "eval"; age = "age1pcq5yzhrrthy5z48kew5jme65dyfyxdqe9r67wtr0j0fgqa0rqwqxh4pfa"; } ];
          secret.wandb.targets = [ (lib.mkIf staging "trainer-staging") "trainer" "evaluator" ];
        };
      });
}
