{
  description = "Admins named by their e-mail addresses from an HR export in JSON: @ is not allowed in a name";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let staff = builtins.fromJSON (builtins.readFile ./staff.json); in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = map (s: { name = s.email; age = s.age_recipient; }) (builtins.filter (s: s.oncall) staff);
          secret.x = { };
        };
      });
}
