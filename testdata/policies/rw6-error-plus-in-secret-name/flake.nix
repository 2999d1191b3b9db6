{
  description = "Mistake: secret names with a plus sign (c++-runtime, tls+chain), legal in file names but not in names. Directory and files built by string interpolation from env and region; secrets in env, json, ini and binary formats with names holding dots and plus signs (escaped in path_regex)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        env = "prod";
        region = "eu-west-1";
        base = "deploy/${env}/${region}";
        fmt = ext: name: { file = "${base}/${name}.${ext}"; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets."${env}-${region}" = {
          directory = base;
          recipients.admins = [ { name = "ops"; pgp = "85E38F69046B44C1EC9FB07B76D78F0500D026C4"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = [ { name = "svc.${region}"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
          secret = {
            "app.env" = fmt "env" "app" // { targets = [ "svc.${region}" ]; };
            "c++-runtime" = { };
            "tls+chain" = fmt "json" "tls+chain";
            legacy = fmt "ini" "legacy.conf";
            "keytab" = fmt "bin" "krb5" // { targets = [ "*" ]; };
          };
        };
      });
}
