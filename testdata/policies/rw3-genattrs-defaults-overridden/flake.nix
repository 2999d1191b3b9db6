{
  description = "Every service secret of a list gets targets = mkDefault [ \"*\" ] and admins = mkDefault (the on-call pair) via lib.genAttrs; a later module narrows two of them with plain definitions, one with mkForce";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./defaults.nix ./overrides.nix ];
      systems = [ "x86_64-linux" ];
      flake.secrets.prod.recipients = {
        admins = [
          { name = "oncall-a"; age = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; }
          { name = "oncall-b"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; }
          { name = "cto"; pgp = "A1B2C3D4E5F60718293A4B5C6D7E8F9012345678A1B2C3D4E5F6071829304152"; }
        ];
        targets = [
          { name = "k3s-1"; age = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; }
          { name = "k3s-2"; age = "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex"; }
          { name = "bastion"; key = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCz6hO9gAWSQvvz3cQpbiW/atxylUJ4e2lNG5AKF+7ni2Pjtw2JT3OeWQbiTcaEBEvnOH8fj86+bw0DJfALJTpxHnqEnwkSR42Pg1aHDGf+y/p+j7kW4tLe3d7MPQ0azo6RqNaH83Wr3DFz4N7eW/9qMI0sWKJRok7DUKh1B2HM6Xc8mi49NU1kuG4hdsSxFTgBmKQMe3szBnoqtNKcsbMQAI/ka9wAvf+xiL16AVm5Pp2TL5bTRr5vCmieK78urjklzGvJeuqt+IdtSwObTLV1oTTQs85zjkkhcjikEl0RZeHUIhJqd4jiFn6AYIwsjbCPA9HenEARqBTSg64eANLN sam@ws"; }
        ];
      };
    };
}
