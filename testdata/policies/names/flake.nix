{
  description = "Names with digits, dots, dashes and underscores; rules in byte order of names";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" "aarch64-linux" ];

      flake.secrets = {
        Prod = {
          recipients.admins = [ { name = "_svc"; age = "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv"; } ];
          secret."9lives" = { };
          secret.Zebra = { };
          secret.alpha = { };
        };
        "eu-west.1" = {
          recipients.admins = [ { name = "web-01.eu"; age = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg"; } ];
          recipients.targets = [ { name = "1password"; age = "age1cu4fwa8g7xkrhj9vssahvhys0gp2eda87553ul703z9p85gpes6sk5jxal"; } ];
          secret."a.b-c_d".targets = [ "1password" ];
        };
        qa_1 = {
          recipients.admins = [ { name = "bob"; age = "age1mjsw77acel6hdzd3p3y6eq3wjyl4m4u83znfh4p4szt7a9jpe56st6ps74"; } ];
          secret._internal = { };
        };
      };
    };
}
