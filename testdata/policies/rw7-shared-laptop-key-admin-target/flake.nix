{
  description = "The on-call laptop's age key belongs to the admin 'oncall' and to the target 'oncall-laptop' (lib.unique would not help: the records differ); one rule line names both owners";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } (
      let laptop = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.ops = {
          recipients.admins = [ { name = "oncall"; age = laptop; } { name = "lead"; age = [ "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex" laptop ]; } ];
          recipients.targets = [ { name = "oncall-laptop"; key = laptop; } { name = "pager"; key = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n"; } ];
          secret.pager-token.targets = [ "*" "pager" ];
          secret.runbook-key = { admins = [ "lead" ]; targets = [ "oncall-laptop" ]; };
        };
      });
}
