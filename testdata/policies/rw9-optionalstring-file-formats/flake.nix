{
  description = "file names built with lib.optionalString per secret format setting (json/env/binary), directory from a concatStringsSep of path parts";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        formats = { app-config = "json"; worker-env = "env"; tls-p12 = "binary"; db = "yaml"; };
        ext = f: if f == "binary" then ".bin" else ".${f}";
        dir = lib.concatStringsSep "/" [ "deploy" "k8s" "prod" "secrets" ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          inherit (lib.mkDefault { directory = dir; }) ;
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          secret = lib.mapAttrs (n: f: lib.optionalAttrs (f != "yaml") { file = "${dir}/${n}${lib.optionalString (f != "binary") ".enc"}${ext f}"; }) formats;
        };
      });
}
