{
  description = "One environment module file imported twice as a function applied to different arguments (anonymous modules), each defining its group; the shared admin list lives in a module argument passed by _module.args";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [
        inputs.secrets-lsp.flakeModules.default
        (import ./env.nix { env = "staging"; hosts = { stg-1 = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7"; }; })
        (import ./env.nix { env = "prod"; hosts = { prd-1 = "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4"; prd-2 = "age1q44n8xc8ehmzvyke0542lupe05cu9jvpdxeppfz2gvnr48wzq44sunf8rr"; }; })
      ];
      systems = [ "x86_64-linux" ];
      _module.args.admins = [
        { name = "rhea"; age = "age1esmck9z2ddjau4c2ujjmmva5l95huk37w3k4sagn0ex97c8jh56q0slaqe"; }
        { name = "sam"; key = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCz6hO9gAWSQvvz3cQpbiW/atxylUJ4e2lNG5AKF+7ni2Pjtw2JT3OeWQbiTcaEBEvnOH8fj86+bw0DJfALJTpxHnqEnwkSR42Pg1aHDGf+y/p+j7kW4tLe3d7MPQ0azo6RqNaH83Wr3DFz4N7eW/9qMI0sWKJRok7DUKh1B2HM6Xc8mi49NU1kuG4hdsSxFTgBmKQMe3szBnoqtNKcsbMQAI/ka9wAvf+xiL16AVm5Pp2TL5bTRr5vCmieK78urjklzGvJeuqt+IdtSwObTLV1oTTQs85zjkkhcjikEl0RZeHUIhJqd4jiFn6AYIwsjbCPA9HenEARqBTSg64eANLN sam@ws"; }
      ];
    });
}
