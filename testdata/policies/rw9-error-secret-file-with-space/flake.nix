{
  description = "mistake: secrets generated from the files of a directory (names slugged with replaceStrings), but the file kept its space (\"api key.yaml\")";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        names = map (lib.removeSuffix ".yaml") (lib.attrNames (lib.filterAttrs (n: t: t == "regular" && lib.hasSuffix ".yaml" n) (builtins.readDir ./secrets/prod)));
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          secret = lib.listToAttrs (map (n: lib.nameValuePair (lib.replaceStrings [ " " ] [ "-" ] n) { file = "secrets/prod/${n}.yaml"; }) names);
        };
      });
}
