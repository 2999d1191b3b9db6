{ lib, ... }:
let
  org = import ../lib.nix { inherit lib; };
in
{
  flake.secrets = lib.genAttrs org.envs (env: {
    secret = org.serviceSecrets env "data" {
      kafka = [ "sasl-admin" "sasl-producer" "sasl-consumer" "keystore" ];
      spark = [ "s3-credentials" "history-server" ];
    } // {
      # Producers and consumers run on spark too.
      "kafka-sasl-consumer".targets = org.namesWhere (h: h.env == env && h.role == "spark");
    };
  });
}
