{
  description = "lib.warnIf on a deprecated option (stderr only), builtins.seq and deepSeq forcing an inventory before use, lib.attrByPath for an optional override";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        inv = { hosts = { a = "age1cg569xud9adkx2jpcxcvcyalalk4qwf9r7zx8mca8twtu3ww5p0qdd6cja"; b = "age1k5ut0kc86v6zkf3hw0r3rdtj0knvwg59gey4zrk3s76c9daasc4s0p86wz"; }; overrides.b.file = "custom/b.yaml"; };
        legacy = true;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.prod = builtins.deepSeq inv {
          recipients.admins = lib.warnIf legacy "legacy admin list in use" [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = builtins.seq inv.hosts (lib.mapAttrsToList (name: key: { inherit name key; }) inv.hosts);
          secret = lib.mapAttrs (h: _: { targets = [ h ]; file = lib.attrByPath [ "overrides" h "file" ] "secrets/prod/${h}.yaml" inv; }) inv.hosts;
        };
      });
}
