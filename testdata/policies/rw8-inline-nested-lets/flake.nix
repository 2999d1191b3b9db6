{
  description = "everything inline in flake.nix: an outer let with people, an inner let per group with its hosts, a third let inside the secret set";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } (
      let
        people = { alice = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; bob = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop"; };
        admins = [ { name = "alice"; age = people.alice; } { name = "bob"; key = people.bob; } ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets =
          let
            prodHosts = let web = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; db = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; in [ { name = "web"; key = web; } { name = "db"; key = db; } ];
          in
          {
            prod = {
              recipients = { inherit admins; targets = prodHosts; };
              secret =
                let both = [ "web" "db" ]; in
                {
                  tls-key.targets = [ "web" ];
                  pg-password.targets = both;
                  break-glass = { admins = [ "alice" ]; };
                };
            };
          };
      });
}
