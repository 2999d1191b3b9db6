{
  description = "A recipient written as a module importing its key from another module";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }: 
      let m = { age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; }; in {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      flake.secrets.g = { recipients.admins = [ { name = "a"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ({ ... }: { name = "b"; imports = [ m ]; }) ];
        secret.s = { }; };
    });
}
