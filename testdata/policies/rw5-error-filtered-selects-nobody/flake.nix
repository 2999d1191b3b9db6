{
  description = "A secret whose admins and targets are both computed by filters that end up empty (admins filtered on an on-call flag nobody has this week, targets on a region with no hosts left): selects no recipient";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        staff = [
          { name = "sam"; age = "age1e4k6xktty5h879050s9qxukjhjuuu0695wnvmdc5frxa5gymmgvsma3l8x"; oncall = false; }
          { name = "tess"; age = "age1ag5uhcp00xtrfl8fxztkf0kyx07h4x2r5xzgzen57semmtrfe4ws4nnkl4"; oncall = false; }
        ];
        hosts = [
          { name = "use1-a"; key = "age19n74zmav4lwz7faafhzk7sr56y7as7kqat093gcc6p0zfmwsqdpqp68kaj"; region = "us-east-1"; }
          { name = "use1-b"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPlvceyx2Z7t1rCPlt2oFghSCIACee9xiAshq9jo2x6H d@laptop"; region = "us-east-1"; }
        ];
        strip = map (r: removeAttrs r [ "oncall" "region" ]);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.ops = {
          recipients.admins = strip staff;
          recipients.targets = strip hosts;
          secret.pagerduty-token = {
            admins = map (s: s.name) (lib.filter (s: s.oncall) staff);
            targets = map (h: h.name) (lib.filter (h: h.region == "eu-west-1") hosts);
          };
          secret.statuspage-key.targets = map (h: h.name) hosts;
        };
      });
}
