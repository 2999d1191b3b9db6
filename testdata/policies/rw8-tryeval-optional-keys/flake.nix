{
  description = "builtins.tryEval around an optional contractor key that throws when not provisioned; lib.optional on .success";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        contractorKey = throw "contractor key not provisioned yet";
        attempt = builtins.tryEval contractorKey;
        vendorKey = builtins.tryEval "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex";
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.optional attempt.success { name = "contractor"; age = attempt.value; }
            ++ lib.optional vendorKey.success { name = "vendor"; age = vendorKey.value; };
          secret.shared.targets = [ "*" ];
        };
      });
}
