{
  description = "probe: hosts = attrsOf (submodule ./m.nix) with m.nix declaring options.pubkey";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.hosts = lib.mkOption { type = lib.types.attrsOf (lib.types.submodule ./m.nix); };
      config = {
        systems = [ ];
        hosts.a.pubkey = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw";
        flake.secrets.prod.recipients.admins = [ { name = "a"; age = config.hosts.a.pubkey; } ];
      };
    });
}
