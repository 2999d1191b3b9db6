{
  description = "Recipients built from a host inventory whose entries carry more than keys (ip, tags)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hosts = {
          web = { age = "age1l83agslkzd36vnmr2hrwwk7kumy97x9sz0wle2wtf5j8d4jm24dqrvw826"; ip = "10.0.0.5"; tags = [ "public" "nginx" ]; };
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.prod = {
          recipients.admins = [ { name = "alice"; age = "age12dj97dxqah4qpd24szzv0te7l2h5nhvvqw8zuys5ms46j0s989dq8vgmeu"; } ];
          recipients.targets = lib.mapAttrsToList (name: h: { inherit name; } // h) hosts;
          secret.tls.targets = [ "web" ];
        };
      });
}
