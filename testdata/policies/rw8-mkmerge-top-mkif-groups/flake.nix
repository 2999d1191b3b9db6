{
  description = "flake.secrets = lib.mkMerge [ (lib.mkIf enableStaging { staging = …; }) { prod = …; } ] with a recursiveUpdate of shared defaults into each group";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        enableStaging = true;
        enableDev = false;
        base = { recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ]; secret.common = { }; };
        mk = extra: lib.recursiveUpdate base extra;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets = lib.mkMerge [
          (lib.mkIf enableStaging { staging = mk { recipients.targets = [ { name = "st1"; key = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ]; secret.app.targets = [ "st1" ]; }; })
          (lib.mkIf enableDev { dev = mk { }; })
          { prod = mk { directory = "prod-secrets"; secret.common.file = "prod-secrets/common.env"; }; }
        ];
      });
}
