{
  description = "Keys written in every string form: indented strings trimmed, concatenations, interpolation of parts, escapes, replaceStrings of whitespace, toLower of a name from JSON-like data";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        part = "age1l08guvu0u4e6gkp50f26nf4saraslp6rg7ns85mvnxwp8vu0z4pq2qc7zk";
        people = [ { Name = "Ruth"; key = ''
            ${part}''\t
          ''; } { Name = "SAM"; key = "  age1nn7vkq8lmkgvdd50029vn64c084quf4wjc79dxgmkq9qx6jqlqrsxngk75\t\n"; } ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.prod = {
          recipients.admins = map (p: { name = lib.toLower p.Name; age = lib.strings.trim p.key; }) people;
          recipients.targets = [
            { name = "box"; age = "age1" + lib.removePrefix "age1" "age1kq9nsjermfqln6xnnshdr682vfn7xuat5xewt9r3n0xqeprajqgse063c4"; }
            { name = "ssh-box"; age = builtins.replaceStrings [ "  " "\n" ] [ " " "" ] "ssh-ed25519  ${lib.elemAt (lib.splitString " " "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOgy05IcyUvBQr5TWscFWXGJ1+yj4CMEF1Elyxg7BehJ") 1}\n"; }
            { name = "esc\aped"; age = "\age1${lib.substring 4 100 "age1ym5csdcfdqau7tsfqqqsj3k6czym33jq2l9q3khpe39hys49v5vqyqpqlx"}"; }
          ];
          secret.s.targets = [ "box" "ssh-box" "escaped" ];
        };
      });
}
