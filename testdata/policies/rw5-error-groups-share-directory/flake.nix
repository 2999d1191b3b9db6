{
  description = "Two groups (blue and green deployments) pointing to the same directory through a shared let-binding, both holding a secret named db-url: the files collide (E9 on the later group, green)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        dir = "deploy/secrets";
        mk = color: key: {
          directory = dir;
          recipients.admins = [ { name = "deployer"; age = "age1m94f2uhh3n8mn3e2cezh7tzswd67ea4dkd4xy5apk00lmyg9lvzqa7al2p"; } ];
          recipients.targets = [ { name = "${color}-pool"; inherit key; } ];
          secret.db-url.targets = [ "*" ];
          secret."${color}-feature-flags".targets = [ "*" ];
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.blue = mk "blue" "age1gz6qlat54d4qvrdfcemn9az28l83n4s4wfx2va8nq9l4av56s9tqmx25wx";
        flake.secrets.green = mk "green" "age1ar9ukd8w9arp5xhaagq3ctte32wq39vkgh6m257dgsszv27lnyqsjf55fq";
      });
}
