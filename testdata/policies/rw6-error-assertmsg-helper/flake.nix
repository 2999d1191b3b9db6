{
  description = "Mistake: a helper mkHost checks its key with lib.assertMsg (must start with age1), and one host is given an ssh key";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        mkHost = name: key:
          assert lib.assertMsg (lib.hasPrefix "age1" key) "mkHost ${name}: expected an age1 recipient";
          { inherit name; age = key; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.dmz = {
          recipients.admins = [ (mkHost "ops" "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw") ];
          recipients.targets = [ (mkHost "proxy" "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz") (mkHost "mx" "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILkCqslKNB8unoHSsVesRzg8O+n03wYGKPwG0ByHf+5C c@laptop") ];
          secret.acme-account.targets = [ "proxy" ];
        };
      });
}
