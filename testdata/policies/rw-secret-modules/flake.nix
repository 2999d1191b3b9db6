{
  description = "Recipients given as module files (an attribute set in a file, a function imported) and secrets written as functions of their own name";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hosts = [ "vault-1" "vault-2" "vault-3" ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.vault = {
          recipients.admins = [ ./people/alice.nix (import ./people/bob.nix) ];
          recipients.targets = lib.imap0 (i: name: { inherit name; age = builtins.elemAt [ "age172y7gtv74lsgnm3gt4gylun9rf05ypaqy92jejvdrhgudg2w3vrqtd24tg" "age1hlefyhk06ff286w5ccat9qzjdgyxcggxnrum45rxx52fye305f9qaexrpr" "age1cyrj93k2k22ejsc7pnkjgctt4cuxa67048pvesp2ejq0hv906cgqk8pcxs" ] i; }) hosts;
          # Each host's own unseal share, readable by that host only.
          secret = lib.genAttrs hosts (host: { name, ... }: { targets = [ name ]; admins = [ "alice" ]; })
            // { tls = { config, ... }: { targets = hosts; file = "secrets/vault/${config._module.args.name}.json"; }; };
        };
      });
}
