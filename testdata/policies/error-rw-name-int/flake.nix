{
  description = "Host names from genList without toString";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = [ "age1hvupnuegz8wwpptayqxylj706r9y4x5xphd4w58jtjlk3g2ljyys3m05wt" "age1eg9qwugntuvlpaewa7n7k8x7e5s9fv2pwtn0lykw2tngvdmjp4yqdx37um" ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.farm = {
          recipients.admins = [ { name = "farmer"; age = "age1vcaxpjd3pf02k3rzh0jrrk89qyxcpmt9mh3umdyt7awaux3htqrszzqdj9"; } ];
          recipients.targets = builtins.genList (i: { name = i; age = builtins.elemAt keys i; }) 2;
          secret.token = { };
        };
      });
}
