{
  description = "A nested inventory (region, datacenter, rack, host) walked by a recursive function of the user's own and by lib.collect; an optional local-keys.nix imported only when it exists";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        inventory = import ./inventory.nix;
        # All hosts under a subtree, with the path that led to them.
        walk = path: tree:
          lib.concatLists (lib.mapAttrsToList (name: value:
            if builtins.isString value then [ { inherit name path; age = value; } ]
            else walk (path ++ [ name ]) value) tree);
        hosts = walk [ ] inventory;
        under = prefix: map (h: h.name) (lib.filter (h: lib.take (builtins.length prefix) h.path == prefix) hosts);
        local = if builtins.pathExists ./local-keys.nix then import ./local-keys.nix else { };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.fleet = {
          recipients.admins = [ { name = "noc"; age = "age1np3jt6gatcz2p8zrmdz8dek86he93s9ft30zk4c7cqns49ephgssz5760u"; } ]
            ++ lib.mapAttrsToList (name: age: { inherit name age; }) local;
          recipients.targets = map (h: { inherit (h) name age; }) hosts;
          secret.eu-vpn.targets = under [ "eu" ];
          secret.fra-ipmi.targets = under [ "eu" "fra" ];
          secret.rack-r7.targets = under [ "us" "nyc" "r7" ];
          secret.all-count = { targets = lib.take (builtins.length (lib.collect builtins.isString inventory)) (map (h: h.name) hosts); };
        };
      });
}
