{
  description = "style: with builtins at the top, inherit (lib) picks helpers, attrValues/filter/elem builtins mixed with lib functions";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      with builtins;
      let
        inherit (lib) mapAttrsToList filterAttrs hasSuffix removeSuffix;
        dir = readDir ./pubkeys;
        pubs = filterAttrs (n: t: t == "regular" && hasSuffix ".pub" n) dir;
        recipients = mapAttrsToList (n: _: { name = removeSuffix ".pub" n; age = lib.fileContents (./pubkeys + "/${n}"); }) pubs;
        isHost = r: elem r.name [ "nas" "router" ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.homelab = {
          recipients.admins = filter (r: !isHost r) recipients;
          recipients.targets = filter isHost recipients;
          secret.wireguard.targets = map (r: r.name) (filter isHost recipients);
        };
      });
}
