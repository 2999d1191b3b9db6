{
  description = "mistake: a singleLineStr option given a key of two lines";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./other.nix ];
      options.hostKey = lib.mkOption { type = lib.types.singleLineStr; };
      config = {
        systems = [ "x86_64-linux" ];
        hostKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICRvZxzN+OG212m61pLkF6yoYGRC022lysjz1vesoUNq\nb@laptop";
        flake.secrets.prod = { recipients.admins = [ { name = "ada"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ]; recipients.targets = [ { name = "host"; key = config.hostKey; } ]; secret.db.targets = [ "host" ]; };
      };
    });
}
