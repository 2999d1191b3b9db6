{
  description = "The group is lib.mkMerge of one generated definition per host (each adds its target and its own <host>-key secret) plus a shared one; mkDefault on a generated secret's targets overridden by the shared definition";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let hosts = { app1 = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; app2 = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; batch = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICRvZxzN+OG212m61pLkF6yoYGRC022lysjz1vesoUNq b@laptop"; }; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.prod = lib.mkMerge (lib.mapAttrsToList (h: key: {
          recipients.targets = [ { name = h; inherit key; } ];
          secret."${h}-key".targets = lib.mkDefault [ h ];
        }) hosts ++ [
          {
            recipients.admins = [ { name = "alice"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
            secret.batch-key.targets = [ "batch" "app1" ];
            secret.shared.targets = builtins.attrNames hosts;
          }
        ]);
      });
}
