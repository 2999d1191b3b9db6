{
  description = "mkIf on single list elements (false ones vanish), mkMerge inside one recipient (a string and a list of keys merge into one list, mkDefault loses to a plain definition), mkIf on one selected name";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        onCall = false;
        hasGpu = true;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.ml = {
          recipients.admins = [
            (lib.mkIf onCall { name = "pager"; age = "age1k2ckvpf3df4700h3a6lcyj4mrnlfw58stqm69agjffnz9zdsepuqtyh97t"; })
            (lib.mkMerge [
              { name = "lena"; age = "age1htp7zkyevnmyv3chneg7uf0jlxjw6pfgl4fxfd2trvd4d3up639seda8ug"; }
              { age = [ "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBkNcmJbG99UieWUDaEM//uaUva9Wi4HR0TpUf0Wrr98" ]; key = lib.mkDefault "age1qynejuhkgfy8wcma3fky59dv9cnw0sywsflv7xlp6n8e99uunqdsv08rx2"; }
              { key = "age1v2y527j9qn3n2hgha674v3qjjrtklphu6fn6x8jlxxuqlv9vx39s5ay5jg"; }
            ])
            { name = "max"; age = "age1msf6rcnmnp3vd35370uvzyhjyuqdvfjqy8w8tlk0m480m4negf7sgkjpsm"; }
          ];
          recipients.targets = [
            { name = "trainer"; age = "age13ffvh597f90x3hjau688cmxjeql2acv77x2yqrtht3rjjs92lyxq0hachh"; }
            (lib.mkIf hasGpu { name = "gpu-box"; age = "age1nv4m5js427a7mc4jq7z57k9587tj7f88ekkcekrzud793w2v8s6s4hanuu"; })
          ];
          secret.wandb.targets = [ "trainer" (lib.mkIf hasGpu "gpu-box") (lib.mkIf onCall "pager") ];
          secret.hf-token.admins = [ "max" (lib.mkIf (!onCall) "lena") ];
        };
      });
}
