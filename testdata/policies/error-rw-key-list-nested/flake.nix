{
  description = "Keys per person built with map where concatMap was meant: a list inside the key list";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        people = { ann = [ "age1zpg45cnhsjeylc54wex8a856dxtatyls5da35njy8gc97d6htymqezz9d5" ]; bo = [ "age1scl73pkv3d7x8jzkzjgfmnle8m6cq2mn0zs8zlfeyj0x5cwkk49s2lgqpl" "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBkNcmJbG99UieWUDaEM//uaUva9Wi4HR0TpUf0Wrr98" ]; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.prod = {
          recipients.admins = lib.mapAttrsToList (name: keys: { inherit name; age = map lib.toList keys; }) people;
          secret.token = { };
        };
      });
}
