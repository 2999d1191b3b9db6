{
  description = "age plugin recipients from age-plugin-tpm and age-plugin-se (Secure Enclave) beside a yubikey and a paper X25519 backup, all on one admin";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" "aarch64-darwin" ];
      flake.secrets.personal = {
        recipients.admins = [
          { name = "me"; age = [ "age1tpm1cssmnlhcrsnxu0cjz9rnw65w3jxnd98wzcj39savt7swf05n50aqyvs0s3l" "age1se17sz9kq9ewxyy8qskpc6ahxq2euafsrh0zkwfuf7g56d3e5mj7xzqy2qnr76" "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw" ]; }
        ];
        recipients.targets = [ { name = "workstation"; key = "age1tpm1cssmnlhcrsnxu0cjz9rnw65w3jxnd98wzcj39savt7swf05n50aqyvs0s3l"; } ];
        secret.gpg-backup = { };
        secret.wifi.targets = [ "workstation" ];
      };
    };
}
