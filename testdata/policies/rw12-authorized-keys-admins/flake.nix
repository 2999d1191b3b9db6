{
  description = "admins come from an authorized_keys file shared with the bastion: blank and comment lines dropped, each name taken from the key's user@host comment with builtins.match";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        lines = lib.splitString "\n" (builtins.readFile ./authorized_keys);
        keyLines = lib.filter (l: l != "" && !lib.hasPrefix "#" l) lines;
        nameOf = l: builtins.head (builtins.match "ssh-[a-z0-9]+ [A-Za-z0-9+/=]+ ([a-z]+)@.*" l);
        admins = map (l: { name = nameOf l; age = l; }) keyLines;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.bastion = {
          recipients.admins = admins;
          recipients.targets = [ { name = "bastion"; age = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDqEBUl0R4auGdJgTFImDb1RftnHZ+vBqTWCq+9gqr+H root@h12"; } ];
          secret.bastion-host-ca.targets = [ "bastion" ];
          secret.audit-log-key = { admins = [ "a" "c" ]; };
        };
      });
}
