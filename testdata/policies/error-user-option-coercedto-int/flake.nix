{
  description = "user option admins = coercedTo str lib.toList (listOf str) given a number: neither the string it coerces nor a list";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.adminKeys = lib.mkOption { type = with lib.types; coercedTo str lib.toList (listOf str); };
      config = {
        systems = [ "x86_64-linux" ];
        adminKeys = 1;
        flake.secrets.prod = {
          recipients.admins = lib.imap1 (i: k: { name = "admin${toString i}"; age = k; }) config.adminKeys ++ [ { name = "una"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          secret.db = { };
        };
      };
    });
}
