{
  description = "team option recoveryKey = nullOr str (default null); when set it becomes an extra admin in every group via lib.optional";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }:
      let recovery = lib.optional (config.recoveryKey != null) { name = "recovery"; pgp = config.recoveryKey; }; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ./recovery.nix ];
        options.recoveryKey = lib.mkOption { type = lib.types.nullOr lib.types.str; default = null; };
        config = {
          systems = [ "x86_64-linux" ];
          flake.secrets = lib.genAttrs [ "eu" "us" ] (region: {
            recipients.admins = [ { name = "${region}-lead"; age = if region == "eu" then "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw" else "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ] ++ recovery;
            secret."${region}-db" = { };
          });
        };
      });
}
