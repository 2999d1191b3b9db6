{
  description = "mistake: a host lookup helper wraps its throw in builtins.addErrorContext; a secret names a host that is not in the inventory";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hosts = { edge-1 = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; edge-2 = "age12xxnq0txjc8wu92q9dq0rdrrjlufg586hp7n9rcm42f90sjcwuxq8grfwj"; };
        host = n: builtins.addErrorContext "while looking up host ${n} in the inventory"
          (hosts.${n} or (throw "unknown host ${n}"));
        targetsFor = ns: map (n: { name = n; age = host n; }) ns;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.cdn = {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = targetsFor [ "edge-1" "edge-2" "edge-3" ];
          secret.origin-cert.targets = [ "*" ];
        };
      });
}
