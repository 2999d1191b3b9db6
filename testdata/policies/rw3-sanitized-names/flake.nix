{
  description = "Machine names typed by humans in a CMDB export (spaces, #, capitals) made into recipient names with lib.strings.sanitizeDerivationName; the secrets select the sanitized names";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        cmdb = [
          { label = "Build Server 2"; key = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; }
          { label = "print-srv"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICRvZxzN+OG212m61pLkF6yoYGRC022lysjz1vesoUNq b@laptop"; }
        ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.office = {
          recipients.admins = [ { name = "kurt"; age = "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex"; } ];
          recipients.targets = map (m: { name = lib.strings.sanitizeDerivationName m.label; key = m.key; }) cmdb;
          secret.cupsAdmin.targets = [ "print-srv" ];
          secret.buildCacheKey.targets = [ "Build-Server-2" ];
        };
      });
}
