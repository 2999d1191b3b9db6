{
  description = "An inventory host without its key yet, read with 'h.sshKey or ""' so the policy evaluates to an empty key string";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let hosts = import ./hosts.nix; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.lab = {
          recipients.admins = [ { name = "kai"; age = "age1cg569xud9adkx2jpcxcvcyalalk4qwf9r7zx8mca8twtu3ww5p0qdd6cja"; } ];
          recipients.targets = lib.mapAttrsToList (name: h: { inherit name; key = h.sshKey or ""; }) hosts;
          secret.k3s-token.targets = [ "*" ];
        };
      });
}
