{
  description = "gotcha: secret = lib.mkIf isProd { a = ...; } // { b = ...; } -- // adds b beside the mkIf's fields, the module system still reads it as mkIf and b is silently dropped (valid for Nix)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let isProd = true; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = [ { name = "srv"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
          secret = lib.mkIf isProd { prod-only.targets = [ "srv" ]; } // { always.targets = [ "srv" ]; };
        };
      });
}
