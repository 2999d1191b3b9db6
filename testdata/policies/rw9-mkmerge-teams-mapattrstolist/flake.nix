{
  description = "flake.secrets.prod = lib.mkMerge (mapAttrsToList over a teams set): each team adds its members as admins and its own secrets, narrowed to that team";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        teams = {
          billing = { members = { bo = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; cy = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; }; secrets = [ "stripe" "invoice-smtp" ]; };
          growth = { members = { di = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; }; secrets = [ "segment" ]; };
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = lib.mkMerge (lib.mapAttrsToList (team: t: {
          recipients.admins = lib.mapAttrsToList (name: age: { inherit name age; }) t.members;
          secret = lib.genAttrs t.secrets (_: { admins = lib.attrNames t.members; });
        }) teams);
      });
}
