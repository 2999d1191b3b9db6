{
  flake.secrets.shared = {
    recipients.admins = [ { name = "pia"; age = "age1ar9ukd8w9arp5xhaagq3ctte32wq39vkgh6m257dgsszv27lnyqsjf55fq"; } ];
    secret.npm-token = { };
  };
}
