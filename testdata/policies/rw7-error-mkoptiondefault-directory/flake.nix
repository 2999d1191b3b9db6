{
  description = "A group directory set with lib.mkOptionDefault (meant as a soft default): the module's own default is also at mkOptionDefault priority, so Nix reports conflicting definition values";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let on = true; off = false; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.ops = lib.mkMerge [
          {
            directory = lib.mkOptionDefault "ops-secrets";
            recipients.admins = [ { name = "alice"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
            recipients.targets = [ { name = "t"; key = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
            secret = {
              a = lib.mkIf on { targets = [ "t" ]; };
              b = lib.mkIf off { targets = [ "t" ]; };
              c = { };
            };
          }
          { directory = "ops"; }
        ];
        flake.secrets.dev = {
          directory = lib.mkOptionDefault "dev-secrets";
          recipients.admins = [ { name = "alice"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          secret.x = { };
        };
      });
}
