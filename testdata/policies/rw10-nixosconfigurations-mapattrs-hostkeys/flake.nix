{
  description = "hosts.nix drives both nixosConfigurations (lib.mapAttrs mkHost, never forced here) and the targets (hostKey field); deploy role picks secrets";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hosts = import ./hosts.nix;
        mkHost = name: h: throw "nixosSystem needs nixpkgs (${name}, ${h.system})";
        byRole = role: lib.attrNames (lib.filterAttrs (_: h: lib.elem role h.roles) hosts);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" "aarch64-linux" ];
        flake.nixosConfigurations = lib.mapAttrs mkHost hosts;
        flake.secrets.infra = {
          recipients.admins = [ { name = "deploy"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } { name = "yubi"; age = "age1yubikey1qwt50d05nh5vutpdzmlg5wn80xq5negm4uj9ghv0snvdd3yysf5yw3rhl3t"; } ];
          recipients.targets = lib.mapAttrsToList (name: h: { inherit name; key = h.hostKey; }) hosts;
          secret = {
            nextcloud-admin.targets = byRole "nextcloud";
            borg-passphrase.targets = byRole "backup";
            acme-cloudflare.targets = byRole "web";
          };
        };
      });
}
