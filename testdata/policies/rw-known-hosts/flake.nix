{
  description = "Host keys parsed out of a known_hosts file with builtins.match, and age public keys out of age-keygen's output comments";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        lines = lib.filter (l: l != "" && !lib.hasPrefix "#" l) (lib.splitString "\n" (builtins.readFile ./known_hosts));
        parse = line:
          let m = builtins.match "\\[?([a-z0-9]+)[^ ]* (ssh-ed25519 [A-Za-z0-9+/=]+)" line;
          in lib.optional (m != null) { name = builtins.head m; age = builtins.elemAt m 1; };
        sshHosts = lib.concatMap parse lines;
        agePublicKey = file: lib.strings.trim (lib.removePrefix "# public key:"
          (lib.findFirst (lib.hasPrefix "# public key:") "" (lib.splitString "\n" (builtins.readFile file))));
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.hosts = {
          recipients.admins = [ { name = "ops"; age = "age1qwq4g0xx8cjsm8suzzefm76y3j0nkww9srhnjymlgen4sqdwe55swszndm"; } ];
          recipients.targets = sshHosts;
          secret.deploy-key.targets = map (h: h.name) sshHosts;
        };
        flake.secrets.age-hosts = {
          recipients.admins = [ { name = "ops"; age = "age1qwq4g0xx8cjsm8suzzefm76y3j0nkww9srhnjymlgen4sqdwe55swszndm"; } ];
          recipients.targets = map (h: { name = h; age = agePublicKey (./hosts + "/${h}/age.txt"); })
            (lib.attrNames (builtins.readDir ./hosts));
          secret.backup.targets = [ "*" ];
        };
      });
}
