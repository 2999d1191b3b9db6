{
  description = "let inherit (lib) mkIf mkMerge optional; a legacy secret is declared only while its file still exists (builtins.pathExists), a second one whose file is gone is dropped";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        inherit (lib) mkIf mkMerge optional;
        has = f: builtins.pathExists (./. + "/${f}");
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.prod = mkMerge [
          {
            recipients.admins = [ { name = "alice"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ] ++ optional (has "keys/bob.pub") { name = "bob"; age = lib.fileContents ./keys/bob.pub; };
            secret.current = { };
          }
          (mkIf (has "secrets/prod/legacy-ldap.yaml") { secret.legacy-ldap = { }; })
          (mkIf (has "secrets/prod/legacy-nis.yaml") { secret.legacy-nis = { }; })
        ];
      });
}
