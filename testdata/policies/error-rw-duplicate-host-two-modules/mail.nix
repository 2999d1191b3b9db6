# The mail team added its hosts, one of them already in hosts.nix.
{
  flake.secrets.prod.recipients.targets = [
    { name = "mx1"; age = "age1uheshzhh7060s8w8ym6g3y8c5smjgq96xf2rnuj6j465ee5zcuxssncm5f"; }
    { name = "web1"; age = "age18wkgcj22kqkkrm8arsshp0szp55peg47d9p5w2lnvd56w5dwsv7s6yfl5g"; }
  ];
  flake.secrets.prod.secret.dkim.targets = [ "mx1" "web1" ];
}
