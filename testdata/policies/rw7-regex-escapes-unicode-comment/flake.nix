{
  description = "Files with + ( ) style characters allowed by the path rules (tls+chain, c++), an SSH key whose comment is non-ASCII (jürgen@büro), names starting with digits (1password-sync)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ ];
      flake.secrets."2fa" = {
        recipients.admins = [ { name = "jürgen"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
        recipients.targets = [ { name = "1password-sync"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILkCqslKNB8unoHSsVesRzg8O+n03wYGKPwG0ByHf+5C jürgen@büro"; } ];
        secret."tls+chain" = { file = "secrets/c++/tls+chain.pem.bin"; targets = [ "1password-sync" ]; };
        secret."0day.notes".targets = [ ];
      };
    };
}
