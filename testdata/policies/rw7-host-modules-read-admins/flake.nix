{
  description = "imports = map over hosts/*.nix; each host module adds itself as a target and reads config.flake.secrets.prod.recipients.admins to give its secret to the first admin only";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ] ++ map (f: ./hosts + "/${f}") (builtins.attrNames (builtins.readDir ./hosts));
      systems = [ ];
      flake.secrets.prod.recipients.admins = [ { name = "primary"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } { name = "secondary"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
    });
}
