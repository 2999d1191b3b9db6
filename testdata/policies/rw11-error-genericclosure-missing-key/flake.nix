{
  description = "mistake: the genericClosure operator returns the team names themselves ({ name = t; }) instead of { key = t; } items";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        people = import ./people.nix;
        teams = {
          core = { members = [ "ana" ]; includes = [ ]; };
          platform = { members = [ "ben" "cai" ]; includes = [ "core" ]; };
          sre = { members = [ "dov" ]; includes = [ "platform" ]; };
          web = { members = [ "eli" ]; includes = [ ]; };
        };
        closure = team: builtins.genericClosure {
          startSet = [ { key = team; } ];
          operator = item: map (t: { name = t; }) teams.${item.key}.includes;
        };
        membersOf = team: lib.unique (lib.concatMap (i: teams.${i.key}.members) (closure team));
        recipientsOf = team: map (n: { name = n; age = people.${n}; }) (membersOf team);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.infra = {
          recipients.admins = recipientsOf "sre";
          secret.terraform-state-key = { };
          secret.core-only.admins = membersOf "core";
        };
        flake.secrets.web = {
          recipients.admins = recipientsOf "web" ++ recipientsOf "core";
          secret.cdn-token = { };
        };
      });
}
