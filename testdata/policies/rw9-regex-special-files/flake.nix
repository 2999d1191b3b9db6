{
  description = "names and files that need regex escaping: group eu-west-1.prod, secrets _internal, 1password and tls.example.com, a file with + and a .env / .ini / .bin extension";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets."eu-west-1.prod" = {
        directory = "secrets/eu-west-1.prod";
        recipients.admins = [ { name = "ops.team"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
        recipients.targets = [ { name = "lb_01"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
        secret._internal = { };
        secret."1password" = { file = "secrets/eu-west-1.prod/1password.env"; };
        secret."tls.example.com" = { targets = [ "lb_01" ]; file = "certs/example.com+wildcard.bin"; };
        secret.legacy = { file = "config/legacy-app.ini"; targets = [ "lb_01" ]; };
      };
    };
}
