{
  description = "A let binding meant to extend an outer list refers to itself (admins = admins ++ …): infinite recursion";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        admins = [ { name = "vito"; age = "age1cg569xud9adkx2jpcxcvcyalalk4qwf9r7zx8mca8twtu3ww5p0qdd6cja"; } ];
        prod = let admins = admins ++ [ { name = "wilma"; age = "age1k5ut0kc86v6zkf3hw0r3rdtj0knvwg59gey4zrk3s76c9daasc4s0p86wz"; } ]; in {
          recipients.admins = admins;
          secret.hsmPin = { };
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = { inherit prod; dev.recipients.admins = admins; };
      });
}
