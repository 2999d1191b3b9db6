{
  description = "a nested inventory (region -> host -> { age, roles }) flattened with lib.mapAttrsRecursiveCond that stops at host records";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        inventory = import ./inventory.nix;
        isHost = v: v ? age;
        tagged = lib.mapAttrsRecursiveCond (v: !(isHost v)) (path: h: h // { name = lib.concatStringsSep "-" path; }) inventory;
        hosts = lib.collect isHost tagged;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.global = {
          recipients.admins = [ { name = "noc"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; } ];
          recipients.targets = map (h: { inherit (h) name age; }) hosts;
          secret.anycast-bgp-password.targets = map (h: h.name) (lib.filter (h: builtins.elem "edge" h.roles) hosts);
        };
      });
}
