{
  description = "machines.json grouped into groups with builtins.groupBy on env; builtins.partition splits databases from the rest; per-tier secrets named with lib.genAttrs' (db-<host> names); a group with no database gets no db secrets";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        machines = builtins.fromJSON (builtins.readFile ./machines.json);
        byEnv = builtins.groupBy (m: m.env) machines;
        admins = [ { name = "platform"; age = "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4"; } { name = "dba"; age = "age1q44n8xc8ehmzvyke0542lupe05cu9jvpdxeppfz2gvnr48wzq44sunf8rr"; } ];
        mkGroup = env: ms:
          let
            split = builtins.partition (m: m.tier == "db") ms;
            names = map (m: m.host);
          in
          {
            recipients.admins = admins;
            recipients.targets = map (m: { name = m.host; inherit (m) age; }) ms;
            secret =
              lib.genAttrs' split.right (m: lib.nameValuePair "db-${m.host}" { admins = [ "dba" ]; targets = [ m.host ]; })
              // lib.optionalAttrs (split.wrong != [ ]) {
                app-secrets = { admins = [ "platform" ]; targets = names split.wrong; };
              };
          };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets = lib.mapAttrs mkGroup byEnv;
      });
}
