{ config, ... }:
let
  inherit (config.flake.lib) mkRecipients forHosts;
  hosts = { ns1 = "age1ag5uhcp00xtrfl8fxztkf0kyx07h4x2r5xzgzen57semmtrfe4ws4nnkl4"; ns2 = "age19n74zmav4lwz7faafhzk7sr56y7as7kqat093gcc6p0zfmwsqdpqp68kaj"; ns3 = "age1lytcqsw23ak35jew3q2py4nq4ywjxgp80awsamrxykl6xhv6gfvseteays"; };
in
{
  flake.secrets.dns = {
    recipients.admins = mkRecipients { hostmaster = "age1ckn6k07cw63d37ep3n903yvc23fwga9942gggfcnzzgaw3cqfqwqsks3uh"; };
    recipients.targets = mkRecipients hosts;
    secret = forHosts [ "ns1" "ns2" "ns3" ] { } // {
      tsig-key.targets = [ "*" ];
    };
  };
}
