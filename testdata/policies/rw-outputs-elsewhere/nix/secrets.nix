{
  flake.secrets.ops = {
    recipients.admins = [ { name = "ops"; age = "age10qrzmch82j2k8tjrxt2edga57qten7lsvg3383er8qs7tzacnv7qctt7zk"; } ];
    recipients.targets = [ { name = "runner"; age = "age1fat9694nsqcfs68sk80au0y2uecza39l0fdp34j70fw5sk8d89eqwaseag"; } ];
    secret.runner-token.targets = [ "runner" ];
  };
}
