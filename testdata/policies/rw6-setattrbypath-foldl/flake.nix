{
  description = "The policy assembled from a list of [ path value ] rows with lib.setAttrByPath and lib.foldl' lib.recursiveUpdate, read back with lib.attrByPath";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        rows = [
          [ [ "ci" "recipients" "admins" ] [ { name = "release-mgr"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ] ]
          [ [ "ci" "recipients" "targets" ] [ { name = "builder"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } { name = "signer"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ] ]
          [ [ "ci" "secret" "npm-token" "targets" ] [ "builder" ] ]
          [ [ "ci" "secret" "gpg-signing" "targets" ] [ "signer" ] ]
          [ [ "ci" "secret" "gpg-signing" "file" ] "secrets/ci/signing/gpg.asc.yaml" ]
          [ [ "ci" "directory" ] "secrets/ci" ]
        ];
        policy = lib.foldl' (acc: row: lib.recursiveUpdate acc (lib.setAttrByPath (builtins.elemAt row 0) (builtins.elemAt row 1))) { } rows;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets = policy // {
          mirror = {
            recipients.admins = lib.attrByPath [ "ci" "recipients" "admins" ] [ ] policy;
            secret.npm-token = { };
          };
        };
      });
}
