{
  description = "human-friendly host labels ('Web Server 1') turned into names with builtins.replaceStrings and lib.toLower, both for recipients and selections";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        slug = s: lib.toLower (builtins.replaceStrings [ " " "/" ] [ "-" "_" ] s);
        labels = { "Web Server 1" = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n"; "DB/Primary" = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.Prod = {
          recipients.admins = [ { name = slug "Ops Team"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.mapAttrsToList (l: key: { name = slug l; inherit key; }) labels;
          secret.${slug "Session Secret"}.targets = [ (slug "Web Server 1") ];
          secret.db-password.targets = [ "db_primary" (slug "Web Server 1") ];
        };
      });
}
