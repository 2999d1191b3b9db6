{
  description = "A module factory imported twice with different hosts; one group has no host named lb";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    let admins = [ { name = "ops"; age = "age172y7gtv74lsgnm3gt4gylun9rf05ypaqy92jejvdrhgudg2w3vrqtd24tg"; } ]; in
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default (import ./group.nix { name = "eu"; inherit admins; hosts = { lb = "age1xjfnquuyp3xlxm4lrcxgsve90fgh840hf6a8qwemxge8ya6msylsrfuvhv"; app = "age1n3yr4z58ml43de2d407eyuhn9ukvpu345s23ychmhmwa4wkka92saaf78a"; }; }) (import ./group.nix { name = "us"; inherit admins; hosts = { lb1 = "age1ym57ldq9hy5hm22pdauuz9ywc0jdy3jlte2l85qtuq2jq6ns642qcz9ys6"; app = "age122xm7zse0wp98k7azqek0mu5gv9wsfeh9ux923tyq7hfncvysp8snps5n9"; }; }) ];
      systems = [ "x86_64-linux" ];


    };
}
