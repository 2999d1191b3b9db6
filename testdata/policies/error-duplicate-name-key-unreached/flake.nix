{
  description = "mistake: ana is listed twice, the second time with a key looked up under a name keys.nix lacks; Nix rejects the duplicate name before it reads that key";
  inputs = {
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };
  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } (
      let keys = { ana = "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv"; }; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.ops = {
          recipients.admins = [
            { name = "ana"; age = keys.ana; }
            { name = "ana"; age = keys.anna; }
          ];
          secret.token = { };
        };
      });
}
