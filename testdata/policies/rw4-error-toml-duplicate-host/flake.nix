{
  description = "Keys read from hosts.toml with lib.importTOML; one host's table is written twice: toml11's 'table already exists' with both places";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let hosts = (lib.importTOML ./hosts.toml).hosts;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.web = {
          recipients.admins = [ { name = "ines"; age = "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4"; } ];
          recipients.targets = lib.mapAttrsToList (name: h: { inherit name; age = h.age; }) hosts;
          secret.tlsKey.targets = [ "*" ];
        };
      });
}
