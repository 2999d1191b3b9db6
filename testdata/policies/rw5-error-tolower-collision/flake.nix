{
  description = "Admin names normalised with lib.toLower from a directory-service export where one person appears twice with different capitalisation (Eve and eve): duplicate name after normalisation";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        ldapExport = [
          { uid = "Eve"; pubkey = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }
          { uid = "Frank"; pubkey = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; }
          { uid = "eve"; pubkey = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; }
        ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.corp = {
          recipients.admins = map (u: { name = lib.toLower u.uid; age = u.pubkey; }) ldapExport;
          secret.ldap-bind-password = { };
        };
      });
}
