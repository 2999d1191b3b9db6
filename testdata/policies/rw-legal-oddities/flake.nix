{
  description = "Legal but suspicious (warnings, never errors): one key under two names, the same name as admin and target, \"*\" beside names, repeated selections, a person's SSH key with two different comments, an empty group, a group with targets only";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        alice = "age1adzwww308hql86q3z9getwnfd4lkth7qs278mk75az9pchtckyrqrp56yz";
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.prod = {
          recipients.admins = [
            { name = "alice"; age = alice; }
            { name = "alice-laptop"; age = alice; }
            { name = "bob"; age = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHs9AX5VWgQzByUxj+tL9vhr9uKHv8IizaKstChCrbPs bob@work"; }
            { name = "ci"; age = "age1h839pww00rea0jkn9fgj5g07458anzp9nnr2rcn0dr74asy4s3gsrtqfyl"; }
          ];
          recipients.targets = [
            { name = "ci"; age = "age1h839pww00rea0jkn9fgj5g07458anzp9nnr2rcn0dr74asy4s3gsrtqfyl"; }
            { name = "bob-desktop"; age = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHs9AX5VWgQzByUxj+tL9vhr9uKHv8IizaKstChCrbPs bob@home desktop"; }
            { name = "web"; age = "age15c5y4r59pnz7mmpkntwyxxzqq2tmmkkq0ty8gv6ju2fts8v46ynse37rg4"; }
          ];
          secret.a = { targets = [ "*" "web" ]; admins = [ "bob" "bob" "alice" ]; };
          secret.b.targets = [ "web" "web" "ci" ];
        };
        flake.secrets.empty = { };
        flake.secrets.machines = {
          recipients.targets = [ { name = "m1"; age = "age1vnqgzgcdpldtshktk7p7pyqvd6tmzujpw4h3ka5kkq5mxtwkn4gqn46gtf"; } ];
          secret.m = { targets = [ "*" ]; };
        };
      });
}
