{
  description = "translation of a classic .sops.yaml with one rule per host: one group per host (mapAttrs over a hosts set), directory hosts/<host>, the user keys as admins of every group";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        users = [ { name = "admin_alice"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } { name = "admin_bob"; pgp = "85D77543B3D624B63CEA9E6DBC17301B491B3F21"; } ];
        hosts = { azmidi = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; bernoulli = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICRvZxzN+OG212m61pLkF6yoYGRC022lysjz1vesoUNq b@laptop"; cantor = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCz6hO9gAWSQvvz3cQpbiW/atxylUJ4e2lNG5AKF+7ni2Pjtw2JT3OeWQbiTcaEBEvnOH8fj86+bw0DJfALJTpxHnqEnwkSR42Pg1aHDGf+y/p+j7kW4tLe3d7MPQ0azo6RqNaH83Wr3DFz4N7eW/9qMI0sWKJRok7DUKh1B2HM6Xc8mi49NU1kuG4hdsSxFTgBmKQMe3szBnoqtNKcsbMQAI/ka9wAvf+xiL16AVm5Pp2TL5bTRr5vCmieK78urjklzGvJeuqt+IdtSwObTLV1oTTQs85zjkkhcjikEl0RZeHUIhJqd4jiFn6AYIwsjbCPA9HenEARqBTSg64eANLN sam@ws"; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = lib.mapAttrs (host: key: {
          directory = "hosts/${host}";
          recipients.admins = users;
          recipients.targets = [ { name = host; inherit key; } ];
          secret.secrets.targets = [ host ];
          secret.wireguard.targets = [ host ];
        }) hosts;
      });
}
