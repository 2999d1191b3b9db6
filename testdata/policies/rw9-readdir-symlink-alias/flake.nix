{
  description = "hosts/ holds host directories and a symlink www -> web1 (an alias); directories become targets, the symlink is skipped by type, and the proxy's key is read through the symlink";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        entries = builtins.readDir ./hosts;
        hostNames = lib.attrNames (lib.filterAttrs (_: t: t == "directory") entries);
        aliases = lib.attrNames (lib.filterAttrs (_: t: t == "symlink") entries);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = map (h: { name = h; age = lib.fileContents (./hosts + "/${h}/key.txt"); }) hostNames
            ++ [ { name = "proxy"; age = lib.fileContents ./hosts/www/key.txt; } ];
          secret = lib.genAttrs (map (a: "alias-${a}") aliases) (_: { targets = [ "proxy" ]; })
            // { web-tls.targets = hostNames; };
        };
      });
}
