{
  flake.secrets.payments = {
    directory = "teams/payments/secrets";
    recipients.admins = [ { name = "pay-team"; age = "age1ar9ukd8w9arp5xhaagq3ctte32wq39vkgh6m257dgsszv27lnyqsjf55fq"; } ];
    recipients.targets = [ { name = "pay-api"; age = "age1e4k6xktty5h879050s9qxukjhjuuu0695wnvmdc5frxa5gymmgvsma3l8x"; } ];
    secret.stripe.targets = [ "pay-api" ];
    secret.adyen = {
      targets = [ "pay-api" ];
      file = "teams/payments/secrets/adyen.json";
    };
  };
}
