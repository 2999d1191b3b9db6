{
  description = "mistake: a retired host was deleted from keys.nix but is still in the host list; builtins.getAttr fails";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = import ./keys.nix;
        hosts = [ "mx1" "mx2" "mx-old" ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.mail = {
          recipients.admins = [ { name = "postmaster"; age = keys.postmaster; } ];
          recipients.targets = map (h: { name = h; age = builtins.getAttr h keys; }) hosts;
          secret.dkim.targets = [ "mx1" "mx2" ];
        };
      });
}
