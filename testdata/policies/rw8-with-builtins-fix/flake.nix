{
  description = "with builtins; around the policy, let inherit (lib) fix mapAttrsToList, an inventory defined with lib.fix referring to itself";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        inherit (lib) fix mapAttrsToList;
        inv = fix (self: {
          keys = { ci = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7"; runner = "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4"; };
          names = builtins.attrNames self.keys;
        });
      in
      with builtins;
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.ci = {
          recipients.admins = [ { name = "devops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = mapAttrsToList (name: key: { inherit name key; }) inv.keys;
          secret = listToAttrs (map (n: { name = "${n}-token"; value.targets = [ n ]; }) inv.names);
        };
      });
}
