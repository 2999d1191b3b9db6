{
  description = "Wireguard peers: one <host>-wg secret per host via builtins.listToAttrs/nameValuePair; hosts whose keys/<host>.pub does not exist yet are skipped with builtins.pathExists";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        planned = [ "gw-fra" "gw-nyc" "gw-sgp" "gw-syd" ];
        ready = builtins.filter (h: builtins.pathExists (./keys + "/${h}.pub")) planned;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.wg = {
          recipients.admins = [ { name = "net"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = map (h: { name = h; key = lib.fileContents (./keys + "/${h}.pub"); }) ready;
          secret = builtins.listToAttrs (map (h: lib.nameValuePair "${h}-wg" { targets = [ h ]; }) ready)
            // { psk-mesh.targets = ready; };
        };
      });
}
