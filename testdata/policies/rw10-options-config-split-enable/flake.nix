{
  description = "team module: options.secretsTeam.{enable,members} in team-options.nix, config = mkIf cfg.enable in team-config.nix; flake.nix enables it and adds members";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./team-options.nix ./team-config.nix ];
      systems = [ "x86_64-linux" ];
      secretsTeam = {
        enable = true;
        members.ola = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw";
        members.pia = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz";
      };
    };
}
