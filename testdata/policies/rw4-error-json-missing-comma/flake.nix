{
  description = "Keys read from hosts.json with lib.importJSON; a comma is missing between two hosts: Nix's JSON parser (nlohmann) reports the line and column";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let hosts = lib.importJSON ./hosts.json;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.web = {
          recipients.admins = [ { name = "ines"; age = "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4"; } ];
          recipients.targets = lib.mapAttrsToList (name: h: { inherit name; age = h.key; }) hosts;
          secret.tlsKey.targets = [ "*" ];
        };
      });
}
