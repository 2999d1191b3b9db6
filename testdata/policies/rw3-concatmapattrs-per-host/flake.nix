{
  description = "Per-host secrets generated with lib.concatMapAttrs (a host key and, for hosts on the VPN, a WireGuard key via lib.optionalAttrs), merged with shared secrets; each per-host secret readable by its host only";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hosts = {
          alpha = { key = "age1ag5uhcp00xtrfl8fxztkf0kyx07h4x2r5xzgzen57semmtrfe4ws4nnkl4"; vpn = true; };
          beta = { key = "age19n74zmav4lwz7faafhzk7sr56y7as7kqat093gcc6p0zfmwsqdpqp68kaj"; vpn = false; };
          gamma = { key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILkCqslKNB8unoHSsVesRzg8O+n03wYGKPwG0ByHf+5C c@laptop"; vpn = true; };
        };
        perHost = lib.concatMapAttrs (name: h:
          { "${name}-ssh-host-key".targets = [ name ]; }
          // lib.optionalAttrs h.vpn { "${name}-wg".targets = [ name ]; })
          hosts;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.infra = {
          recipients.admins = [ { name = "sam"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.mapAttrsToList (name: h: { inherit name; inherit (h) key; }) hosts;
          secret = perHost // {
            wgPresharedKey.targets = lib.attrNames (lib.filterAttrs (_: h: h.vpn) hosts);
          };
        };
      });
}
