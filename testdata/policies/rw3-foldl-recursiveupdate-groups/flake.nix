{
  description = "Groups assembled from fragments with lib.foldl' lib.recursiveUpdate (base recipients, then per-environment secrets, then one-off overrides), and a multi-line indented-string key trimmed with lib.trim";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        zed = lib.trim ''
          age1cg569xud9adkx2jpcxcvcyalalk4qwf9r7zx8mca8twtu3ww5p0qdd6cja
        '';
        base = env: { ${env}.recipients.admins = [ { name = "zed"; age = zed; } ]; };
        fragments = [
          (base "dev")
          (base "prod")
          { prod.recipients.targets = [ { name = "lb"; age = "age1k5ut0kc86v6zkf3hw0r3rdtj0knvwg59gey4zrk3s76c9daasc4s0p86wz"; } ]; }
          { dev.secret.oauthClient = { }; prod.secret.oauthClient.targets = [ "lb" ]; }
          { prod.secret.oauthClient.admins = [ ]; }
          { prod.directory = "env/prod"; }
        ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = lib.foldl' lib.recursiveUpdate { } fragments;
      });
}
