{
  description = "one rule per encrypted file already in the repo: listFilesRecursive ./secrets, names from baseNameOf without extension, file made relative with lib.path.removePrefix; the .gitkeep and README are skipped";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        root = ./.;
        files = lib.filter (p: lib.hasSuffix ".yaml" (baseNameOf p) || lib.hasSuffix ".json" (baseNameOf p))
          (lib.filesystem.listFilesRecursive ./secrets/prod);
        rel = p: lib.removePrefix "./" (lib.path.removePrefix root p);
        nameOf = p: lib.head (lib.splitString "." (baseNameOf p));
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = [ { name = "web"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
          secret = lib.listToAttrs (map (p: lib.nameValuePair (nameOf p) {
            file = rel p;
            targets = lib.optional (lib.hasInfix "/web/" (toString p)) "web";
          }) files);
        };
      });
}
