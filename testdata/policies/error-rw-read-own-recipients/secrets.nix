{ config, self, lib, ... }:
let
  hosts = {
    k8s-master = "age1etrrxkemegd0awf7994x4cvz43r2esr0tqz0a52dypsgsre92v9qs8ya7h";
    k8s-node-1 = "age16vhhs0wezhmkh4v6n07e2smkur93w8xp7fhk6cfs76pmp5vtxglqsfu4uv";
    k8s-node-2 = "age1nafjrd78f83gr379uy4pcv94aldu63cwpy5fsgg2rdz7unj9xdwsuj4myg";
    gitlab = "age1p3qzsk6eqpcjk9hj64rsdrk6gdeh6fzagwtc2sxymrpfnp39fgssnk2esj";
  };
in
{
  flake.secrets.infra = {
    recipients.admins = config.flake.lib.mkRecipients { root = "age1duan9z29l7ymdncyz46ethhhxxma3nllazsp0eq7qj2mefna29dq4sccrt"; };
    recipients.targets = self.lib.mkRecipients hosts;
    secret.kubeconfig.targets = config.flake.lib.onlyHosts "k8s-" hosts;
    secret.gitlab-runner-token.targets = [ "gitlab" ];
    # The same readers as the kubeconfig, whatever they become.
    secret.k8s-join-token.targets = config.flake.secrets.infra.secret.kubeconfig.targets;
    secret.registry-password.targets = map (r: r.name)
      (lib.filter (r: r.role == "target") config.flake.secrets.infra.secret.gitlab-runner-token._recipients);
  };
}
