{
  description = "Groups given as values and as modules: flake = let … in lib.mkMerge [ … ], a group imported as a plain attrset value, a group written as a function of its own config and name (secrets selecting from config.recipients, the directory from name), the whole of flake.secrets returned by a function in another file";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake =
        let
          ops = [ { name = "rin"; age = "age1cg569xud9adkx2jpcxcvcyalalk4qwf9r7zx8mca8twtu3ww5p0qdd6cja"; } { name = "bot-ci"; kms = "arn:aws:kms:eu-west-1:111122223333:alias/ci"; } ];
        in
        lib.mkMerge [
          { secrets.prod = import ./prod.nix; }
          {
            secrets.dev = { config, name, ... }: {
              directory = "env/${name}";
              recipients.admins = ops;
              recipients.targets = [ { name = "laptop"; age = "age1k5ut0kc86v6zkf3hw0r3rdtj0knvwg59gey4zrk3s76c9daasc4s0p86wz"; } ];
              secret.seed.admins = builtins.filter (n: !lib.hasPrefix "bot-" n) (map (r: r.name) config.recipients.admins);
              secret."${name}-tls".targets = map (t: t.name) config.recipients.targets;
            };
          }
          { secrets = import ./more-groups.nix { inherit lib ops; }; }
        ];
    });
}
