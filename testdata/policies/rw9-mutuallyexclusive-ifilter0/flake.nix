{
  description = "hosts.txt (a header line, then host,key) parsed with ifilter0 to skip the header; an assertMsg with lib.mutuallyExclusive checks that no admin name is also a host name (holds)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        lines = lib.filter (l: l != "") (lib.splitString "\n" (builtins.readFile ./hosts.txt));
        rows = map (lib.splitString ",") (lib.ifilter0 (i: _: i > 0) lines);
        hosts = map (r: { name = lib.head r; age = lib.last r; }) rows;
        admins = [ { name = "jon"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
      in
      assert lib.assertMsg (lib.mutuallyExclusive (map (a: a.name) admins) (map (h: h.name) hosts)) "an admin shares a host's name";
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.lab = {
          recipients.admins = admins;
          recipients.targets = hosts;
          secret.lab-vpn.targets = map (h: h.name) hosts;
        };
      });
}
