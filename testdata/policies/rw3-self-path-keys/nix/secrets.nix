{ self, inputs, lib, ... }:
{
  flake.secrets.prod = {
    recipients.admins = [
      { name = "uwe"; age = lib.fileContents "${self}/keys/uwe.txt"; }
      { name = "vic"; key = lib.fileContents (self + "/keys/vic.pub"); }
    ];
    recipients.targets = [
      { name = "mail"; age = lib.removeSuffix "\n" (builtins.readFile "${inputs.self.outPath}/keys/mail.txt"); }
    ];
    secret.dkimKey.targets = [ "mail" ];
    secret.postfixSaslPassword.targets = [ "mail" ];
  };
}
