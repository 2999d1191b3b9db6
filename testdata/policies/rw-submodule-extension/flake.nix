{
  description = "A team module that extends the option types (NixOS-style submodule type merging): a backup target in every group, selected by every secret";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./backup.nix ];
      systems = [ "x86_64-linux" ];

      flake.secrets.prod = {
        recipients.admins = [ { name = "ops"; age = "age1vdqpuhlax6crce9e0mhlkeelz4g47uzfzm8w7x69wu36g3vu0d7shs0av3"; } ];
        recipients.targets = [ { name = "app"; age = "age1rlquqwk8de5am6acw57v58rtwfqscx33qeaf4ckhyhy0lfeth5ms65kq3t"; } ];
        secret.db.targets = [ "app" ];
        secret.keys = { };
      };
      flake.secrets.dev = {
        recipients.admins = [ { name = "dev"; age = "age1hnqg7pv4aej00ewzqvfsak0vkrppffmzh25k6t4mvra8gnh0te5qsc87v4"; } ];
        secret.db = { };
      };
    };
}
