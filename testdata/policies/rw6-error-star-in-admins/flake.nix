{
  description = "Mistake: admins = [ \"*\" ] to mean every admin (only targets accept \"*\"), in a secret defined by a second module";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./more.nix ];
      systems = [ ];
      flake.secrets.corp.recipients.admins = [ { name = "it-1"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } { name = "it-2"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
      flake.secrets.corp.secret.ldap-bind.admins = [ "it-1" ];
    };
}
