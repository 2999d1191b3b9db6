{
  description = "Rotated host keys applied with lib.attrsets.overrideExisting (a rotation for a host no longer in the fleet is ignored) and the single on-call admin picked with lib.findSingle";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        fleet = { kiosk-1 = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; kiosk-2 = "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex"; };
        rotated = { kiosk-2 = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n"; kiosk-9 = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; };
        staff = [
          { name = "karl"; age = "age12xxnq0txjc8wu92q9dq0rdrrjlufg586hp7n9rcm42f90sjcwuxq8grfwj"; oncall = false; }
          { name = "lisa"; age = "age1gyz0smk89acwqyrptyr606yfufrrtexvg2nwupayes59s4tawy0q3nyw2p"; oncall = true; }
        ];
        oncall = lib.findSingle (s: s.oncall) null null staff;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.retail = {
          recipients.admins = map (s: { inherit (s) name age; }) staff;
          recipients.targets = lib.mapAttrsToList (name: key: { inherit name key; }) (lib.attrsets.overrideExisting fleet rotated);
          secret.pos-api-key.targets = [ "*" ];
          secret.pager-token.admins = [ oncall.name ];
        };
      });
}
