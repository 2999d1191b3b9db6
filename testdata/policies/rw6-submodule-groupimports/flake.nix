{
  description = "A group module importing a module of shared settings (imports inside a submodule definition)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }: 
      let m = { recipients.admins = [ { name = "a"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ]; }; in {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      flake.secrets.g = { ... }: { imports = [ m ]; secret.s = { }; };
    });
}
