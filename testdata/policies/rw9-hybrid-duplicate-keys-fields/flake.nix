{
  description = "a recipient holding the same age key in age and key (deduplicated in the rule), an admin and a target sharing one KMS key (one line, two owners), plus every key type in one key list";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets.prod = {
        recipients.admins = [
          { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; key = [ "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw" "arn:aws:kms:eu-west-1:123456789012:alias/ops" ]; }
          { name = "auditor"; key = [
              "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop"
              "C0FFEEC0FFEEC0FFEEC0FFEEC0FFEEC0FFEEC0FF"
              "arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/abcd-1234"
              "projects/audit/locations/us/keyRings/r/cryptoKeys/k"
              "https://audit.vault.azure.net/keys/sops/abc123"
              "http://127.0.0.1:8200/v1/sops/keys/audit"
            ]; }
        ];
        recipients.targets = [ { name = "worker"; kms = "arn:aws:kms:eu-west-1:123456789012:alias/ops"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
        secret.queue.targets = [ "worker" ];
        secret.audit-log.admins = [ "auditor" ];
      };
    };
}
