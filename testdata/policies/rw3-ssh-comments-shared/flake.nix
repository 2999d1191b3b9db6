{
  description = "SSH keys as found in the wild: one ed25519 key listed under two names with different comments (one rule line, both owners), an ssh-rsa key with a comment containing spaces, a key without a comment";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        raw = k: lib.concatStringsSep " " (lib.take 2 (lib.splitString " " k));
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.ops = {
          recipients.admins = [
            { name = "abby"; age = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILkCqslKNB8unoHSsVesRzg8O+n03wYGKPwG0ByHf+5C c@laptop"; }
            { name = "legacy-admin"; key = "${raw "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCz6hO9gAWSQvvz3cQpbiW/atxylUJ4e2lNG5AKF+7ni2Pjtw2JT3OeWQbiTcaEBEvnOH8fj86+bw0DJfALJTpxHnqEnwkSR42Pg1aHDGf+y/p+j7kW4tLe3d7MPQ0azo6RqNaH83Wr3DFz4N7eW/9qMI0sWKJRok7DUKh1B2HM6Xc8mi49NU1kuG4hdsSxFTgBmKQMe3szBnoqtNKcsbMQAI/ka9wAvf+xiL16AVm5Pp2TL5bTRr5vCmieK78urjklzGvJeuqt+IdtSwObTLV1oTTQs85zjkkhcjikEl0RZeHUIhJqd4jiFn6AYIwsjbCPA9HenEARqBTSg64eANLN sam@ws"} Legacy Admin (old laptop, do not remove)"; }
          ];
          recipients.targets = [
            { name = "abby-workstation"; age = "${raw "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILkCqslKNB8unoHSsVesRzg8O+n03wYGKPwG0ByHf+5C c@laptop"} abby@workstation"; }
            { name = "ci"; key = raw "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPlvceyx2Z7t1rCPlt2oFghSCIACee9xiAshq9jo2x6H d@laptop"; }
          ];
          secret.vpnCa.targets = [ "*" ];
          secret.ciToken = { admins = [ "abby" ]; targets = [ "ci" ]; };
        };
      });
}
