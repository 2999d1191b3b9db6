{ inputs, self, lib, ... }:
let
  pub = name: lib.fileContents "${self}/keys/${name}.pub";
in
{
  imports = [ inputs.secrets-lsp.flakeModules.default ];

  flake.secrets.prod = {
    recipients.admins = map (n: { name = n; age = pub n; }) [ "yara" "zeke" ];
    recipients.targets = [ { name = "mac-mini"; key = pub "mac-mini"; } ];
    secret.apns-cert.targets = [ "mac-mini" ];
    secret.signing = { admins = [ "zeke" ]; };
  };
}
