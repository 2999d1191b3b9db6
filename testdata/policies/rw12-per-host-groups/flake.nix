{
  description = "one group per host (sops-nix per-host secrets): the group's directory is hosts/<name>, the admins are shared, the only target is the host itself, one secrets file per host plus per-service files for some";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hostKeys = import ./host-keys.nix;
        services = { web01 = [ "nginx" "php-fpm" ]; web02 = [ "nginx" ]; mail = [ "dovecot" "postfix" "rspamd" ]; };
        admins = [
          { name = "ari"; age = "age1w82k2uvwhyeh67gvqv5mr5mhg8amf82a00vvc0y4xcwdkhpta9uqw9nmmw"; }
          { name = "bo"; age = "age1qa0ruwrlut90fhawlqxpz6w8cdhr7q7w9zhkxdmu4zx0pnmvc4vs9ahxc9"; }
        ];
        mkHost = name: key: {
          directory = "hosts/${name}";
          recipients.admins = admins;
          recipients.targets = [ { inherit name key; } ];
          secret = {
            secrets = { targets = [ name ]; file = "hosts/${name}/secrets.yaml"; };
          } // lib.genAttrs (services.${name} or [ ]) (_: { targets = [ name ]; });
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = lib.mapAttrs mkHost hostKeys;
      });
}
