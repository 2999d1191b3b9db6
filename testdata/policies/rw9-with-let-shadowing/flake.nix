{
  description = "scoping: with inventory; brings hosts and admins into scope but a let binding named hosts shadows it (let wins over with), and an inner with keys; wins over the outer with for alice";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        inventory = {
          hosts = [ "should-not-be-used" ];
          admins = [ "alice" "bob" ];
          alice = "age1-outer-not-a-key";
        };
        keys = { alice = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; bob = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; web = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; db = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; };
      in
      with inventory;
      let hosts = [ "web" "db" ]; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = with keys; {
          recipients.admins = [ { name = "alice"; age = alice; } { name = "bob"; age = bob; } ];
          recipients.targets = map (h: { name = h; age = keys.${h}; }) hosts;
          secret.db-pass.targets = lib.filter (h: h == "db") hosts;
          secret.deploy = { inherit admins; targets = hosts; };
        };
      });
}
