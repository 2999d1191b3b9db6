{
  description = "mistake: lib.findSingle picks the primary on-call; two people are marked primary, so it returns its 'multiple' value, which becomes a secret's admin name";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        oncall = [
          { name = "kay"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; primary = true; }
          { name = "lin"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; primary = true; }
        ];
        primary = lib.findSingle (p: p.primary) { name = "none"; } { name = "multiple"; } oncall;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = map (p: { inherit (p) name age; }) oncall;
          secret.pager-escalation.admins = [ primary.name ];
        };
      });
}
