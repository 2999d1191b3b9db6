{
  description = "KMS and GCP keys read from terraform output -json (objects with value/type/sensitive), people from a keys.json; lib.attrsets.getAttrFromPath picks nested outputs";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        tf = lib.mapAttrs (_: o: o.value) (lib.importJSON ./infra/terraform-outputs.json);
        people = builtins.fromJSON (builtins.readFile ./keys.json);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" "aarch64-linux" ];
        flake.secrets.prod = {
          recipients.admins = map (p: { inherit (p) name; age = p.age; } // lib.optionalAttrs (p ? pgp) { inherit (p) pgp; }) people.admins
            ++ [ { name = "ci"; kms = tf.sops_kms_arn; } ];
          recipients.targets = [
            { name = "eks"; kms = lib.attrsets.getAttrFromPath [ "eks" "kms_arn" ] tf; }
            { name = "cloudrun"; gcpKms = tf.gcp.kms_key_id; }
          ];
          secret.rds-master = { targets = [ "eks" ]; };
          secret.stripe = { targets = [ "eks" "cloudrun" ]; file = "secrets/prod/stripe.json"; };
        };
      });
}
