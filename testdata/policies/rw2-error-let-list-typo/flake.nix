{
  description = "A let-bound list of web hosts, with one name misspelt, selected by three secrets: Nix stops at the first secret in name order";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        web = [ "web-1" "web-2" "wbe-3" ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "kim"; age = "age1pfta0y87x06qg6wmcd4exvfgewkmaeycvqznhajpfwsk7quh3d2q8ech5a"; } ];
          recipients.targets = map (n: { name = n; age = "age1cg569xud9adkx2jpcxcvcyalalk4qwf9r7zx8mca8twtu3ww5p0qdd6cja"; }) [ "web-1" "web-2" "web-3" ];
          secret.tls-key.targets = web;
          secret.session-secret.targets = web;
          secret.csrf.targets = web;
        };
      });
}
