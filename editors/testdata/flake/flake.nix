# The flake both editor end-to-end tests open (editors/testdata/cases.json).
# One deliberate mistake: dbPassword selects sevrer2, which is not a target.
{
  description = "secrets-lsp editor test fixture";

  inputs = {
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, secrets-lsp, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];

      flake.secrets.prod = {
        recipients = {
          admins = [
            { name = "alice"; age = "age1znpwjkwqw98xthq3j9edtp44znuqvg88uc385s5e4asj22tvlcgqj0agty"; }
          ];
          targets = [
            { name = "server1"; key = "age1dfwqr6p0a287f4f0xs7c0tw6n4ppc39yp42ldmzcrmdsfj0z95gq57g0cv"; }
            { name = "server2"; key = "age1ytmwtlsun8sypyjg3v0985jufefvth5h0dz4re5k4aumvdftgdks9lc6ss"; }
          ];
        };

        secret.apiKey = {
          admins = [ "alice" ];
          targets = [ "server1" ];
        };
        secret.tlsCert.targets = [ "*" ];
        secret.dbPassword.targets = [ "sevrer2" ];
      };
    };
}
