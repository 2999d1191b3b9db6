{
  description = "fleet: hosts/<name>/ directories (readDir, directories only) each with a NixOS config and ssh_host_ed25519_key.pub read with lib.fileContents; per-host wireguard secrets generated with lib.concatMapAttrs; a README in hosts/ is skipped";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./nix/secrets.nix ];
      systems = [ "x86_64-linux" "aarch64-linux" ];
    };
}
