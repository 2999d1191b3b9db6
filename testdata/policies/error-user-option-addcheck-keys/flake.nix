{
  description = "Host keys in a user option whose type adds a check (types.addCheck types.str: an age key); an SSH key given to it fails the check: Nix says the definition is not of type string";

  inputs = {
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.hostKeys = lib.mkOption {
        type = lib.types.attrsOf (lib.types.addCheck lib.types.str (k: lib.hasPrefix "age1" k));
      };
      config = {
        systems = [ ];
        hostKeys.web = "age1ar9ukd8w9arp5xhaagq3ctte32wq39vkgh6m257dgsszv27lnyqsjf55fq";
        hostKeys.db = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICRvZxzN+OG212m61pLkF6yoYGRC022lysjz1vesoUNq root@db";
        flake.secrets.prod = {
          recipients.admins = [ { name = "alice"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) config.hostKeys;
          secret.db.targets = [ "db" ];
        };
      };
    });
}
