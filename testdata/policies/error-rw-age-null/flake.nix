{
  description = "A host whose key is not known yet gets age = null through an or-default";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hosts = { web = { age = "age1eszthxucjxk9t0ysdjc4wzmjftthrlh0nr4fvxu7hgp24dm5yutqljeydf"; }; new-db = { }; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.prod = {
          recipients.admins = [ { name = "ops"; age = "age1eweuupwaa3tjkx6jqfmak6fahx36yk36m5mcyda3uv405r8hne6qhhpvnt"; } ];
          recipients.targets = lib.mapAttrsToList (name: h: { inherit name; age = h.age or null; }) hosts;
          secret.tls.targets = [ "web" ];
        };
      });
}
