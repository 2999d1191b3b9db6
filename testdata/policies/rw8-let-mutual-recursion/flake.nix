{
  description = "let bindings referring to each other out of order (let is recursive): admins defined from roles defined below, roles from people defined last";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        admins = map (n: people.${n}) roles.admin;
        targets = map (n: people.${n}) roles.deploy;
        roles = { admin = [ "ann" ]; deploy = lib.filter (n: n != "ann") (builtins.attrNames people); };
        people = { ann = { name = "ann"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }; ci = { name = "ci"; key = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n"; }; bot = { name = "bot"; key = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; }; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.prod = {
          recipients = { inherit admins targets; };
          secret.deploy-key.targets = roles.deploy;
        };
      });
}
