{
  description = "Targets parsed from an authorized_keys-style file: lines split with lib.splitString, comments and blank lines dropped, the name taken from the key comment (user@host with @ replaced by -)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        lines = lib.filter (l: l != "" && !(lib.hasPrefix "#" l)) (lib.splitString "\n" (builtins.readFile ./deploy_keys));
        parse = l:
          let parts = lib.splitString " " l; in
          { name = lib.replaceStrings [ "@" ] [ "-" ] (lib.last parts); age = l; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.deploy = {
          recipients.admins = [ { name = "root"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = map parse lines;
          secret.deploy-key.targets = [ "*" ];
          secret.laptop-vpn.targets = lib.filter (n: lib.hasSuffix "-laptop" n) (map (l: (parse l).name) lines);
        };
      });
}
