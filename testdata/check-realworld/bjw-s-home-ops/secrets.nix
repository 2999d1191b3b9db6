# bjw-s/home-ops' .sops.yaml, ported: its keys are the anchors user_bjw-s
# (the admin) and user_flux (the cluster's Flux, a target); every
# encrypted file is under kubernetes/, which both may decrypt. Most files
# are Kubernetes Secrets encrypted with encrypted_regex ^(data|stringData)$,
# which sops records in each file's metadata.
let
  k8s = "kubernetes/main";
  forFlux = file: { inherit file; targets = [ "flux" ]; };
in
{
  flake.secrets.main = {
    recipients.admins = [ { name = "bjw-s"; age = "age1uk0y2ahfavgsgqvrtg5a22w5gytpdmjuatxtcw6kntmxhlcgreesuwzw5s"; } ];
    recipients.targets = [ { name = "flux"; age = "age1hawjtl6fm5czl8cun0ve7jvsmpqpn3qlxl2lnx7ndt7682tmva2qz3drfe"; } ];
    secret = {
      qbittorrent-tools = forFlux "${k8s}/apps/downloads/qbittorrent/tools/secret.sops.yaml";
      onepassword-connect = forFlux "${k8s}/apps/security/onepassword-connect/app/secret.sops.yaml";
      flux-age-key = forFlux "${k8s}/bootstrap/flux/age-key.sops.yaml";
      talenv = forFlux "${k8s}/bootstrap/talos/talenv.sops.yaml";
      talsecret = forFlux "${k8s}/bootstrap/talos/talsecret.sops.yaml";
      cluster-secrets = forFlux "${k8s}/flux/vars/cluster-secrets.sops.yaml";
    };
  };
}
