{
  description = "one deploy key shared by a target and an admin (a warning), a digits-only PGP fingerprint (quoted in YAML), an ssh-rsa target, file names with + and . and a group name with a dot";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ ];
      flake.secrets."v2.prod" = {
        directory = "secrets/v2.prod";
        recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } { name = "archive"; pgp = "1234567890123456789012345678901234567890"; } ];
        recipients.targets = [ { name = "deploy"; key = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } { name = "rsa-box"; key = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCz6hO9gAWSQvvz3cQpbiW/atxylUJ4e2lNG5AKF+7ni2Pjtw2JT3OeWQbiTcaEBEvnOH8fj86+bw0DJfALJTpxHnqEnwkSR42Pg1aHDGf+y/p+j7kW4tLe3d7MPQ0azo6RqNaH83Wr3DFz4N7eW/9qMI0sWKJRok7DUKh1B2HM6Xc8mi49NU1kuG4hdsSxFTgBmKQMe3szBnoqtNKcsbMQAI/ka9wAvf+xiL16AVm5Pp2TL5bTRr5vCmieK78urjklzGvJeuqt+IdtSwObTLV1oTTQs85zjkkhcjikEl0RZeHUIhJqd4jiFn6AYIwsjbCPA9HenEARqBTSg64eANLN sam@ws"; } ];
        secret.cxx-build = { targets = [ "deploy" "rsa-box" ]; file = "build/c++/cache.yaml"; };
        secret."tls.crt" = { targets = [ "rsa-box" ]; file = "certs/wild.example.com+san.yaml"; };
      };
    };
}
