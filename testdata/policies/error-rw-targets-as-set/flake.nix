{
  description = "Targets written as a set of flags";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];

      flake.secrets.prod = {
        recipients.admins = [ { name = "ops"; age = "age1vajyr2l99j9kf0yews4hgynt8wuf73ayhl3tgk6xf5evqmdhaedscsux04"; } ];
        recipients.targets = [ { name = "web"; age = "age1tx5maa7k4fzmz9huv3keln7m0c4x2ay4z3zw2u8s65xwrpq4cqzs7l0vd8"; } { name = "db"; age = "age1ga333hq2rutmt054rzmk4zmmv5n9gjm6fw0k95x2nyua4assy4ysd2p83m"; } ];
        secret.tls.targets = { web = true; db = false; };
      };
    };
}
