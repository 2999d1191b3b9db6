{
  description = "Plugin recipients: YubiKey, TPM and Secure Enclave";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" "aarch64-linux" ];

      flake.secrets.prod = {
        recipients.admins = [
          { name = "alice"; age = [ "age1yubikey1qff0yfn95cxp955frpwe2rhgsymqj9n0dvgn69udds8a8yql7gu6zkz0awa" "age1yubikey1qwsftus0jw2k2r8e8q9cakezff4jfzs7jf8gl59w9cdffy4rxp03s6jtgx0" ]; }
          { name = "bob"; key = "age1se1q22vcaq36utlz3tek24pqramkd86tyl74mf8yj9hvt36kkq97pm95yej0jg"; }
        ];
        recipients.targets = [
          { name = "nuc"; age = "age1tpm1qjxtvyysp70rglaw3pkuv5rhjhk8ghzv8l9javk88c2fxnyx0ms90wnjfxdl5ys7sd4j4s2hymh866c276438suwjt9wp52s27c4nxrl4fy54c"; }
        ];
        secret.wifiPassword.targets = [ "nuc" ];
      };
    };
}
