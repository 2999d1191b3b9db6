{
  description = "A host of the team's inventory (attrsOf submodule) misspells its option env as evn: reading the host is the module system's unknown-option error";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./hosts.nix ];
      systems = [ "x86_64-linux" ];
      hosts.db1 = { env = "prod"; key = "age19n74zmav4lwz7faafhzk7sr56y7as7kqat093gcc6p0zfmwsqdpqp68kaj"; };
      hosts.db2 = { evn = "prod"; key = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; };
    };
}
