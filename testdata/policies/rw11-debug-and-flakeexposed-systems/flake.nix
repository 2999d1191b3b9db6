{
  description = "debug = true and systems = lib.systems.flakeExposed beside the policy (perSystem empty)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      debug = true;
      systems = lib.systems.flakeExposed;
      perSystem = { ... }: { };
      flake.secrets.site = {
        recipients.admins = [ { name = "web"; age = "age1cg569xud9adkx2jpcxcvcyalalk4qwf9r7zx8mca8twtu3ww5p0qdd6cja"; } ];
        recipients.targets = [ { name = "netlify"; key = "age1k5ut0kc86v6zkf3hw0r3rdtj0knvwg59gey4zrk3s76c9daasc4s0p86wz"; } ];
        secret.contact-form-token.targets = [ "netlify" ];
      };
    });
}
