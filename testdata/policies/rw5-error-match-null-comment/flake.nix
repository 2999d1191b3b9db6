{
  description = "Admin names taken from the user@host comment of each line of an authorized_keys file with builtins.match; one key has no comment, so match returns null and head fails";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        lines = lib.filter (l: l != "") (lib.splitString "\n" (builtins.readFile ./authorized_keys));
        userOf = l: lib.head (builtins.match "ssh-[a-z0-9]+ [A-Za-z0-9+/=]+ ([a-z]+)@.*" l);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.shell = {
          recipients.admins = map (l: { name = userOf l; age = l; }) lines;
          secret.motd-token = { };
        };
      });
}
