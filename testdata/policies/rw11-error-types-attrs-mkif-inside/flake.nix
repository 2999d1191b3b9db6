{
  description = "mistake: hosts is a types.attrs option and a host is disabled with lib.mkIf inside it; types.attrs does not process mkIf, so the key is the mkIf record";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.hosts = lib.mkOption { type = lib.types.attrs; default = { }; };
      config = {
        systems = [ "x86_64-linux" ];
        hosts = { web = "age1q44n8xc8ehmzvyke0542lupe05cu9jvpdxeppfz2gvnr48wzq44sunf8rr"; old-web = lib.mkIf false "age1esmck9z2ddjau4c2ujjmmva5l95huk37w3k4sagn0ex97c8jh56q0slaqe"; };
        flake.secrets.prod = {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.mapAttrsToList (name: key: { inherit name key; }) config.hosts;
          secret.tls.targets = [ "web" ];
        };
      };
    });
}
