{
  description = "mistake: the regular expression uses \\d and \\s (PCRE habits), which Nix regexes (POSIX extended) reject";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        lines = lib.filter (l: l != "") (lib.splitString "\n" (builtins.readFile ./hosts.txt));
        parse = l: let m = builtins.match "([a-z]+-\\d+)\\s+(.*)" l; in { name = builtins.elemAt m 0; key = builtins.elemAt m 1; };
        hosts = map parse lines;
        isWeb = h: builtins.match "web-[[:digit:]]+" h.name != null;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = hosts;
          secret.session-secret.targets = map (h: h.name) (lib.filter isWeb hosts);
          secret.db-password.targets = [ "db-1" ];
        };
      });
}
