{ self, ... }:
{
  imports = [ ./hosts.nix ];
  flake.secrets.prod.secret = {
    # The file sits beside the flake, found through self.
    cloudflare.targets = builtins.filter (h: builtins.isString h && h != "") (builtins.split "\n" (builtins.readFile "${self}/cloudflare-hosts.txt"));
    backup = { };
  };
}
