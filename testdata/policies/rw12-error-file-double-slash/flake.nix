{
  description = "mistake: dir gained a trailing slash while the files are still written as dir + slash + name; the group directory itself is set without it";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        ops = [ { name = "ops"; age = "age1ar9ukd8w9arp5xhaagq3ctte32wq39vkgh6m257dgsszv27lnyqsjf55fq"; } ];
        dir = "secrets/prod/";
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          directory = "secrets/prod";
          recipients.admins = ops;
          recipients.targets = [ { name = "web"; age = "age1e4k6xktty5h879050s9qxukjhjuuu0695wnvmdc5frxa5gymmgvsma3l8x"; } ];
          secret = {
            DB_PASSWORD = { file = "${dir}/db.env"; targets = [ "web" ]; };
            api = { file = "${dir}/api.json"; targets = [ "web" ]; };
            ldap = { file = "${dir}/ldap.ini"; };
            "tls-example.com-www" = { file = "${dir}/nginx/example.com+www.key"; targets = [ "web" ]; };
            cxx-build = { file = "${dir}/c++-build.yaml"; };
            "smtp.relay" = { targets = [ "web" ]; };
          };
        };
        flake.secrets.prod-eu = {
          recipients.admins = ops;
          secret.api.file = "secrets/prod-eu/api.json";
        };
        flake.secrets.EU = {
          recipients.admins = ops;
          secret.gdpr-export = { };
        };
      });
}
