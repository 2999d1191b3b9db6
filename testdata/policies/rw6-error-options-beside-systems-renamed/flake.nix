{
  description = "Mistake: the module declares options and writes config.… but leaves systems = [ ] at the top level (Nix: unsupported attribute systems). An in-house option renamed with lib.mkRenamedOptionModule (fleet.machines -> fleet.hosts); an old module still sets the old name, the policy reads the new one";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }: {
      imports = [
        inputs.secrets-lsp.flakeModules.default
        (lib.mkRenamedOptionModule [ "fleet" "machines" ] [ "fleet" "hosts" ])
        ./old-host.nix
      ];
      systems = [ ];
      options.fleet.hosts = lib.mkOption { type = lib.types.attrsOf lib.types.str; default = { }; };
      config.fleet.hosts.kiosk = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz";
      config.flake.secrets.shop = {
        recipients.admins = [ { name = "owner"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
        recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) config.fleet.hosts;
        secret.pos-api-key.targets = [ "*" ];
      };
    });
}
