{
  description = "mistake: a host role is misspelled (qeue); lib.asserts.assertEachOneOf rejects it";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        known = [ "web" "db" "queue" ];
        hosts = {
          h1 = { age = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; roles = [ "web" ]; };
          h2 = { age = "age12xxnq0txjc8wu92q9dq0rdrrjlufg586hp7n9rcm42f90sjcwuxq8grfwj"; roles = [ "db" "qeue" ]; };
        };
        checked = lib.mapAttrs (n: h: assert lib.asserts.assertEachOneOf "roles of ${n}" h.roles known; h) hosts;
        withRole = r: lib.attrNames (lib.filterAttrs (_: h: builtins.elem r h.roles) checked);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.mapAttrsToList (name: h: { inherit name; inherit (h) age; }) checked;
          secret.rabbitmq-password.targets = withRole "queue";
          secret.session-key.targets = withRole "web";
        };
      });
}
