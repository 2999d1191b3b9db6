{
  description = "mistake: an option without a type defined as a list in one module and a string in another";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./other.nix ];
      options.extraAdmins = lib.mkOption { default = [ ]; };
      config = {
        systems = [ "x86_64-linux" ];
        extraAdmins = [ "bo" ];
        flake.secrets.prod = { recipients.admins = map (n: { name = n; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }) ([ "ada" ] ++ config.extraAdmins); secret.db = { }; };
      };
    });
}
