{
  description = "mistake: people.toml was converted to plain tables by copy and paste, and [admin] now appears twice";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        people = lib.importTOML ./people.toml;
        machines = lib.importJSON ./machines.json;
        envMachines = env: lib.filter (m: m.env == env) machines;
        mkEnv = env: {
          recipients.admins = map (p: { inherit (p) name; age = p.age_key; }) people.admin;
          recipients.targets = map (m: { inherit (m) name; age = m.pubkey; }) (envMachines env);
          secret.runtime.targets = [ "*" ];
          secret.tls = { targets = map (m: m.name) (lib.filter (m: m.public) (envMachines env)); };
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = mkEnv "prod";
        flake.secrets.staging = mkEnv "staging";
      });
}
