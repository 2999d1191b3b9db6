{
  description = "The team's option tags (types.attrs) defined by two modules, merged as its type merges (later definitions win per name)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./ops.nix ];
      options.tags = lib.mkOption { type = lib.types.attrs; default = { }; };
      config = {
        systems = [ "x86_64-linux" ];
        tags = { env = "prod"; tier = "1"; };
        flake.secrets.${config.tags.env} = {
          recipients.admins = [ { name = "alice"; age = "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv"; } ];
          recipients.targets = [
            { name = "web"; age = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg"; }
            { name = "db"; age = "age1yflkun7n5n62c6a6p05t8ex9h4elal5xuf38lnq65fsyzmheevxqwm2w7y"; }
          ];
          secret."tier-${config.tags.tier}-${config.tags.owner}".targets = [ "web" ];
        };
      };
    });
}
