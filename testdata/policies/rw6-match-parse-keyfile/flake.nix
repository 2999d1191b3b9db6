{
  description = "Recipients parsed from a plain text file of \"name: key\" lines with builtins.match (brackets matched as [[] and []], which Nix 2.8 accepts), skipping blank lines and # comments; groups chosen by a [group] header line via lib.foldl' state";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        lines = lib.splitString "\n" (lib.fileContents ./recipients.txt);
        step = st: line:
          let
            header = builtins.match "[[]([a-z]+)[]]" line;
            entry = builtins.match "([A-Za-z0-9_.-]+): *(.+)" line;
          in
          if header != null then st // { cur = builtins.head header; }
          else if entry != null then st // { ${st.cur} = (st.${st.cur} or [ ]) ++ [ { name = builtins.elemAt entry 0; key = builtins.elemAt entry 1; } ]; }
          else st;
        parsed = lib.foldl' step { cur = "none"; } lines;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.corp = {
          recipients.admins = parsed.admins;
          recipients.targets = parsed.targets;
          secret.vpn-ca.targets = [ "*" ];
          secret.hr-db.targets = [ "hr-app" ];
        };
      });
}
